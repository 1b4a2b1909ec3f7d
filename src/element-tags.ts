/** Every element of the library, by tag (the autoloader's chunk for each is `elements/<tag>.js`). */
export const ELEMENT_TAGS = [
  'smr-timer',
  'smr-routine',
  'smr-step',
  'smr-exercise',
  'smr-body-map',
  'smr-illustration',
  'smr-finder',
  'smr-routine-builder',
  'smr-history',
] as const;

/** The elements that show catalog content: every element but the timer (and the step, which only holds data). */
export const CONTENT_TAGS = ELEMENT_TAGS.filter((tag) => tag !== 'smr-timer' && tag !== 'smr-step');
