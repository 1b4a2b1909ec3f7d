import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SessionStatus } from '../core/history.js';
import { ratingsList, type Ratings } from '../core/progress.js';
import type { Routine } from '../core/types.js';
import type { RoutinePlayback } from './routine-playback.js';
import type * as Writer from './session-log-writer.js';
import type { EndedSession } from './session-log-writer.js';
import { loadOnce } from '../core/load-once.js';
import { importSessionLogWriter } from './on-demand.js';
import { whenVisibleOrIdle } from './when-needed.js';

/** The history writer, fetched once for the page. */
const writerCode = loadOnce(importSessionLogWriter);

/**
 * Loads the code that writes the history once for the page; sessions that end after it resolves
 * are written at once (tests that end a session on a fake clock wait for it first).
 */
export const loadSessionLogWriter = (): Promise<typeof Writer> => writerCode.load();

/** What the log reads of the element when a session ends. */
export interface SessionLogSource {
  /** The routine being played, as authored (its id), or `null`. */
  routine: Routine | null;
  /** The same routine in the words the person saw (title, step names). */
  shown: Routine | null;
  /** This session's tenderness ratings; empty when they are not asked for. */
  ratings: Ratings;
  /** False with `no-persist`: nothing is logged. */
  enabled: boolean;
}

/**
 * Logs each finished session of a routine on the device (`controllers/history-store.ts`), for
 * `<smr-history>`: one that ran to its end, and one left after at least one step was done (reset,
 * another routine loaded, the element removed, the page closed). A session left and then resumed
 * after a reload is one session: its later record replaces the earlier. Never throws; storage
 * that refuses only means the session is not logged. The writing itself (`session-log-writer.ts`)
 * loads on demand: when the element comes into view or the page is idle, or when a session runs.
 */
export class SessionLogController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly playback: RoutinePlayback,
    private readonly source: () => SessionLogSource,
  ) {
    host.addController(this);
  }

  #cancelPrefetch: (() => void) | undefined;
  /** The writer was asked for since the last session ended (fetched, being fetched, or failed). */
  #asked = false;

  hostConnected(): void {
    window.addEventListener('pagehide', this.stopped);
    if (!writerCode.loaded && !this.#cancelPrefetch && this.host instanceof Element) {
      this.#cancelPrefetch = whenVisibleOrIdle(this.host, () => this.#prefetch());
    }
  }

  hostUpdated(): void {
    if (!writerCode.loaded && !this.#asked && this.playback.session.state === 'running') this.#prefetch();
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.stopped);
    this.#cancelPrefetch?.();
    this.#cancelPrefetch = undefined;
    this.stopped();
  }

  #prefetch(): void {
    this.#cancelPrefetch = undefined;
    // With `no-persist` nothing is logged: the history code is never fetched.
    if (!this.source().enabled) return;
    this.#asked = true;
    // After a failure the session's end tries again (`#log`), not every update of this one.
    loadSessionLogWriter().catch(() => undefined);
  }

  /** The session ran to its end (or was skipped past its last step). */
  completed(): void {
    this.#log('completed');
  }

  /** A running or paused session is being left before its end: logged when a step was done. */
  stopped = (): void => {
    const { state } = this.playback.session;
    if (state === 'running' || state === 'paused') this.#log('stopped');
  };

  #log(status: SessionStatus): void {
    this.#asked = false;
    try {
      const { routine, shown, ratings, enabled } = this.source();
      if (!enabled || !routine) return;
      const { session, skipped } = this.playback;
      const ended: EndedSession = {
        status,
        routine,
        words: shown ?? routine,
        startedAt: this.playback.startedAt,
        activeMs: session.activeMs,
        plan: session.plan,
        elapsed: session.elapsed,
        skipped: new Set(skipped),
        completedSteps: [...this.playback.completedSteps],
        ratings: ratingsList(ratings),
      };
      const writer = writerCode.loaded;
      if (writer) writer.writeSessionLog(ended);
      else
        loadSessionLogWriter()
          .then((loaded) => loaded.writeSessionLog(ended))
          .catch(() => undefined);
    } catch {
      // Logging is a courtesy: nothing here may break the session.
    }
  }
}
