import type * as CueKit from './cue-kit.js';
import type * as SessionLogWriter from './session-log-writer.js';
import type * as ShareCode from './share-code.js';
import type * as VoiceCoach from './voice-coach.js';

/*
 * What elements fetch on demand, as chunks of their own (the npm build and the autoloader). The
 * all-in-one `smr-elements.js` swaps this module for `on-demand-bundled.ts` (see `CDN_ALIASES` in
 * scripts/cdn-build-options.mjs), so a copy of just that file keeps its sound and its history.
 */

/** Tones, speech, vibration, wake lock, Media Session. */
export const importCueKit = (): Promise<typeof CueKit> => import('./cue-kit.js');

/** The code that writes a finished session to the device's history. */
export const importSessionLogWriter = (): Promise<typeof SessionLogWriter> => import('./session-log-writer.js');

/** The voice coach of `<smr-routine voice>`. */
export const importVoiceCoach = (): Promise<typeof VoiceCoach> => import('./voice-coach.js');

/** Packing a routine into a share link, and unpacking one. */
export const importShareCode = (): Promise<typeof ShareCode> => import('./share-code.js');
