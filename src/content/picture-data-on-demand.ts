/**
 * What `illustrations.ts` and `illustration-text.ts` are in the autoloader's build: the same
 * records, filled in as each exercise's file arrives (it carries the exercise's picture and its
 * words; see `exercises-on-demand.ts`), so a page draws the pictures of what it shows only.
 */
import type { IllustrationData } from '../core/illustration.js';

/** The pictures of the exercises fetched so far, by exercise id. */
export const illustrations: Record<string, IllustrationData> = {};
/** Their words (the text alternative), by exercise id. */
export const pictureText: Record<string, string> = {};

/** Records the picture and the words that came with an exercise. */
export function addPictureData(id: string, illustration: IllustrationData | undefined, text: string | undefined): void {
  if (illustration) illustrations[id] = illustration;
  if (text !== undefined) pictureText[id] = text;
}
