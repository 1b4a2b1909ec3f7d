/**
 * The catalog bound to the model: look-ups and validation against the built-in exercises.
 */
import { validateRoutine as validateAgainst, type ValidationResult } from '../core/validate.js';
import type { RoutineInput } from '../core/types.js';
import { suggestRoutine, type SuggestQuery, type Suggestion, type SuggestWords } from '../core/suggest.js';
import type { ContentTranslation } from '../core/content-translation.js';
import { localizeConcern } from './translated.js';
import { regionLabels } from './regions.js';
import { concerns } from './concerns.js';
import { exercises, getExercise } from './exercises.js';
import { redFlags } from './safety.js';
import { presets } from './presets.js';

const presetsById = new Map(presets.map((preset) => [preset.id, preset]));

/** The ids of the catalog exercises and presets, for "did you mean …?" suggestions. */
export const exerciseIds: readonly string[] = /* @__PURE__ */ exercises.map((exercise) => exercise.id);
export const presetIds: readonly string[] = [...presetsById.keys()];

/** The preset routine with this id, or `undefined`. */
export function getPreset(id: string): RoutineInput | undefined {
  return presetsById.get(id);
}

/**
 * Validates a routine from any source against the model and the built-in catalog.
 * Returns `{ routine, errors }`; never throws.
 */
export function validateRoutine(input: unknown): ValidationResult {
  return validateAgainst(input, exercises);
}

export { exercises, getExercise, presets };

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
