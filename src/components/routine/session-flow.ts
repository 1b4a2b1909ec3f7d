import type { ProgressStore } from '../../controllers/progress-store.js';
import type { RoutinePlayback } from '../../controllers/routine-playback.js';
import type { SessionLogController } from '../../controllers/session-log.js';
import { ratingsList } from '../../core/progress.js';
import type { Segment } from '../../core/segments.js';
import type { Routine } from '../../core/types.js';
import { emit } from '../../events/emit.js';
import '../../events/routine-events.js';
import type { Translation } from '../../translations/translation.js';
import { narrateSegment } from './narration.js';
import type { RoutineViewContext } from './view-context.js';

/** What the session flow reads of its `<smr-routine>`, at the moment it needs it. */
export interface SessionFlowHost {
  /** The element, which fires the events. */
  readonly element: HTMLElement;
  /** The routine as validated (events and storage use it), or `null`. */
  routine(): Routine | null;
  /** The same routine in the words of the element's language. */
  shown(): Routine | null;
  context(): RoutineViewContext;
  t(): Translation;
  /** Runs an update still pending (input given just before `start()`). */
  settle(): void;
}

/**
 * What happens in a session of `<smr-routine>`: the public commands (start, pause, resume, next,
 * previous, restart, the resume offer) and what each phase says and stores, over the playback,
 * the saved progress and the session log. The element owns the parts and renders.
 */
export class RoutineSessionFlow {
  constructor(
    private readonly host: SessionFlowHost,
    private readonly playback: RoutinePlayback,
    private readonly store: ProgressStore,
    private readonly log: SessionLogController,
  ) {}

  get #session() {
    return this.playback.session;
  }

  start(): void {
    this.host.settle();
    const routine = this.host.routine();
    if (!routine) return;
    const { state } = this.#session;
    if (state === 'paused') return this.resume();
    if (state === 'running') return;
    if (state === 'complete') return this.restart();
    this.store.confirmSafetyCheck();
    this.store.startSession();
    const started = this.host.t().routine.announceStart(this.host.shown()!.title);
    this.#session.announcement = '';
    emit(this.host.element, 'smr-routine-start', { routineId: routine.id, total: this.#session.plan.total });
    this.playback.begin();
    // The first phase is announced as the countdown starts: one message, so neither hides the other.
    const first = this.#session.announcement.trim();
    this.#session.announce(first ? `${started} ${first}` : started);
  }

  pause(): void {
    if (this.#session.state !== 'running') return;
    this.#session.pause();
    this.#session.announce(this.host.t().routine.announcePaused);
    this.store.save();
  }

  resume(): void {
    if (this.#session.state !== 'paused' || !this.host.routine()) return;
    this.store.resumeOffer = undefined;
    if (!this.playback.awaitingContinue) this.#session.announce(this.host.t().routine.announceResumed);
    this.playback.continue();
  }

  next(): void {
    if (!this.#inSession()) return;
    if (this.playback.awaitingContinue) this.resume();
    else this.playback.next();
  }

  previous(): void {
    if (this.#inSession()) this.playback.previous();
  }

  restart(): void {
    if (!this.host.routine()) return;
    this.playback.reset();
    this.store.clear();
    this.start();
  }

  /** Picks up the saved session offered on the overview. */
  acceptResume(): void {
    const saved = this.store.takeResumeOffer();
    if (!saved) return;
    this.store.confirmSafetyCheck();
    this.playback.restore(saved);
  }

  /** Fires `smr-step-change` and, when `speak`, announces the phase (live region, voice, vibration, flash). */
  onPhase(segment: Segment, late: number, speak: boolean): void {
    const step = this.host.routine()!.steps[segment.stepIndex];
    emit(this.host.element, 'smr-step-change', { index: segment.stepIndex, step, side: segment.side, phase: segment.kind });
    if (speak) {
      const narration = narrateSegment(this.host.context(), this.host.shown()!, segment);
      this.#session.announce(narration.announce);
      if (narration.cue) this.#session.cue(narration.cue.kind, late, narration.cue.spoken);
    }
    this.store.save();
  }

  /** A `manual` session waits after a finished step. */
  onHold(late: number): void {
    const t = this.host.t().routine;
    this.#session.announce(t.announceStepDone);
    this.#session.cue('rest', late, t.stepDone);
  }

  onComplete(): void {
    const routine = this.host.routine()!;
    const t = this.host.t();
    this.#session.announce(t.routine.announceComplete);
    this.#session.cue('complete', 0, t.voice.done);
    this.store.completeSession();
    this.log.completed();
    emit(this.host.element, 'smr-routine-complete', {
      routineId: routine.id,
      elapsed: Math.round(this.#session.activeMs) / 1000,
      completed: this.playback.completedSteps,
      skipped: [...this.playback.skipped].sort((a, b) => a - b),
      feedback: ratingsList(this.store.ratings),
    });
  }

  #inSession(): boolean {
    const { state } = this.#session;
    return Boolean(this.host.routine()) && state !== 'idle' && state !== 'complete';
  }
}
