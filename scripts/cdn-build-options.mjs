// Vite build options for a self-contained, fully minified ES module (Lit included). Dynamic
// imports (the UI languages) become files in `lang/` next to it, loaded only when a page needs one.
// Not library mode: Vite keeps whitespace in library-mode ES output, which doubles the size.
import { readFileSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import { transform } from 'esbuild';

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

/**
 * The autoloader build's catalog on demand: `src/content/exercises.ts` is swapped for
 * `exercises-on-demand.ts`, and each exercise becomes a file of its own
 * (`chunks/exercise-<id>-<hash>.js`, with its picture and the picture's words: `illustrations.ts`
 * and `illustration-text.ts` are swapped for `picture-data-on-demand.ts`), made from those sources,
 * so a routine page downloads only what it plays. The whole catalog is one more file, which the
 * finder and the builder import before they first render (they list every exercise); the
 * content-translation checks get only each exercise's muscle count.
 */
export function exercisesOnDemand(root) {
  const source = resolve(root, 'src/content/exercises.ts');
  const onDemand = resolve(root, 'src/content/exercises-on-demand.ts');
  // The pictures and their words travel in each exercise's file.
  const pictureSources = ['illustrations.ts', 'illustration-text.ts'].map((file) => resolve(root, 'src/content', file));
  const picturesOnDemand = resolve(root, 'src/content/picture-data-on-demand.ts');
  const INDEX = '\0smr-exercises';
  const ONE = '\0smr-exercise-';
  const ALL = '\0smr-exercises-all';
  const WHOLE = '\0smr-exercises-whole';
  const SHAPE = '\0smr-exercises-shape';
  const contentChecks = resolve(root, 'src/controllers/content-translations.ts');
  // The elements that list the whole catalog get it before they first render (a static import).
  const listsWholeCatalog = new Set(['smr-finder', 'smr-routine-builder'].map((tag) => resolve(root, ELEMENT_ENTRIES[tag])));
  // Where the index's file map goes, written once chunks are named (see `generateBundle`).
  const FILES_MARK = '__smr_exercise_files__';
  const filesMark = new RegExp(`(["'\`])${FILES_MARK}\\1`);
  /** @type {{ id: string, muscles: unknown[] }[]} */
  let catalog = [];
  /** @type {Record<string, unknown>} */
  let illustrations = {};
  /** @type {Record<string, string>} */
  let pictureText = {};
  // Each is data (its imports are types): strip the types and read it as it is.
  const read = async (path) => {
    const { code } = await transform(readFileSync(path, 'utf8'), { loader: 'ts', format: 'esm' });
    return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  };
  const fileOf = (exercise) => ({ exercise, illustration: illustrations[exercise.id], picture: pictureText[exercise.id] });
  return {
    name: 'smr-exercises-on-demand',
    enforce: 'pre',
    async buildStart() {
      ({ exercises: catalog } = await read(source));
      ({ illustrations } = await read(pictureSources[0]));
      ({ pictureText } = await read(pictureSources[1]));
      for (const path of [source, ...pictureSources]) this.addWatchFile(path);
    },
    async resolveId(id, importer, options) {
      if (id === 'virtual:smr-exercises') return INDEX;
      if (id === 'virtual:smr-exercises/all') return ALL;
      if (id === 'virtual:smr-exercises/whole') return WHOLE;
      if (id.startsWith('virtual:smr-exercise/')) return ONE + id.slice('virtual:smr-exercise/'.length);
      if (!/(exercises|illustrations|illustration-text)\.js$/.test(id) || importer === onDemand) return null;
      const resolved = (await this.resolve(id, importer, { ...options, skipSelf: true }))?.id;
      // Checking a content translation needs each exercise's muscle count, not the exercises.
      if (resolved === source && importer === contentChecks) return SHAPE;
      if (resolved === source) return onDemand;
      return resolved && pictureSources.includes(resolved) ? picturesOnDemand : null;
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((chunk) => chunk.type === 'chunk');
      // The sources themselves must never ship: a second, whole catalog beside the files.
      const shipped = chunks.find((chunk) => chunk.moduleIds.some((id) => id === source || pictureSources.includes(id)));
      if (shipped) this.error(`${shipped.fileName} bundles the catalog's sources; import them as "…/exercises.js" etc.`);
      // Each exercise's file name (the whole catalog's under ''), relative to the chunk that imports them.
      const files = {};
      for (const chunk of chunks) {
        if (chunk.moduleIds.includes(ALL)) files[''] = chunk.fileName;
        const one = chunk.moduleIds.find((id) => id.startsWith(ONE));
        if (one) files[one.slice(ONE.length)] = chunk.fileName;
      }
      const indexes = chunks.filter((chunk) => filesMark.test(chunk.code));
      if (catalog.length > 0 && indexes.length !== 1) this.error(`the catalog's file map is in ${indexes.length} chunks, not one`);
      for (const chunk of indexes) {
        const folder = posix.dirname(chunk.fileName);
        const relative = Object.fromEntries(Object.entries(files).map(([key, file]) => [key, `./${posix.relative(folder, file)}`]));
        chunk.code = chunk.code.replace(filesMark, JSON.stringify(relative));
      }
    },
    transform(code, id) {
      return listsWholeCatalog.has(id) ? { code: `import 'virtual:smr-exercises/whole';\n${code}`, map: null } : null;
    },
    load(id) {
      if (id === INDEX) {
        const cases = catalog.map(
          ({ id }) => `case ${JSON.stringify(id)}: return import(${JSON.stringify(`virtual:smr-exercise/${id}`)});`,
        );
        // A retry imports the same file at another URL (`?retry=N`): the browser keeps a failed
        // import of a URL. Which file is known once chunks are named: see `generateBundle`.
        return [
          `export const EXERCISE_IDS = ${JSON.stringify(catalog.map(({ id }) => id))};`,
          `const files = ${JSON.stringify(FILES_MARK)};`,
          `const retry = (key, attempt) => import(new URL(files[key] + '?retry=' + attempt, import.meta.url).href);`,
          `export function importExercise(id, attempt) { if (attempt > 0) return retry(id, attempt); switch (id) { ${cases.join(' ')} } return Promise.reject(new Error('no exercise ' + id)); }`,
          `export const importAllExercises = (attempt) => attempt > 0 ? retry('', attempt) : import('virtual:smr-exercises/all');`,
        ].join('\n');
      }
      if (id === SHAPE)
        return `export const exerciseMuscleCounts = new Map(${JSON.stringify(catalog.map(({ id, muscles }) => [id, muscles.length]))});`;
      if (id === ALL) return `export default ${JSON.stringify(catalog.map(fileOf))};`;
      if (id === WHOLE)
        return `import all from 'virtual:smr-exercises/all';\nimport { addExercises } from ${JSON.stringify(onDemand)};\naddExercises(all);`;
      if (id.startsWith(ONE))
        return `export default ${JSON.stringify(fileOf(catalog.find((exercise) => exercise.id === id.slice(ONE.length))))};`;
      return null;
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
        // The catalog's files (see `exercisesOnDemand`) are virtual modules: no leading `_` in their names.
        chunkFileNames: ({ name }) => `chunks/${name.replace(/^_smr-/, '')}-[hash].js`,
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
