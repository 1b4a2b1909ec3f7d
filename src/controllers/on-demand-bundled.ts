import * as CueKit from './cue-kit.js';

/** `cue-kit-loader.ts` for the all-in-one bundle: the cue machinery is part of the file. */
export const importCueKit = (): Promise<typeof CueKit> => Promise.resolve(CueKit);
