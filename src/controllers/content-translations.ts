/**
 * Registering the built-in content in another language, checked against the catalog first. Apart
 * from the registry so that elements which show no content (a timer) do not load the catalog.
 */
import { regionLabels } from '../content/regions.js';
import { concerns } from '../content/concerns.js';
import { exerciseMuscleCounts } from '../content/exercises.js';
import { presets } from '../content/presets.js';
import { beforeYouStart, redFlags } from '../content/safety.js';
import { validateContentTranslation, type ContentTranslation } from '../core/content-translation.js';
import type { ValidationError } from '../core/types.js';
import { formatErrors } from '../core/format-errors.js';
import { storeContentTranslation } from './translation-registry.js';

/**
 * Registers the built-in content in another language: exercise names and instructions, preset
 * titles, body region labels, finder concerns and the safety copy. Elements whose language
 * matches `lang` show it, falling back to English for anything left out, and re-render at once.
 * The input is validated: bad or unknown fields are left out (English shows there) and listed
 * in the returned errors, which are also logged once. Registering the same `lang` again replaces it.
 */
export function registerContentTranslation(translation: ContentTranslation): ValidationError[] {
  const { translation: valid, errors } = validateContentTranslation(translation, {
    exercises: exerciseMuscleCounts,
    presets: presets.map((preset) => preset.id),
    regions: Object.keys(regionLabels),
    concerns: new Map(concerns.map((concern) => [concern.id, concern.exercises.map((entry) => entry.exercise)])),
    beforeYouStart: beforeYouStart.map((item) => item.id),
    redFlags: redFlags.map((flag) => flag.id),
  });
  if (errors.length > 0) console.warn(`smr-elements: registerContentTranslation: ${formatErrors(errors).join('; ')}`);
  if (valid) storeContentTranslation(valid);
  return errors;
}
