// The public contract of every element (attributes, public properties and methods, events,
// slots, CSS parts, CSS custom properties) is exactly the reviewed one in test/public-surface.json.
// A change to it is deliberate: update the file with `node scripts/public-surface.mjs --write`,
// together with the README, the stories and the changelog.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { publicSurface, SNAPSHOT } from '../../scripts/public-surface.mjs';

test('every element keeps the reviewed public surface', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
  const reviewed = JSON.parse(readFileSync(SNAPSHOT, 'utf8'));
  assert.deepEqual(publicSurface(manifest), reviewed);
});

test('the surface reader sees what the manifest declares (it cannot pass on an empty manifest)', () => {
  const surface = publicSurface(JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8')));
  assert.ok(Object.keys(surface).length >= 7, 'every element is read');
  assert.ok(surface['smr-timer'].events.includes('smr-complete'));
  assert.ok(surface['smr-routine'].attributes.includes('lead-in → leadIn'));
  assert.deepEqual(publicSurface({ modules: [] }), {});
});
