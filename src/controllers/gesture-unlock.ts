/**
 * What must run inside the person's press, synchronously (Safari and iOS allow sound and speech
 * only when they start within a user gesture): creating or resuming the page's one AudioContext,
 * and a silent utterance that primes speech. Kept apart from the tones and speech themselves,
 * which load on demand (`cue-kit.ts`), so a press works before they arrive.
 */

type AudioContextConstructor = typeof AudioContext;

let sharedContext: AudioContext | undefined;

/** One AudioContext for the page: browsers limit how many may exist, and one unlock serves all. */
export function pageAudioContext(create: boolean): AudioContext | undefined {
  if (sharedContext || !create) return sharedContext;
  const Constructor: AudioContextConstructor | undefined =
    globalThis.AudioContext ?? (globalThis as { webkitAudioContext?: AudioContextConstructor }).webkitAudioContext;
  if (!Constructor) return undefined;
  try {
    sharedContext = new Constructor();
  } catch {
    return undefined;
  }
  return sharedContext;
}

/** Creates or resumes the page's AudioContext; call from a user gesture (a press of Start). */
export function unlockAudio(): void {
  const context = pageAudioContext(true);
  if (!context) return;
  if (context.state === 'suspended') context.resume().catch(() => undefined);
  // A silent buffer played inside the gesture is what unlocks output on iOS.
  try {
    const source = context.createBufferSource();
    source.buffer = context.createBuffer(1, 1, 22050);
    source.connect(context.destination);
    source.start(0);
  } catch {
    // Not every engine allows this; the resume above is usually enough.
  }
}

/** True where the Web Speech API can speak. */
export function speechSupported(): boolean {
  return typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined';
}

/**
 * Speaks a silent utterance in `lang`; call from a user gesture (iOS only speaks after speech
 * started inside one). Returns true once primed.
 */
export function primeSpeech(lang: string): boolean {
  if (!speechSupported()) return false;
  try {
    const utterance = new SpeechSynthesisUtterance('');
    utterance.lang = lang;
    utterance.volume = 0;
    speechSynthesis.speak(utterance);
    return true;
  } catch {
    // Speech is a courtesy; failing to prime only means no voice.
    return false;
  }
}
