// Vite build options for a self-contained, fully minified ES module (Lit included). Dynamic
// imports (the UI languages) become files in `lang/` next to it, loaded only when a page needs one.
// Not library mode: Vite keeps whitespace in library-mode ES output, which doubles the size.
import { resolve } from 'node:path';

/**
 * The oldest engines the library supports: the first with CSS container queries (which every
 * element's layout uses). Class private members run natively there; newer syntax, such as class
 * static blocks (Safari 16.4), is lowered.
 */
export const BROWSER_TARGETS = ['chrome105', 'edge105', 'firefox110', 'safari16'];

export function cdnBuildOptions(entry, fileName) {
  return {
    target: BROWSER_TARGETS,
    minify: true,
    emptyOutDir: false,
    rolldownOptions: {
      input: resolve(entry),
      preserveEntrySignatures: 'strict',
      output: { format: 'es', entryFileNames: fileName, chunkFileNames: 'lang/[name]-[hash].js' },
    },
  };
}
