import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { STALE_CUE_SECONDS } from '../core/limits.js';
import { cueAt, paceTicks, type Segment, type SegmentPlan } from '../core/segments.js';
import { AudioCueController } from './audio-cues.js';
import { SpeechController } from './speech.js';

/** Moments that get voice, vibration and a flash. */
export type CueMoment = 'go' | 'switch' | 'rest' | 'complete';

/** Which channels are on, read at each moment so attribute changes apply at once. */
export interface CueSettings {
  muted: boolean;
  voice: boolean;
  vibration: boolean;
  flash: boolean;
  cueSeconds: number;
  /** Rolls per minute in the segment that is running (0 for none). */
  paceFor(segment: Segment | undefined): number;
  lang: string;
}

/** Vibration patterns (ms) per moment, kept short: a nudge, not an alarm. */
const VIBRATION: Record<CueMoment, number[]> = {
  go: [120],
  switch: [150, 100, 150],
  rest: [80, 80, 80],
  complete: [300, 120, 300],
};

const FLASH_MS = 700;

/**
 * Every cue of a running plan on its own channel: tones scheduled ahead on the audio clock
 * (counts, go, switch, completion, pacing ticks), spoken words, vibration, and a visual flash
 * for people who cannot hear. Shared by `<smr-timer>` and `<smr-routine>`; loaded on demand
 * (`cue-kit.ts`). The audio unlock and speech priming of a press are not here but in
 * `gesture-unlock.ts`, so they run inside the press even before this arrives.
 */
export class CueController implements ReactiveController {
  /** The moment being flashed, for a class on the element; `null` when none. */
  flashing: CueMoment | null = null;

  readonly #audio: AudioCueController;
  readonly #speech: SpeechController;
  /** Plan seconds up to which tones are scheduled. */
  #scheduledUntil = -1;
  #flashTimeout: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly settings: () => CueSettings,
  ) {
    host.addController(this);
    this.#audio = new AudioCueController(host);
    this.#speech = new SpeechController(host);
  }

  hostDisconnected(): void {
    this.stop();
    clearTimeout(this.#flashTimeout);
    this.flashing = null;
  }

  /** The "go" tone at the very start, when work begins at once. */
  startTone(): void {
    if (!this.settings().muted) this.#audio.schedule('go');
  }

  /** Schedules the tones due up to the next wake, ahead on the audio clock. */
  onWake(plan: SegmentPlan, segment: Segment | undefined, elapsed: number, untilNext: number): void {
    const settings = this.settings();
    if (settings.muted) return;
    const next = elapsed + untilNext;
    if (next <= this.#scheduledUntil + 1e-3) return;
    const cue = cueAt(plan, next, settings.cueSeconds);
    if (cue) this.#audio.schedule(cue, untilNext);
    const pace = settings.paceFor(segment);
    for (const tick of paceTicks(plan, Math.max(elapsed, this.#scheduledUntil), next, pace)) {
      this.#audio.schedule('tick', tick - elapsed);
    }
    this.#scheduledUntil = next;
  }

  /** Voice, vibration and flash for a moment (its tone was scheduled ahead). */
  moment(kind: CueMoment, late: number, spoken: string): void {
    if (late >= STALE_CUE_SECONDS) return;
    const settings = this.settings();
    if (settings.voice && spoken) this.#speech.speak(spoken, settings.lang);
    if (settings.vibration && typeof navigator.vibrate === 'function') {
      try {
        navigator.vibrate(VIBRATION[kind]);
      } catch {
        // Vibration is a courtesy.
      }
    }
    if (settings.flash) {
      clearTimeout(this.#flashTimeout);
      this.flashing = kind;
      this.host.requestUpdate();
      this.#flashTimeout = setTimeout(() => {
        this.flashing = null;
        this.host.requestUpdate();
      }, FLASH_MS);
    }
  }

  /** Speaks a short notice ("10 seconds") if voice is on. */
  say(spoken: string): void {
    const settings = this.settings();
    if (settings.voice) this.#speech.speak(spoken, settings.lang);
  }

  /** Cancels pending tones and speech (pause, reset, skip). */
  stop(): void {
    this.#audio.cancel();
    this.#speech.cancel();
    this.#scheduledUntil = -1;
  }
}
