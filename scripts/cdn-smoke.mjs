// Loads dist/cdn/smr-elements.js on a plain page in Chromium, Firefox and WebKit (SMR_ENGINES picks
// some; an engine not installed is skipped in one line, a failure with CI=true) and checks that
// every element upgrades and renders its text (catches bundles that lost side-effect imports, such
// as the string tables) with no page errors, that a German page loads its UI strings from
// `dist/cdn/lang/`, that the README's import-map example works, and that the same elements
// through `dist/cdn/smr-autoloader.js` render, an element appended later included. Run after `npm run build`;
// exits 1 on failure, leaving no process running.
import { inEachEngine, openPage } from './engines.mjs';
import { beginRun, checkNothingLeft } from './processes.mjs';
import { serveProject } from './serve-project.mjs';

const PAGE = `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body>
<smr-timer duration="30"></smr-timer>
<smr-routine preset="lower-leg" no-persist></smr-routine>
<smr-finder></smr-finder>
<smr-exercise exercise="neck"></smr-exercise>
<smr-body-map selectable show-avoid></smr-body-map>
<smr-routine-builder></smr-routine-builder>
<smr-history></smr-history>
<script type="module" src="/dist/cdn/smr-elements.js"></script></body></html>`;
const EXPECTED = {
  'smr-timer': 'Start',
  'smr-routine': 'Lower leg',
  'smr-finder': 'Where do you feel tight?',
  'smr-exercise': 'Back of the neck',
  'smr-body-map': 'Front',
  'smr-routine-builder': 'Build a routine',
  'smr-history': 'Your sessions',
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

// The same elements through the autoloader: each loads its own file from dist/cdn/elements/.
const AUTOLOADER_PAGE = PAGE.replace('/dist/cdn/smr-elements.js', '/dist/cdn/smr-autoloader.js');

const owner = beginRun();
const pages = { '/': PAGE, '/de.html': GERMAN_PAGE, '/import-map.html': IMPORT_MAP_PAGE, '/autoloader.html': AUTOLOADER_PAGE };
const server = await serveProject(pages, process.cwd(), {
  collectErrors: true,
});
const origin = `http://127.0.0.1:${server.address().port}`;

async function check(engine) {
  let failed = 0;
  const report = (ok, what) => {
    if (!ok) failed += 1;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  };
  const page = await openPage(engine);
  try {
    server.failedRequests.length = 0;
    await page.goto(`${origin}/`);
    const texts = await page
      .waitForFunction(
        (tags) => {
          const texts = Object.fromEntries(tags.map((tag) => [tag, document.querySelector(tag)?.shadowRoot?.textContent ?? '']));
          return Object.values(texts).every(Boolean) && texts;
        },
        5000,
        Object.keys(EXPECTED),
      )
      .catch(() =>
        page.evaluate(
          (tags) => Object.fromEntries(tags.map((tag) => [tag, document.querySelector(tag)?.shadowRoot?.textContent ?? ''])),
          Object.keys(EXPECTED),
        ),
      );
    for (const [tag, expected] of Object.entries(EXPECTED)) report(texts[tag].includes(expected), `${tag} renders "${expected}"`);
    const errors = await page.errors();
    await page.goto(`${origin}/de.html`);
    const german = await page
      .waitForFunction(() => document.querySelector('smr-timer')?.shadowRoot?.textContent?.includes('Starten'), 5000)
      .then(() => true)
      .catch(() => false);
    report(german, 'a lang="de-AT" page loads German strings ("Starten") from dist/cdn/lang/');
    errors.push(...(await page.errors()));
    await page.goto(`${origin}/import-map.html`);
    const mapped = await page
      .waitForFunction(
        () => window.invalid > 0 && document.querySelector('smr-routine')?.shadowRoot?.textContent?.includes('Lower leg'),
        5000,
      )
      .then(() => true)
      .catch(() => false);
    report(mapped, 'an import map names the bundle and a module imports the API from it');
    errors.push(...(await page.errors()));
    await page.goto(`${origin}/autoloader.html`);
    const autoloaded = await page
      .waitForFunction(
        (expected) => {
          if (!document.querySelector('#later')) {
            const later = document.createElement('smr-exercise');
            later.id = 'later';
            later.setAttribute('exercise', 'calves');
            document.body.append(later);
          }
          const ok = (element, text) => element?.shadowRoot?.textContent?.includes(text);
          return (
            Object.entries(expected).every(([tag, text]) => ok(document.querySelector(tag), text)) &&
            ok(document.querySelector('#later'), 'Calves')
          );
        },
        10000,
        EXPECTED,
      )
      .then(() => true)
      .catch(() => false);
    report(autoloaded, 'smr-autoloader.js defines every element of the page, and one appended after load');
    errors.push(...(await page.errors()), ...server.failedRequests);
    report(errors.length === 0, `no page errors or failed requests${errors.length > 0 ? `: ${errors.join(' | ')}` : ''}`);
  } finally {
    await page.close();
  }
  return failed;
}

let failures = 0;
try {
  failures = await inEachEngine('CDN bundle', check);
} finally {
  server.close();
}
if (owner && (await checkNothingLeft()) > 0) failures += 1;
process.exit(failures > 0 ? 1 : 0);
