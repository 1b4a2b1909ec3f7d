/**
 * The catalog bound to the model: look-ups and validation against the built-in exercises
 * (`catalog-lookup.ts`), and the finder's concerns and suggestions.
 */
import { suggestRoutine, type SuggestQuery, type Suggestion, type SuggestWords } from '../core/suggest.js';
import type { ContentTranslation } from '../core/content-translation.js';
import { localizeConcern } from './translated.js';
import { regionLabels } from './regions.js';
import { concerns } from './concerns.js';
import { exercises } from './exercises.js';
import { redFlags } from './safety.js';

export { exerciseIds, exercises, getExercise, getPreset, presetIds, presets, validateRoutine } from './catalog-lookup.js';

/**
 * The routine `<smr-finder>` proposes for a person's answers: catalog exercises that fit the time
 * and the tools, with a one-line reason for each. `options.content` and `options.words` word it in
 * another language (what `<smr-finder>` passes for its language). Never throws.
 */
export function suggest(query: SuggestQuery, options: { content?: ContentTranslation; words?: SuggestWords } = {}): Suggestion {
  const { content, words } = options;
  return suggestRoutine(query, {
    exercises,
    concerns: content ? concerns.map((concern) => localizeConcern(concern, content)) : concerns,
    regionLabels: content?.regions ? { ...regionLabels, ...content.regions } : regionLabels,
    redFlagIds: redFlags.map((flag) => flag.id),
    words,
  });
}

export { concerns };
