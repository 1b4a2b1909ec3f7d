import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { STALE_CUE_SECONDS } from '../core/limits.js';
import { secondsUntilNextChange, type PlanPosition, type Segment, type SegmentPlan } from '../core/segments.js';
import { CountdownController, type CountdownState } from './countdown.js';
import type * as CueKitModule from './cue-kit.js';
import { loadOnce } from '../core/load-once.js';
import { importCueKit } from './on-demand.js';
import type { CueController, CueMoment, CueSettings } from './cues.js';
import { primeSpeech, unlockAudio } from './gesture-unlock.js';
import type { MediaActions, MediaInfo, MediaSessionController, MediaSessionSource } from './media-session.js';
import type { WakeLockController } from './wake-lock.js';
import { whenVisibleOrIdle } from './when-needed.js';

type CueKit = typeof CueKitModule;

/** The cue machinery, fetched once for the page. */
const cueKit = loadOnce(importCueKit);

/**
 * Loads the cue machinery once for the page; sessions made after it resolves have it at once
 * (tests that drive a fake clock right after a start wait for it first).
 */
export const loadCueKit = (): Promise<CueKit> => cueKit.load();

/** A cue asked for before the machinery arrived: played when it does, unless stale by then. */
interface EarlyCue {
  at: number;
  play(cues: CueController, late: number): void;
}

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
 *
 * The cue machinery (tones, speech, vibration, wake lock, Media Session: `cue-kit.ts`) loads on
 * demand, when the element comes into view or the page is idle, so it is ready before the press
 * without slowing the first render. The press itself unlocks audio and primes speech synchronously
 * (`gesture-unlock.ts`), loaded or not; cues asked for before the machinery arrives play when it
 * does, unless they are stale by then.
 */
export class SessionController implements ReactiveController {
  /** The text of the polite live region; each new text is announced once. */
  announcement = '';

  readonly #countdown: CountdownController;
  #cues: CueController | undefined;
  #wakeLock: WakeLockController | undefined;
  #media: MediaSessionController | undefined;
  #early: EarlyCue[] = [];
  #speechPrimed = false;
  #cancelPrefetch: (() => void) | undefined;
  /** Milliseconds spent running before the current stretch. */
  #bankedActiveMs = 0;
  #runningSince: number | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly cueSettings: () => CueSettings,
    callbacks: SessionCallbacks,
    private readonly media?: SessionMedia,
  ) {
    host.addController(this);
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
        this.#cues?.onWake(this.plan, segment, elapsed, untilNext);
      },
    });
    if (cueKit.loaded) this.#useCueKit(cueKit.loaded);
  }

  hostConnected(): void {
    if (this.#cues || this.#cancelPrefetch || typeof window === 'undefined') return;
    if (!(this.host instanceof Element)) return this.#loadCues();
    this.#cancelPrefetch = whenVisibleOrIdle(this.host, () => {
      this.#cancelPrefetch = undefined;
      this.#loadCues();
    });
  }

  hostDisconnected(): void {
    this.#cancelPrefetch?.();
    this.#cancelPrefetch = undefined;
  }

  /** Loads the cue machinery (once for the page) and puts it to work for this session. */
  #loadCues(): void {
    if (this.#cues) return;
    loadCueKit()
      .then((kit) => this.#useCueKit(kit))
      .catch(() => {
        // Offline or blocked: the session runs and shows everything, without sound or voice.
      });
  }

  #useCueKit(kit: CueKit): void {
    if (this.#cues) return;
    const { host, media } = this;
    this.#cues = new kit.CueController(host, this.cueSettings);
    this.#wakeLock = new kit.WakeLockController(host);
    if (media) this.#media = new kit.MediaSessionController(host, this.#mediaSource(media));
    // Added to a connected host, they connect at once (the media controls take a running session).
    if (this.state === 'running') {
      this.#wakeLock.hold();
      // The tones due before the next wake were missed at the last one: schedule them now.
      const { elapsed } = this;
      this.#cues.onWake(this.plan, this.segment, elapsed, secondsUntilNextChange(this.plan, elapsed));
    }
    const now = performance.now();
    for (const early of this.#early.splice(0)) {
      const late = (now - early.at) / 1000;
      if (late < STALE_CUE_SECONDS) early.play(this.#cues, late);
    }
  }

  /** Runs `play` with the cue machinery now, or when it arrives (a pause or a jump drops it). */
  #withCues(play: (cues: CueController, late: number) => void): void {
    if (this.#cues) return play(this.#cues, 0);
    const now = performance.now();
    // Only cues that could still play are kept (the machinery may never come: offline).
    this.#early = this.#early.filter((early) => now - early.at < STALE_CUE_SECONDS * 1000);
    this.#early.push({ at: now, play });
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
    return this.#cues?.flashing ?? null;
  }

  /** True once the screen could not be kept on (no Wake Lock API, or it refused). */
  get wakeLockUnavailable(): boolean {
    return this.#wakeLock?.unavailable ?? false;
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
    this.#loadCues();
    this.#wakeLock?.hold();
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
    this.#early = [];
    this.#cues?.stop();
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
    this.#early = [];
    this.#cues?.stop();
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
    this.#wakeLock?.release();
  }

  /**
   * The person's press on the main button: unlocks audio and primes speech inside the gesture
   * (iOS and Safari allow sound only then), then pauses a running session or calls `start`.
   */
  press(start: () => void): void {
    const { muted, voice, lang } = this.cueSettings();
    if (!muted) unlockAudio();
    if (voice && !this.#speechPrimed) this.#speechPrimed = primeSpeech(lang);
    this.#loadCues();
    if (this.state === 'running') this.pause();
    else start();
  }

  /** The "go" tone when work begins at the very start. */
  startTone(): void {
    this.#withCues((cues) => cues.startTone());
  }

  /** Sets the live-region text; the same words again are made new so they are read again. */
  announce(text: string): void {
    this.announcement = this.announcement === text ? `${text} ` : text;
    this.host.requestUpdate();
  }

  /** Voice, vibration and flash for a moment (its tone was scheduled ahead). */
  cue(kind: CueMoment, late: number, spoken: string): void {
    this.#withCues((cues, waited) => cues.moment(kind, late + waited, spoken));
  }

  /** Speaks a short notice if voice is on. */
  speak(spoken: string): void {
    this.#withCues((cues) => cues.say(spoken));
  }
}
