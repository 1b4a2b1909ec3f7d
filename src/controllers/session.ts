import type { ReactiveControllerHost } from 'lit';
import type { PlanPosition, Segment, SegmentPlan } from '../core/segments.js';
import { CountdownController, type CountdownState } from './countdown.js';
import { CueController, type CueMoment, type CueSettings } from './cues.js';
import { MediaSessionController, type MediaActions, type MediaInfo, type MediaSessionSource } from './media-session.js';
import { WakeLockController } from './wake-lock.js';

export interface SessionCallbacks {
  /** A segment began (every one passed, in order); `late`: seconds after its start it was noticed. */
  onSegmentStart?(segment: Segment, index: number, late: number): void;
  /** The plan ran out. */
  onComplete?(late: number): void;
  /**
   * Runs on each visible change while running, before the tones for the next moment are
   * scheduled: the place for notices such as "10 seconds".
   */
  onWake?(segment: Segment | undefined, position: PlanPosition): void;
}

/** The lock screen and headphones (Media Session): what to show for a segment, and the session's own methods. */
export interface SessionMedia {
  describe: (segment: Segment) => MediaInfo | null | undefined;
  actions: MediaActions;
}

/**
 * One running session over a segment plan, shared by `<smr-timer>` and `<smr-routine>`: the
 * drift-free countdown, tones, voice, vibration and flash, the screen wake lock, the live-region
 * announcement, and the time actually spent running. It owns the plan; the elements say what
 * happens at each moment and render. It hooks into the host through the controllers it composes.
 */
export class SessionController {
  /** The text of the polite live region; each new text is announced once. */
  announcement = '';

  readonly #countdown: CountdownController;
  readonly #cues: CueController;
  readonly #wakeLock: WakeLockController;
  readonly #media: MediaSessionController | undefined;
  /** Milliseconds spent running before the current stretch. */
  #bankedActiveMs = 0;
  #runningSince: number | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    cueSettings: () => CueSettings,
    callbacks: SessionCallbacks,
    media?: SessionMedia,
  ) {
    this.#countdown = new CountdownController(host, {
      onSegmentStart: (segment, index, late) => {
        callbacks.onSegmentStart?.(segment, index, late);
        this.#media?.sync();
      },
      onComplete: (late) => {
        // The completion tone is already scheduled: let it play; only the wake lock goes.
        this.#endRun();
        this.#media?.sync();
        callbacks.onComplete?.(late);
      },
      onWake: (elapsed, untilNext) => {
        const segment = this.#countdown.segment;
        callbacks.onWake?.(segment, this.#countdown.position);
        this.#cues.onWake(this.plan, segment, elapsed, untilNext);
      },
    });
    this.#cues = new CueController(host, cueSettings);
    this.#wakeLock = new WakeLockController(host);
    if (media) this.#media = new MediaSessionController(host, this.#mediaSource(media));
  }

  get plan(): SegmentPlan {
    return this.#countdown.plan;
  }

  /** `idle`, `running`, `paused` or `complete`. */
  get state(): CountdownState {
    return this.#countdown.state;
  }

  get position(): PlanPosition {
    return this.#countdown.position;
  }

  /** Seconds elapsed in the plan, fractional. */
  get elapsed(): number {
    return this.#countdown.elapsed;
  }

  /** The segment in progress (or the first one when idle); undefined when complete or empty. */
  get segment(): Segment | undefined {
    return this.#countdown.segment;
  }

  /** Milliseconds spent running, pauses excluded. */
  get activeMs(): number {
    return this.#bankedActiveMs + (this.#runningSince === undefined ? 0 : performance.now() - this.#runningSince);
  }

  set activeMs(value: number) {
    this.#bankedActiveMs = value;
    if (this.#runningSince !== undefined) this.#runningSince = performance.now();
  }

  /** The moment being flashed, or `null`. */
  get flashing(): CueMoment | null {
    return this.#cues.flashing;
  }

  /** True once the screen could not be kept on (no Wake Lock API, or it refused). */
  get wakeLockUnavailable(): boolean {
    return this.#wakeLock.unavailable;
  }

  /** Replaces the plan: stops whatever runs and goes back to idle. */
  setPlan(plan: SegmentPlan): void {
    this.halt();
    this.#countdown.setPlan(plan);
    this.#media?.sync();
  }

  /** Runs (from idle, paused or complete): keeps the screen on and counts active time. */
  run(): void {
    if (this.#runningSince === undefined) this.#runningSince = performance.now();
    this.#wakeLock.hold();
    this.#countdown.start();
    this.#media?.sync(true);
  }

  pause(): void {
    if (this.state !== 'running') return;
    this.#countdown.pause();
    this.halt();
    this.#media?.sync();
  }

  /** Back to idle at the start of the plan. */
  reset(): void {
    this.halt();
    this.#bankedActiveMs = 0;
    this.#countdown.reset();
    this.#media?.sync();
  }

  /** Moves to `elapsed` seconds without reporting the segments passed over; cancels pending cues. */
  seek(elapsed: number): void {
    this.#cues.stop();
    this.#countdown.seek(elapsed);
    this.#media?.sync();
  }

  /** Ends the plan now and reports completion. */
  finish(): void {
    this.#countdown.finish();
  }

  /** Stops tones, speech and the wake lock and banks active time, leaving the countdown as it is. */
  halt(): void {
    this.#endRun();
    this.#cues.stop();
  }

  /** The media controls mirror this session; "play" from them unlocks audio as a press does. */
  #mediaSource({ describe, actions }: SessionMedia): MediaSessionSource {
    const { play } = actions;
    return {
      state: () => this.state,
      describe: () => {
        const { segment } = this;
        if (!segment) return undefined;
        const info = describe(segment);
        return info
          ? { ...info, position: { duration: segment.duration, position: segment.duration - this.position.segmentRemaining } }
          : undefined;
      },
      actions: {
        ...actions,
        // Unlocks audio as the person's press does; a running session stays running.
        play: play && (() => this.state !== 'running' && this.press(play)),
      },
    };
  }

  /** Banks active time and lets the screen sleep again. */
  #endRun(): void {
    if (this.#runningSince !== undefined) this.#bankedActiveMs += performance.now() - this.#runningSince;
    this.#runningSince = undefined;
    this.#wakeLock.release();
  }

  /**
   * The person's press on the main button: unlocks audio and primes speech inside the gesture
   * (iOS and Safari allow sound only then), then pauses a running session or calls `start`.
   */
  press(start: () => void): void {
    this.#cues.unlock();
    if (this.state === 'running') this.pause();
    else start();
  }

  /** The "go" tone when work begins at the very start. */
  startTone(): void {
    this.#cues.startTone();
  }

  /** Sets the live-region text; the same words again are made new so they are read again. */
  announce(text: string): void {
    this.announcement = this.announcement === text ? `${text} ` : text;
    this.host.requestUpdate();
  }

  /** Voice, vibration and flash for a moment (its tone was scheduled ahead). */
  cue(kind: CueMoment, late: number, spoken: string): void {
    this.#cues.moment(kind, late, spoken);
  }

  /** Speaks a short notice if voice is on. */
  speak(spoken: string): void {
    this.#cues.say(spoken);
  }
}
