import type { ReactiveControllerHost } from 'lit';
import type { SavedProgress } from '../core/progress.js';
import { firstSegmentOfStep, previousStep, type Segment, type SegmentPlan } from '../core/segments.js';
import type { CueSettings } from './cues.js';
import { SessionController, type SessionMedia } from './session.js';

/** Within this many seconds of a step's start, "previous" goes to the step before. */
const PREVIOUS_GRACE_SECONDS = 3;

export interface PlaybackCallbacks {
  /**
   * A phase began, or was jumped to (`late` 0). `speak` is false when only the step change is
   * due, not its announcement: a `manual` hold, or a resumed session.
   */
  onPhase(segment: Segment, late: number, speak: boolean): void;
  /** A `manual` session holds after a finished step until the person continues. */
  onHold(late: number): void;
  /** The session ended (run out, or skipped past the last step). */
  onComplete(): void;
  /** A running or paused session is about to be reset before its end (restart, stop). */
  onStop?(): void;
}

/**
 * A routine played step by step over the shared `SessionController`: skipping to the next step
 * (what is left counts as skipped), back to the start of this one or the one before, holding
 * after each step in `manual` mode, and picking up a saved session.
 */
export class RoutinePlayback {
  readonly session: SessionController;
  /** Indexes of the steps skipped in this session. */
  skipped = new Set<number>();
  /** A `manual` session waits after a finished step. */
  awaitingContinue = false;
  /** `Date.now()` when this session began (kept across a resume after reload). */
  startedAt = 0;
  #stepCount = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    cueSettings: () => CueSettings,
    private readonly manual: () => boolean,
    private readonly callbacks: PlaybackCallbacks,
    media?: SessionMedia,
  ) {
    this.session = new SessionController(
      host,
      cueSettings,
      {
        onSegmentStart: (segment, index, late) => this.#onSegmentStart(segment, index, late),
        onComplete: () => this.#onComplete(),
      },
      media,
    );
  }

  /** Index of the step in progress (or about to start; the last one once complete). */
  get currentStep(): number {
    return this.session.segment?.stepIndex ?? (this.session.state === 'complete' ? Math.max(0, this.#stepCount - 1) : 0);
  }

  /** The indexes of the steps not skipped. */
  get completedSteps(): number[] {
    return Array.from({ length: this.#stepCount }, (_, i) => i).filter((i) => !this.skipped.has(i));
  }

  /** A new routine: its plan, back to idle. */
  load(plan: SegmentPlan, stepCount: number): void {
    this.#stepCount = stepCount;
    this.session.setPlan(plan);
    this.awaitingContinue = false;
    this.skipped.clear();
  }

  /** Runs a new session from the first segment. */
  begin(): void {
    this.skipped.clear();
    this.startedAt = Date.now();
    this.session.activeMs = 0;
    if (this.session.plan.segments[0]?.kind === 'work') this.session.startTone();
    this.session.run();
  }

  /** Runs again after a pause or a `manual` hold. */
  continue(): void {
    this.awaitingContinue = false;
    this.session.run();
  }

  /** Skips the rest of this step; past the last one, the session completes. */
  next(): void {
    const current = this.currentStep;
    this.skipped.add(current);
    const target = firstSegmentOfStep(this.session.plan, current + 1);
    if (target === undefined) this.session.finish();
    else this.#jumpTo(target);
  }

  /** Back to the start of this step, or to the step before when at its very start. */
  previous(): void {
    const targetStep = previousStep(this.session.plan, this.currentStep, this.session.elapsed, PREVIOUS_GRACE_SECONDS);
    this.skipped.delete(targetStep);
    const target = firstSegmentOfStep(this.session.plan, targetStep);
    if (target !== undefined) this.#jumpTo(target);
  }

  /** Back to idle at the start. */
  reset(): void {
    if (this.session.state === 'running' || this.session.state === 'paused') this.callbacks.onStop?.();
    this.session.reset();
    this.awaitingContinue = false;
  }

  /** Picks up a saved session, paused where it stood. */
  restore(saved: SavedProgress): void {
    this.skipped = new Set(saved.skipped.filter((i) => i < this.#stepCount));
    this.startedAt = saved.startedAt ?? saved.savedAt - saved.active;
    this.session.activeMs = saved.active;
    this.session.seek(saved.elapsed);
    const segment = this.session.segment;
    if (segment) this.callbacks.onPhase(segment, 0, false);
  }

  /** The session as it stands, to save; `undefined` when nothing runs or waits. */
  snapshot(): SavedProgress | undefined {
    const { state, elapsed, activeMs } = this.session;
    if (state !== 'running' && state !== 'paused') return undefined;
    return { elapsed, skipped: [...this.skipped], active: activeMs, savedAt: Date.now(), startedAt: this.startedAt };
  }

  #jumpTo(segmentIndex: number): void {
    const segment = this.session.plan.segments[segmentIndex];
    this.awaitingContinue = false;
    this.session.seek(segment.start);
    this.callbacks.onPhase(segment, 0, true);
  }

  #onSegmentStart(segment: Segment, index: number, late: number): void {
    const previous = this.session.plan.segments[index - 1];
    const newStep = previous !== undefined && previous.stepIndex !== segment.stepIndex;
    if (this.manual() && newStep && this.session.state === 'running') {
      // Hold at the boundary until the person continues.
      this.session.pause();
      this.session.seek(segment.start);
      this.awaitingContinue = true;
      this.host.requestUpdate();
      this.callbacks.onHold(late);
      this.callbacks.onPhase(segment, late, false);
    } else {
      this.callbacks.onPhase(segment, late, true);
    }
  }

  #onComplete(): void {
    this.session.halt();
    this.awaitingContinue = false;
    this.callbacks.onComplete();
  }
}
