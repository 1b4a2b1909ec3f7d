// `npm run build:wordpress` (after `npm run build`): fills the WordPress plugin in
// integrations/wordpress/smr-elements/ with what it is generated from (the library's CDN bundle
// in assets/, and includes/catalog.json: presets, exercise ids, tools, limits and each element's
// attributes from custom-elements.json), then zips it to dist/wordpress/smr-elements.zip, the
// file WordPress's "Upload Plugin" takes.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';

const root = fileURLToPath(new URL('..', import.meta.url));
export const pluginDir = join(root, 'integrations/wordpress/smr-elements');
export const zipPath = join(root, 'dist/wordpress/smr-elements.zip');

/** The catalog the plugin validates shortcodes against, from the built library and manifest. */
export async function pluginCatalog() {
  const library = await import(pathToFileURL(join(root, 'dist/index.js')).href);
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const elements = {};
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName) elements[declaration.tagName] = (declaration.attributes ?? []).map((attribute) => attribute.name).sort();
    }
  }
  return {
    presets: Object.fromEntries(library.presets.map((preset) => [preset.id, preset.title])),
    exercises: Object.fromEntries(library.exercises.map((exercise) => [exercise.id, exercise.name])),
    tools: [...library.TOOLS],
    limits: library.LIMITS,
    elements: Object.fromEntries(Object.entries(elements).sort(([a], [b]) => a.localeCompare(b))),
  };
}

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export async function buildWordPressPlugin() {
  const bundle = join(root, 'dist/cdn/smr-elements.js');
  if (!existsSync(bundle) || !existsSync(join(root, 'custom-elements.json'))) {
    throw new Error('dist/cdn/smr-elements.js or custom-elements.json is missing: run `npm run build` first.');
  }
  const assets = join(pluginDir, 'assets');
  rmSync(assets, { recursive: true, force: true });
  cpSync(join(root, 'dist/cdn'), assets, { recursive: true, filter: (source) => !source.endsWith('.map') });
  writeFileSync(join(pluginDir, 'includes/catalog.json'), `${JSON.stringify(await pluginCatalog(), null, 2)}\n`);

  const entries = {};
  // A fixed date keeps the zip the same from one build to the next.
  const mtime = new Date('2026-01-01T00:00:00Z');
  for (const file of filesUnder(pluginDir).sort()) {
    const name = relative(pluginDir, file).split('\\').join('/');
    if (name === '.gitignore') continue;
    entries[`smr-elements/${name}`] = [readFileSync(file), { mtime }];
  }
  mkdirSync(join(root, 'dist/wordpress'), { recursive: true });
  writeFileSync(zipPath, zipSync(entries, { level: 9 }));
  return { zipPath, files: Object.keys(entries).length };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { files } = await buildWordPressPlugin();
  console.log(`${relative(root, zipPath)}: ${files} files, ${(statSync(zipPath).size / 1024).toFixed(1)} KB`);
}
