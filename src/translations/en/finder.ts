/** English strings of `<smr-finder>`. Registered by the elements that show them, so each bundle carries only its own strings. */
import type { Translation } from '../translation.js';
import { englishSuggestWords } from '../../core/suggest.js';

export const strings: Pick<Translation, 'finder'> = {
  finder: {
    title: 'Find a routine',
    whereTitle: 'Where do you feel tight?',
    whereHint: 'Pick any areas on the figure (optional).',
    noticeTitle: 'What do you notice?',
    timeTitle: 'How much time do you have?',
    minutes: (minutes) => `${minutes} minutes`,
    toolsTitle: 'Which tools do you have?',
    flagsTitle: 'Do any of these apply right now?',
    flagsHint: 'If so, see a health professional before rolling.',
    suggest: 'Suggest a routine',
    nothingAsked: 'Pick at least one area on the figure or one thing you notice.',
    nothingFits: 'None of the matching exercises uses the tools you have. Add a tool, or pick other areas.',
    offFloor: 'I can’t get down to the floor',
    nothingFitsOffFloor:
      'None of the matching exercises can be done off the floor with the tools you have. Add a tool, or pick other areas.',
    redFlagTitle: 'Please see a health professional first',
    resultTitle: (minutes) => `Your routine · ${minutes}`,
    why: 'Why these exercises',
    ...englishSuggestWords,
  },
};
