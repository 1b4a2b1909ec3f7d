// A recording stand-in for the Web Speech API's `speechSynthesis` and `SpeechSynthesisUtterance`,
// the same in every engine (some have no voices, or no speech at all): what is said, in which
// language, and every cancel, in order. An utterance "lasts" 0.4 s a word on the page's clock
// (`Date.now()`, so a fake clock drives it), which is what `speaking` reports.

import { replaceGlobal } from './globals.js';

/** One utterance passed to `speechSynthesis.speak`. */
export interface RecordedUtterance {
  text: string;
  lang: string;
  volume: number;
  /** `Date.now()` when it was spoken. */
  at: number;
}

export interface SpeechRecorder {
  /** Every utterance spoken, the silent priming one included, in order. */
  readonly utterances: RecordedUtterance[];
  /** `speak:<text>` and `cancel`, in the order they were called. */
  readonly calls: string[];
  /** The words said (utterances with text), each with its language. */
  said(): { text: string; lang: string }[];
  /** Just the texts said. */
  texts(): string[];
  /** Forgets what was recorded so far. */
  clear(): void;
  /** Puts the browser's own speech back. */
  restore(): void;
}

const MS_PER_WORD = 400;

/**
 * Installs the recording stand-in. `voices` are the languages of the voices it lists (an empty
 * list is what some browsers return before their voices load).
 */
export function recordSpeech({ voices = ['en-US', 'es-ES', 'de-DE'] }: { voices?: string[] } = {}): SpeechRecorder {
  const utterances: RecordedUtterance[] = [];
  const calls: string[] = [];
  let speakingUntil = 0;

  class FakeUtterance extends EventTarget {
    text: string;
    lang = '';
    volume = 1;
    rate = 1;
    pitch = 1;
    voice: unknown = null;
    constructor(text = '') {
      super();
      this.text = text;
    }
  }

  const synthesis = {
    get speaking(): boolean {
      return Date.now() < speakingUntil;
    },
    pending: false,
    paused: false,
    onvoiceschanged: null,
    speak(utterance: FakeUtterance): void {
      utterances.push({ text: utterance.text, lang: utterance.lang, volume: utterance.volume, at: Date.now() });
      calls.push(`speak:${utterance.text}`);
      const words = utterance.text.split(/\s+/).filter(Boolean).length;
      if (words > 0) speakingUntil = Date.now() + words * MS_PER_WORD;
    },
    cancel(): void {
      calls.push('cancel');
      speakingUntil = 0;
    },
    pause(): void {},
    resume(): void {},
    getVoices: () => voices.map((lang) => ({ lang, name: `Test ${lang}`, voiceURI: `test-${lang}`, default: false, localService: true })),
    addEventListener(): void {},
    removeEventListener(): void {},
  };

  const restoreSynthesis = replaceGlobal('speechSynthesis', synthesis);
  const restoreUtterance = replaceGlobal('SpeechSynthesisUtterance', FakeUtterance);
  const said = (): { text: string; lang: string }[] =>
    utterances.filter((utterance) => utterance.text.trim() !== '').map(({ text, lang }) => ({ text, lang }));
  return {
    utterances,
    calls,
    said,
    texts: () => said().map((utterance) => utterance.text),
    clear: () => {
      utterances.length = 0;
      calls.length = 0;
    },
    restore: () => {
      restoreUtterance();
      restoreSynthesis();
    },
  };
}

/** Takes speech synthesis away, as in a browser without it; returns how to put it back. */
export function removeSpeech(): () => void {
  const restoreSynthesis = replaceGlobal('speechSynthesis', undefined);
  const restoreUtterance = replaceGlobal('SpeechSynthesisUtterance', undefined);
  return () => {
    restoreUtterance();
    restoreSynthesis();
  };
}
