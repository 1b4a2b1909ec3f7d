/**
 * German: the UI strings (`de`, in `de-ui.ts`) and the content translation (`deContent`:
 * exercises, presets, safety copy, pictures). Register both on a page that shows content; the CDN
 * entries load each on demand, the content only once an element that shows content is defined.
 */
export { de } from './de-ui.js';
export { deContent } from './de-content.js';
