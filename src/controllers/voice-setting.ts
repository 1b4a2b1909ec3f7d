/**
 * The `voice` of `<smr-routine>`: `true` (the bare attribute) or `'coach'` for the voice coach,
 * `'cues'` for the short cues only, `false` for no voice.
 */
export type VoiceSetting = boolean | 'coach' | 'cues';

/** What a `voice` setting asks for. */
export type VoiceMode = 'off' | 'coach' | 'cues';

/** `voice` as an attribute: absent → `false`, `cues` and `coach` as written, any other value (`voice`, `voice=""`) → `true`. */
export const voiceAttribute = {
  fromAttribute(value: string | null): VoiceSetting {
    if (value === null) return false;
    return value === 'cues' || value === 'coach' ? value : true;
  },
  toAttribute(value: unknown): string | null {
    if (value === 'cues' || value === 'coach') return value;
    return value ? '' : null;
  },
};

/** The mode a `voice` setting asks for: `'cues'` as is, any other truthy value the coach. */
export function voiceMode(value: unknown): VoiceMode {
  return value === 'cues' ? 'cues' : value ? 'coach' : 'off';
}
