import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CueKind } from '../core/segments.js';
import { pageAudioContext, unlockAudio } from './gesture-unlock.js';

/** Every sound the elements make: the plan's cues plus the soft pacing tick. */
export type ToneKind = CueKind | 'tick';

interface Note {
  frequency: number;
  /** Seconds after the cue time. */
  at: number;
  length: number;
  gain: number;
  type: OscillatorType;
}

/** Tones are generated in code (no audio files) and told apart by pitch and rhythm. */
const TONES: Record<ToneKind, Note[]> = {
  count: [{ frequency: 880, at: 0, length: 0.12, gain: 0.22, type: 'sine' }],
  go: [{ frequency: 1175, at: 0, length: 0.28, gain: 0.26, type: 'sine' }],
  switch: [
    { frequency: 659, at: 0, length: 0.16, gain: 0.24, type: 'triangle' },
    { frequency: 988, at: 0.2, length: 0.22, gain: 0.24, type: 'triangle' },
  ],
  complete: [
    { frequency: 523, at: 0, length: 0.18, gain: 0.22, type: 'sine' },
    { frequency: 659, at: 0.18, length: 0.18, gain: 0.22, type: 'sine' },
    { frequency: 784, at: 0.36, length: 0.42, gain: 0.24, type: 'sine' },
  ],
  tick: [{ frequency: 392, at: 0, length: 0.05, gain: 0.06, type: 'triangle' }],
};

const UNLOCK_EVENTS = ['pointerdown', 'keydown', 'touchend'] as const;

/**
 * Short Web Audio tones, scheduled ahead on the audio clock so they land on the second even
 * when timers are late. Audio is unlocked by the person's first press anywhere on the page
 * (Safari and iOS require a gesture). Pending tones are cancelled on `cancel()` and disconnect.
 */
export class AudioCueController implements ReactiveController {
  #pending = new Set<OscillatorNode>();

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** True when sound can play now (Web Audio exists and was unlocked). */
  get ready(): boolean {
    return pageAudioContext(false)?.state === 'running';
  }

  hostConnected(): void {
    if (this.ready) return;
    for (const type of UNLOCK_EVENTS) window.addEventListener(type, this.unlock, { capture: true, passive: true });
  }

  hostDisconnected(): void {
    this.#removeUnlockListeners();
    this.cancel();
  }

  /** Unlocks audio (see `unlockAudio`) and stops listening for the first press. */
  unlock = (): void => {
    unlockAudio();
    this.#removeUnlockListeners();
  };

  /** Plays `kind` in `delay` seconds on the audio clock. Silently does nothing without audio. */
  schedule(kind: ToneKind, delay = 0): void {
    const context = pageAudioContext(false);
    if (!context || context.state !== 'running') return;
    const startAt = context.currentTime + Math.max(0, delay);
    for (const note of TONES[kind]) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      const noteStart = startAt + note.at;
      oscillator.type = note.type;
      oscillator.frequency.setValueAtTime(note.frequency, noteStart);
      // Short attack and release so tones never click.
      gain.gain.setValueAtTime(0, noteStart);
      gain.gain.linearRampToValueAtTime(note.gain, noteStart + 0.01);
      gain.gain.exponentialRampToValueAtTime(0.0001, noteStart + note.length);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(noteStart);
      oscillator.stop(noteStart + note.length + 0.02);
      this.#pending.add(oscillator);
      oscillator.onended = () => {
        this.#pending.delete(oscillator);
        gain.disconnect();
      };
    }
  }

  /** Stops every tone not yet played (on pause, reset, disconnect). */
  cancel(): void {
    for (const oscillator of this.#pending) {
      try {
        oscillator.stop();
      } catch {
        // Already stopped.
      }
    }
    this.#pending.clear();
  }

  #removeUnlockListeners(): void {
    for (const type of UNLOCK_EVENTS) window.removeEventListener(type, this.unlock, { capture: true });
  }
}
