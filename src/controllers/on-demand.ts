import type * as CueKit from './cue-kit.js';

/**
 * Fetches the cue machinery as a chunk of its own (the npm build and the autoloader). The
 * all-in-one `smr-elements.js` swaps this module for `cue-kit-bundled.ts` (see vite.config.ts), so
 * a copy of just that file keeps its sound.
 */
export const importCueKit = (): Promise<typeof CueKit> => import('./cue-kit.js');
