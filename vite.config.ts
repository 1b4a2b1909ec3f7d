import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

/** Lit stays a dependency of the npm build, so apps share one copy. */
const external = (id: string): boolean => /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+)(\/.*)?$/.test(id);

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    // `npm start`: the demo page, importing the sources directly.
    return { root: resolve(root, 'demo'), server: { fs: { allow: [root] } } };
  }
  if (mode === 'cdn') {
    // One self-contained, minified ES module for a plain <script type="module"> tag.
    return {
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: false,
        target: 'es2021',
        lib: { entry: resolve(root, 'src/cdn.ts'), formats: ['es'], fileName: () => 'smr-elements.js' },
        rolldownOptions: { output: { codeSplitting: false } },
        minify: true,
      },
    };
  }
  // npm build: one ES module per source file, so importing one element loads only what it needs.
  return {
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2021',
      minify: false,
      lib: {
        entry: {
          index: resolve(root, 'src/index.ts'),
          define: resolve(root, 'src/define.ts'),
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external,
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
