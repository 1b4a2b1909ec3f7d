import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sessionRecord, stepsCompleted, type HistoryRating, type SessionStatus } from '../core/history.js';
import { ratingsList, type Ratings } from '../core/progress.js';
import type { Routine } from '../core/types.js';
import { logSession } from './history-store.js';
import type { RoutinePlayback } from './routine-playback.js';

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
 * that refuses only means the session is not logged.
 */
export class SessionLogController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly playback: RoutinePlayback,
    private readonly source: () => SessionLogSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.stopped);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.stopped);
    this.stopped();
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
    try {
      const { routine, shown, ratings, enabled } = this.source();
      if (!enabled || !routine) return;
      const { session, skipped } = this.playback;
      const completed = status === 'completed' ? this.playback.completedSteps : stepsCompleted(session.plan, session.elapsed, skipped);
      if (status === 'stopped' && completed.length === 0) return;
      const words = shown ?? routine;
      logSession(
        sessionRecord({
          routineId: routine.id,
          title: words.title,
          startedAt: this.playback.startedAt,
          activeMs: session.activeMs,
          stepCount: routine.steps.length,
          completed: completed.length,
          skipped: skipped.size,
          status,
          ratings: ratingsList(ratings).map(({ index, side, rating }): HistoryRating => {
            const exercise = routine.steps[index]?.exercise;
            const name = words.steps[index]?.name ?? routine.steps[index]?.name ?? '';
            return { step: index, ...(exercise ? { exercise } : {}), name, ...(side ? { side } : {}), rating };
          }),
        }),
      );
    } catch {
      // Logging is a courtesy: nothing here may break the session.
    }
  }
}
