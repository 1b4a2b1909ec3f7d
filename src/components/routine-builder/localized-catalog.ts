import { exercises, getExercise } from '../../content/catalog-lookup.js';
import { localizeExercise } from '../../content/translated.js';
import type { ContentTranslation } from '../../core/content-translation.js';
import type { DraftStep } from '../../core/routine-draft.js';
import type { Exercise } from '../../core/types.js';

const localizedCatalogs = new WeakMap<ContentTranslation, readonly Exercise[]>();

/** The catalog in the words of a content translation, or English; built once per translation. */
export function localizedCatalog(content: ContentTranslation | undefined): readonly Exercise[] {
  if (!content) return exercises;
  let catalog = localizedCatalogs.get(content);
  if (!catalog) {
    catalog = exercises.map((exercise) => localizeExercise(exercise, content));
    localizedCatalogs.set(content, catalog);
  }
  return catalog;
}

/** A catalog exercise by id, in the words of a content translation, or English. */
export function catalogExercise(id: string, content: ContentTranslation | undefined): Exercise | undefined {
  const english = getExercise(id);
  return english && localizeExercise(english, content);
}

/** The name a step is shown and announced by: its own, its exercise's, or `customName` for an unnamed custom step. */
export function stepName(step: DraftStep, content: ContentTranslation | undefined, customName: string): string {
  return step.name.trim() || (step.exercise ? (catalogExercise(step.exercise, content)?.name ?? step.exercise) : customName);
}
