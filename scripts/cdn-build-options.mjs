// Vite build options for a self-contained, fully minified ES module (Lit included). Dynamic
// imports (the UI languages) become files in `lang/` next to it, loaded only when a page needs one.
// Not library mode: Vite keeps whitespace in library-mode ES output, which doubles the size.
import { resolve } from 'node:path';

export function cdnBuildOptions(entry, fileName) {
  return {
    target: 'es2022',
    minify: true,
    emptyOutDir: false,
    rolldownOptions: {
      input: resolve(entry),
      preserveEntrySignatures: 'strict',
      output: { format: 'es', entryFileNames: fileName, chunkFileNames: 'lang/[name]-[hash].js' },
    },
  };
}
