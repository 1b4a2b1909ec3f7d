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

/**
 * The all-in-one bundle's module swaps: what the autoloader's elements fetch on demand (the cue
 * machinery, the history writer) is bundled in, so a copy of just `smr-elements.js` keeps its
 * sound and its history.
 */
export const CDN_ALIASES = [
  { find: /^\.\/on-demand\.js$/, replacement: resolve(import.meta.dirname, '../src/controllers/on-demand-bundled.ts') },
];

/**
 * Vite wraps every dynamic import in a preload helper (about 0.9 KB gzip) even with
 * `modulePreload: false` (vitejs/vite#13952, #18551); our chunks have nothing to preload (no CSS
 * files, and their imports are fetched by the browser), so the helper only calls the import.
 */
export function noPreloadHelper() {
  return {
    name: 'smr-no-preload-helper',
    enforce: 'pre',
    load(id) {
      if (id === '\0vite/preload-helper.js') return 'export const __vitePreload = (load) => load();';
    },
  };
}

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

/** The elements the autoloader knows, by tag, and the module that defines each. */
export const ELEMENT_ENTRIES = {
  'smr-timer': 'src/components/timer/timer.ts',
  'smr-routine': 'src/components/routine/routine.ts',
  'smr-step': 'src/components/routine/step.ts',
  'smr-exercise': 'src/components/exercise/exercise.ts',
  'smr-body-map': 'src/components/body-map/body-map.ts',
  'smr-illustration': 'src/components/illustration/illustration.ts',
  'smr-finder': 'src/components/finder/finder.ts',
  'smr-routine-builder': 'src/components/routine-builder/routine-builder.ts',
  'smr-history': 'src/components/history/history.ts',
};

/**
 * The autoloader build (`dist/cdn/smr-autoloader.js`): the autoloader and one entry per element
 * (`elements/<tag>.js`), code-split so that Lit, the shared code, the catalog and the translations
 * are chunks of their own (`chunks/`), each downloaded once by whichever element needs it first.
 * Entries export nothing (an element defines itself on import), so shared code never hides behind
 * a re-exporting facade.
 */
export function autoloaderBuildOptions(root) {
  return {
    target: BROWSER_TARGETS,
    minify: true,
    emptyOutDir: false,
    // The element chunks are imported by URL (no preload list to follow), and the languages'
    // dependencies are already loaded: no preload helper.
    modulePreload: false,
    rolldownOptions: {
      input: {
        'smr-autoloader': resolve(root, 'src/autoloader.ts'),
        ...Object.fromEntries(Object.entries(ELEMENT_ENTRIES).map(([tag, path]) => [`elements/${tag}`, resolve(root, path)])),
      },
      preserveEntrySignatures: false,
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // What every element needs (Lit, the base element, the design tokens) is one
        // chunk: fewer requests, and it compresses better than six small ones. The translation
        // registry stays apart: the autoloader needs it, and must not load Lit before an element
        // does (next to smr-elements.js, that would be a second copy of Lit for nothing).
        // The dynamic-import helper (a one-liner, see `noPreloadHelper`) rides with the registry.
        codeSplitting: {
          groups: [
            { name: 'core', test: SHARED_BY_EVERY_ELEMENT, includeDependenciesRecursively: false },
            { name: 'validation', test: VALIDATION, includeDependenciesRecursively: false },
            {
              name: 'translation-registry',
              test: /translation-registry\.ts$|vite[\\/]preload-helper/,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  };
}

const SHARED_BY_EVERY_ELEMENT =
  /node_modules[\\/](lit[\\/](index|decorators|directives[\\/]if-defined)|lit-html[\\/](lit-html|is-server|directives[\\/]if-defined)|lit-element[\\/]lit-element|@lit[\\/]reactive-element[\\/](reactive-element|css-tag|decorators[\\/]\w+))\.js$|oxc-project\+runtime.*[\\/]decorate\.js$|src[\\/](core[\\/](format-errors|problems|duration|limits|describe|types)|styles[\\/](tokens|buttons)|controllers[\\/]localize|components[\\/]shared[\\/]smr-element|translations[\\/]en[\\/]core|events[\\/]emit)\.ts$/;

/** Reading and checking routines, exercises and media: what every element but the timer needs. */
const VALIDATION = /src[\\/]core[\\/](validate|collector|media|closest-match|records|text)\.ts$/;
