import type { ReactiveControllerHost } from 'lit';
import { CoachOnDemand } from '../../controllers/coach-on-demand.js';
import type { LocalizeController } from '../../controllers/localize.js';
import { ProgressStore } from '../../controllers/progress-store.js';
import { RoutinePlayback } from '../../controllers/routine-playback.js';
import type { SessionController } from '../../controllers/session.js';
import { SessionLogController } from '../../controllers/session-log.js';
import { voiceMode, type VoiceSetting } from '../../controllers/voice-setting.js';
import type { Routine } from '../../core/types.js';
import { describeForMedia, routineMedia } from './narration.js';
import { RoutineSessionFlow } from './session-flow.js';
import type { RoutineViewContext } from './view-context.js';

/** The attributes of `<smr-routine>` a session reads, at the moment it needs them. */
export interface SessionSettings {
  muted: boolean;
  voice: VoiceSetting;
  manual: boolean;
  noPersist: boolean;
  trackStreak: boolean;
  askFeedback: boolean;
  localize: LocalizeController;
}

/** What the session parts read of their `<smr-routine>`. */
export interface SessionPartsHost {
  /** The element: the parts are its controllers, and it fires their events. */
  element: ReactiveControllerHost & HTMLElement & { start(): void; pause(): void; next(): void; previous(): void };
  settings(): SessionSettings;
  /** The routine as validated (events and storage use it), or `null`. */
  routine(): Routine | null;
  /** The same routine in the words of the element's language. */
  shown(): Routine | null;
  context(): RoutineViewContext;
  /** Rolls per minute of a step's catalog exercise (0 for a custom step). */
  paceOf(stepIndex: number): number;
  /** Runs an update still pending (input given just before `start()`). */
  settle(): void;
}

/**
 * The running side of `<smr-routine>`, wired together: the playback (plan, countdown, cues, the
 * lock-screen controls), the voice coach, the saved progress, the session log and the flow of
 * commands over them. The element owns one, reads its state and renders.
 */
export class RoutineSessionParts {
  readonly playback: RoutinePlayback;
  readonly session: SessionController;
  readonly coach: CoachOnDemand;
  readonly store: ProgressStore;
  readonly log: SessionLogController;
  readonly flow: RoutineSessionFlow;

  constructor(host: SessionPartsHost) {
    const { element } = host;
    this.playback = new RoutinePlayback(
      element,
      () => {
        const { muted, voice, localize } = host.settings();
        return {
          muted,
          voice: voiceMode(voice) === 'cues',
          vibration: true,
          flash: true,
          cueSeconds: 3,
          paceFor: (segment) => (segment?.kind === 'work' ? host.paceOf(segment.stepIndex) : 0),
          lang: localize.speechLang,
        };
      },
      () => host.settings().manual,
      {
        onPhase: (segment, late, speak) => this.flow.onPhase(segment, late, speak),
        onHold: (late) => this.flow.onHold(late),
        onComplete: () => this.flow.onComplete(),
        onStop: () => this.log.stopped(),
      },
      routineMedia(element, (segment) => {
        const shown = host.shown();
        return shown && describeForMedia(host.context(), shown, segment);
      }),
    );
    this.session = this.playback.session;
    this.coach = new CoachOnDemand(element, this.session, () => {
      const { voice, muted, localize } = host.settings();
      return { coach: voiceMode(voice) === 'coach', muted, localize, routine: host.routine(), holding: this.playback.awaitingContinue };
    });
    this.store = new ProgressStore(
      element,
      () => {
        const { noPersist, trackStreak } = host.settings();
        return { persist: !noPersist, trackStreak };
      },
      () => this.playback.snapshot(),
    );
    // Each finished session goes to the device's session log (`<smr-history>`), unless `no-persist`.
    this.log = new SessionLogController(element, this.playback, () => {
      const { askFeedback, noPersist } = host.settings();
      return { routine: host.routine(), shown: host.shown(), ratings: askFeedback ? this.store.ratings : {}, enabled: !noPersist };
    });
    this.flow = new RoutineSessionFlow(
      {
        element,
        routine: () => host.routine(),
        shown: () => host.shown(),
        context: () => host.context(),
        t: () => host.settings().localize.t,
        settle: () => host.settle(),
      },
      this.playback,
      this.store,
      this.log,
    );
  }
}
