import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { positionAt, secondsUntilNextChange, type PlanPosition, type Segment, type SegmentPlan } from '../core/segments.js';

export type CountdownState = 'idle' | 'running' | 'paused' | 'complete';

export interface CountdownCallbacks {
  /**
   * A segment began. Called for every segment passed, in order, even when a hidden or frozen
   * tab skipped several at once; `late` is how many seconds after its start it was noticed.
   */
  onSegmentStart?(segment: Segment, index: number, late: number): void;
  /** The plan ran out. `late` as above. */
  onComplete?(late: number): void;
  /**
   * The controller woke while running, on a visible change; `untilNext` is the seconds to the
   * next one. Cues for that next moment can be scheduled ahead on the audio clock.
   */
  onWake?(elapsed: number, untilNext: number): void;
}

/** Seconds the wall clock may run ahead of the monotonic clock before we trust it instead. */
const SLEEP_THRESHOLD_MS = 1000;

/**
 * Drift-free countdown over a segment plan. Elapsed time comes from timestamps
 * (`performance.now()`, re-anchored against `Date.now()` when the page becomes visible, because
 * the monotonic clock stops while some phones sleep), never from counting ticks. One timeout is
 * armed for the next visible change; nothing is scheduled while idle, paused, complete or
 * disconnected.
 */
export class CountdownController implements ReactiveController {
  #planValue: SegmentPlan = { segments: [], total: 0 };
  #stateValue: CountdownState = 'idle';
  /** Seconds run before the current stretch of running. */
  #banked = 0;
  #anchorPerf = 0;
  #anchorWall = 0;
  /** Index of the last segment reported through onSegmentStart. */
  #reportedIndex = -1;
  #timeout: ReturnType<typeof setTimeout> | undefined;
  #connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: CountdownCallbacks = {},
  ) {
    host.addController(this);
  }

  get plan(): SegmentPlan {
    return this.#planValue;
  }

  get state(): CountdownState {
    return this.#stateValue;
  }

  /** Seconds elapsed in the plan, fractional. */
  get elapsed(): number {
    return Math.min(this.#planValue.total, this.#unclampedElapsed());
  }

  get position(): PlanPosition {
    return positionAt(this.#planValue, this.elapsed);
  }

  /** The segment in progress (or the first one when idle); undefined when complete or empty. */
  get segment(): Segment | undefined {
    return this.#planValue.segments[this.position.index];
  }

  /** Replaces the plan and goes back to idle. */
  setPlan(plan: SegmentPlan): void {
    this.#planValue = plan;
    this.reset();
  }

  start(): void {
    if (this.#stateValue === 'running' || this.#planValue.total <= 0) return;
    if (this.#stateValue === 'complete') this.reset();
    this.#stateValue = 'running';
    this.#anchorPerf = performance.now();
    this.#anchorWall = Date.now();
    this.sync();
  }

  pause(): void {
    if (this.#stateValue !== 'running') return;
    this.sync();
    if (this.#stateValue !== 'running') return;
    this.#banked = this.elapsed;
    this.#stateValue = 'paused';
    this.#disarm();
    this.host.requestUpdate();
  }

  reset(): void {
    this.#disarm();
    this.#stateValue = 'idle';
    this.#banked = 0;
    this.#reportedIndex = -1;
    this.host.requestUpdate();
  }

  /**
   * Moves to `elapsed` seconds (clamped to the plan) without reporting the segments skipped
   * over; used to resume a saved session or jump between steps. Keeps the current state.
   */
  seek(elapsed: number): void {
    const running = this.#stateValue === 'running';
    this.#banked = Math.max(0, Math.min(this.#planValue.total, elapsed));
    this.#anchorPerf = performance.now();
    this.#anchorWall = Date.now();
    const position = positionAt(this.#planValue, this.#banked);
    this.#reportedIndex = position.complete ? this.#planValue.segments.length : position.index;
    if (this.#stateValue === 'complete' && !position.complete) this.#stateValue = this.#banked > 0 ? 'paused' : 'idle';
    if (this.#stateValue === 'idle' && this.#banked > 0) this.#stateValue = 'paused';
    if (running) this.sync();
    else this.host.requestUpdate();
  }

  /** Ends the plan now (skipping what is left) and reports completion. */
  finish(): void {
    if (this.#stateValue === 'complete' || this.#planValue.total <= 0) return;
    this.#disarm();
    this.#banked = this.#planValue.total;
    this.#stateValue = 'complete';
    this.#reportedIndex = this.#planValue.segments.length;
    this.host.requestUpdate();
    this.callbacks.onComplete?.(0);
  }

  /**
   * Brings everything up to the true time: reports every segment start (and completion) passed
   * since the last look, in order, asks the host to render, and arms the next timeout.
   */
  sync = (): void => {
    this.#disarm();
    if (this.#stateValue !== 'running') return;
    const unclamped = this.#unclampedElapsed();
    const elapsed = Math.min(this.#planValue.total, unclamped);
    const position = positionAt(this.#planValue, elapsed);
    const { segments } = this.#planValue;
    const lastPassed = position.complete ? segments.length - 1 : position.index;
    while (this.#reportedIndex < lastPassed) {
      this.#reportedIndex += 1;
      const segment = segments[this.#reportedIndex];
      this.callbacks.onSegmentStart?.(segment, this.#reportedIndex, unclamped - segment.start);
      // A callback may have paused, reset or re-planned; stop reporting if so.
      if (this.#stateValue !== 'running') return;
    }
    if (position.complete) {
      this.#banked = this.#planValue.total;
      this.#stateValue = 'complete';
      this.#reportedIndex = segments.length;
      this.host.requestUpdate();
      this.callbacks.onComplete?.(unclamped - this.#planValue.total);
      return;
    }
    this.host.requestUpdate();
    const untilNext = secondsUntilNextChange(this.#planValue, elapsed);
    this.callbacks.onWake?.(elapsed, untilNext);
    if (this.#connected && this.#stateValue === 'running') {
      // A wake a hair early finds nothing changed and re-arms for the remainder.
      this.#timeout = setTimeout(this.sync, Math.max(1, Math.round(untilNext * 1000)));
    }
  };

  hostConnected(): void {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    // Page Lifecycle: a frozen page gets `resume` when it runs again.
    document.addEventListener('resume', this.#onVisibilityChange);
    window.addEventListener('pageshow', this.#onVisibilityChange);
    if (this.#stateValue === 'running') this.sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#disarm();
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    document.removeEventListener('resume', this.#onVisibilityChange);
    window.removeEventListener('pageshow', this.#onVisibilityChange);
  }

  /** Elapsed seconds without the clamp at the plan's end, to measure how late an end was noticed. */
  #unclampedElapsed(): number {
    const running = this.#stateValue === 'running' ? (performance.now() - this.#anchorPerf) / 1000 : 0;
    return this.#banked + running;
  }

  #onVisibilityChange = (): void => {
    if (document.visibilityState !== 'visible' || this.#stateValue !== 'running') return;
    this.#reanchor();
    this.sync();
  };

  /** If the monotonic clock stood still while the wall clock ran (device asleep), trust the wall clock. */
  #reanchor(): void {
    const perfDelta = performance.now() - this.#anchorPerf;
    const wallDelta = Date.now() - this.#anchorWall;
    if (wallDelta - perfDelta > SLEEP_THRESHOLD_MS) this.#anchorPerf -= wallDelta - perfDelta;
  }

  #disarm(): void {
    if (this.#timeout !== undefined) clearTimeout(this.#timeout);
    this.#timeout = undefined;
  }
}
