// The illustration data alone, for the size check: every exercise's pose data and the English words for its picture.
export { illustrations } from '../../src/content/illustrations.js';
export { pictureText } from '../../src/content/illustration-text.js';
