import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { primeSpeech, speechSupported } from './gesture-unlock.js';

/**
 * Short spoken cues through `speechSynthesis`, in the language given. Primed with a silent
 * utterance on the person's press (iOS only speaks after speech started inside a gesture).
 * Cancels anything queued on disconnect. Does nothing where speech synthesis is missing.
 */
export class SpeechController implements ReactiveController {
  #primed = false;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  get supported(): boolean {
    return speechSupported();
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** True while something is being said or waits to be said. */
  get busy(): boolean {
    if (!this.supported) return false;
    try {
      return speechSynthesis.speaking || speechSynthesis.pending;
    } catch {
      return false;
    }
  }

  /**
   * False when the browser lists its voices and none speaks `lang`'s language (the words would be
   * read in a voice of another language); true when one does, or when the list is still empty
   * (voices load late in some browsers, which then pick one themselves).
   */
  hasVoiceFor(lang: string): boolean {
    if (!this.supported) return false;
    const language = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0] ?? '';
    try {
      const voices = speechSynthesis.getVoices();
      return voices.length === 0 || voices.some((voice) => language(voice.lang) === language(lang));
    } catch {
      return true;
    }
  }

  /** Call from a user gesture: primes speech once for this controller (see `primeSpeech`). */
  prime(lang: string): void {
    if (!this.#primed) this.#primed = primeSpeech(lang);
  }

  speak(text: string, lang: string): void {
    if (!this.supported) return;
    try {
      // A newer cue replaces an older one still queued ("10 seconds" must not lag behind "done").
      speechSynthesis.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = lang;
      utterance.rate = 1;
      speechSynthesis.speak(utterance);
    } catch {
      // As above.
    }
  }

  cancel(): void {
    if (!this.supported) return;
    try {
      speechSynthesis.cancel();
    } catch {
      // As above.
    }
  }
}
