import * as CueKit from './cue-kit.js';
import * as SessionLogWriter from './session-log-writer.js';
import * as ShareCode from './share-code.js';
import * as VoiceCoach from './voice-coach.js';

/** `on-demand.ts` for the all-in-one bundle: what the others fetch on demand is part of the file. */
export const importCueKit = (): Promise<typeof CueKit> => Promise.resolve(CueKit);

export const importSessionLogWriter = (): Promise<typeof SessionLogWriter> => Promise.resolve(SessionLogWriter);

export const importVoiceCoach = (): Promise<typeof VoiceCoach> => Promise.resolve(VoiceCoach);

export const importShareCode = (): Promise<typeof ShareCode> => Promise.resolve(ShareCode);
