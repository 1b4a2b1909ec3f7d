/**
 * Spanish: the UI strings (`es`, in `es-ui.ts`) and the content translation (`esContent`:
 * exercises, presets, safety copy, pictures). Register both on a page that shows content; the CDN
 * entries load each on demand, the content only once an element that shows content is defined.
 */
export { es } from './es-ui.js';
export { esContent } from './es-content.js';
