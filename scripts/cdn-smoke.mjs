// Loads dist/cdn/smr-elements.js in headless Chromium on a plain page and checks that every
// element upgrades and renders its text (catches bundles that lost side-effect imports, such as
// the string tables) with no page errors, and that a German page loads its UI strings from
// `dist/cdn/lang/`. Run after `npm run build`; exits 1 on failure.
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { serveProject } from './serve-project.mjs';

const PAGE = `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body>
<smr-timer duration="30"></smr-timer>
<smr-routine preset="lower-leg" no-persist></smr-routine>
<smr-finder></smr-finder>
<smr-exercise exercise="neck"></smr-exercise>
<smr-body-map selectable show-avoid></smr-body-map>
<smr-routine-builder></smr-routine-builder>
<script type="module" src="/dist/cdn/smr-elements.js"></script></body></html>`;
const EXPECTED = {
  'smr-timer': 'Start',
  'smr-routine': 'Lower leg',
  'smr-finder': 'Where do you feel tight?',
  'smr-exercise': 'Back of the neck',
  'smr-body-map': 'Front',
  'smr-routine-builder': 'Build a routine',
};

const GERMAN_PAGE = `<!doctype html><html lang="de-AT"><head><link rel="icon" href="data:,"></head><body>
<smr-timer duration="30"></smr-timer>
<script type="module" src="/dist/cdn/smr-elements.js"></script></body></html>`;

// The README's no-build example: an import map names the bundle, a module imports from it.
const IMPORT_MAP_PAGE = `<!doctype html><html lang="en"><head><link rel="icon" href="data:,">
<script type="importmap">{ "imports": { "smr-elements": "/dist/cdn/smr-elements.js" } }</script>
<script type="module">
  import { getPreset, validateRoutine } from 'smr-elements';
  const routine = document.querySelector('smr-routine');
  routine.routine = getPreset('lower-leg');
  window.invalid = validateRoutine({ id: 'x', title: 'X', steps: [] }).errors.length;
</script></head><body><smr-routine no-persist></smr-routine></body></html>`;

const server = await serveProject({ '/': PAGE, '/de.html': GERMAN_PAGE, '/import-map.html': IMPORT_MAP_PAGE });
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
let failed = false;
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'networkidle0' });
  const texts = await page.evaluate(
    (tags) => Object.fromEntries(tags.map((tag) => [tag, document.querySelector(tag)?.shadowRoot?.textContent ?? ''])),
    Object.keys(EXPECTED),
  );
  for (const [tag, expected] of Object.entries(EXPECTED)) {
    const ok = texts[tag].includes(expected);
    if (!ok) failed = true;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${tag} renders "${expected}"`);
  }
  await page.goto(`http://127.0.0.1:${server.address().port}/de.html`, { waitUntil: 'networkidle0' });
  const german = await page
    .waitForFunction(() => document.querySelector('smr-timer')?.shadowRoot?.textContent?.includes('Starten'), { timeout: 5000 })
    .then(() => true)
    .catch(() => false);
  if (!german) failed = true;
  console.log(`${german ? 'ok  ' : 'FAIL'} a lang="de-AT" page loads German strings ("Starten") from dist/cdn/lang/`);
  await page.goto(`http://127.0.0.1:${server.address().port}/import-map.html`, { waitUntil: 'networkidle0' });
  const mapped = await page
    .waitForFunction(() => window.invalid > 0 && document.querySelector('smr-routine')?.shadowRoot?.textContent?.includes('Lower leg'), {
      timeout: 5000,
    })
    .then(() => true)
    .catch(() => false);
  if (!mapped) failed = true;
  console.log(`${mapped ? 'ok  ' : 'FAIL'} an import map names the bundle and a module imports the API from it`);
  if (errors.length > 0) {
    failed = true;
    console.log('FAIL page errors:', errors);
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
