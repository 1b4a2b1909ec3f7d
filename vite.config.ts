import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import {
  autoloaderBuildOptions,
  BROWSER_TARGETS,
  CDN_ALIASES,
  cdnBuildOptions,
  exercisesOnDemand,
  noPreloadHelper,
} from './scripts/cdn-build-options.mjs';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';

const root = import.meta.dirname;

/** Lit, the QR encoder (and React, for the wrappers) stay dependencies of the npm build, so apps share one copy. */
const external = (id: string): boolean => /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|react|react-dom|uqr)(\/.*)?$/.test(id);

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    // `npm start`: the demo page at /, importing the sources directly.
    return {
      plugins: [
        {
          name: 'smr-demo-at-root',
          configureServer(server) {
            server.middlewares.use((request, _response, next) => {
              if (request.url === '/' || request.url?.startsWith('/?')) request.url = `/demo/index.html${request.url.slice(1)}`;
              next();
            });
          },
        },
      ],
    };
  }
  if (mode === 'cdn') {
    // One self-contained, minified ES module for a plain <script type="module"> tag.
    return {
      plugins: [minifyCssLiterals(), noPreloadHelper()],
      resolve: { alias: CDN_ALIASES },
      build: { ...cdnBuildOptions(resolve(root, 'src/cdn.ts'), 'smr-elements.js'), outDir: 'dist/cdn' },
    };
  }
  if (mode === 'autoloader') {
    // dist/cdn/smr-autoloader.js, one chunk per element (elements/) and shared chunks (chunks/).
    return {
      plugins: [minifyCssLiterals(), noPreloadHelper(), exercisesOnDemand(root)],
      build: { ...autoloaderBuildOptions(root), outDir: 'dist/cdn' },
    };
  }
  // npm build: one ES module per source file, so importing one element loads only what it needs.
  return {
    plugins: [minifyCssLiterals()],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: BROWSER_TARGETS,
      minify: false,
      lib: {
        entry: {
          index: resolve(root, 'src/index.ts'),
          define: resolve(root, 'src/define.ts'),
          react: resolve(root, 'src/react.ts'),
          'translations/es': resolve(root, 'src/translations/es.ts'),
          'translations/de': resolve(root, 'src/translations/de.ts'),
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
