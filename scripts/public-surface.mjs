// The public surface of every element, read from custom-elements.json: attributes, public
// properties and methods, events, slots, CSS parts and CSS custom properties per tag. Sites and
// plugins are written against it, so `test/node/public-surface.test.mjs` compares it with the
// reviewed copy in test/public-surface.json.
//   node scripts/public-surface.mjs            prints it
//   node scripts/public-surface.mjs --write    updates test/public-surface.json (after a reviewed change)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SNAPSHOT = fileURLToPath(new URL('../test/public-surface.json', import.meta.url));

const names = (items = []) => items.map((item) => item.name).sort();

/** The surface of each element in a manifest, by tag, in a stable order. */
export function publicSurface(manifest) {
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => typeof declaration.tagName === 'string')
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  return Object.fromEntries(
    elements.map((element) => [
      element.tagName,
      {
        attributes: (element.attributes ?? []).map((a) => `${a.name}${a.fieldName ? ` → ${a.fieldName}` : ''}`).sort(),
        members: (element.members ?? [])
          .filter((member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static)
          .map((member) => `${member.kind} ${member.name}${member.readonly ? ' (readonly)' : ''}`)
          .sort(),
        events: names(element.events),
        slots: names(element.slots),
        cssParts: names(element.cssParts),
        cssProperties: names(element.cssProperties),
      },
    ]),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifestPath = process.argv.find((arg) => arg.endsWith('.json')) ?? 'custom-elements.json';
  const surface = `${JSON.stringify(publicSurface(JSON.parse(readFileSync(manifestPath, 'utf8'))), null, 2)}\n`;
  if (process.argv.includes('--write')) writeFileSync(SNAPSHOT, surface);
  else process.stdout.write(surface);
}
