/**
 * The illustrations bound to the catalog: each exercise's laid-out picture on its first tool, and
 * the words that describe it in the element's language.
 */
import type { ContentTranslation } from '../core/content-translation.js';
import { layoutIllustration, mirrorScene, type IllustrationScene } from '../core/illustration.js';
import { exerciseIds, getExercise } from './exercises.js';
import { pictureText } from './illustration-text.js';
import { illustrations } from './illustrations.js';

/**
 * The ids of the exercises that have an illustration: every catalog exercise (a test checks it).
 * From the catalog's ids, not the pictures' keys: through the autoloader a picture arrives with
 * its exercise, and an id is known before either.
 */
export const illustrationIds: readonly string[] = exerciseIds;

const scenes = new Map<string, IllustrationScene>();

/** The laid-out picture of exercise `id` (mirrored for the left side), or `undefined` for an unknown id. */
export function illustrationScene(id: string, mirrored = false): IllustrationScene | undefined {
  const key = `${id}|${mirrored}`;
  const cached = scenes.get(key);
  if (cached) return cached;
  const data = Object.hasOwn(illustrations, id) ? illustrations[id] : undefined;
  const exercise = getExercise(id);
  if (!data || !exercise) return undefined;
  const scene = layoutIllustration(data, exercise.tools[0], exercise.pace > 0);
  const result = mirrored ? mirrorScene(scene) : scene;
  scenes.set(key, result);
  return result;
}

/** The words that describe exercise `id`'s picture, in the content's language when it has them. */
export function pictureTextFor(id: string, content: ContentTranslation | undefined): string {
  const translated = content?.pictures;
  if (translated && Object.hasOwn(translated, id)) return translated[id];
  return Object.hasOwn(pictureText, id) ? pictureText[id] : '';
}
