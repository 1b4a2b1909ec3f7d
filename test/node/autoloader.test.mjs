// `dist/cdn/smr-autoloader.js` in Chromium: the CDN folder is built into a temporary directory
// (as `npm run build` does), served over HTTP, and pages that include the autoloader must define
// and run the elements they use, load only what those need (a timer never loads the catalog),
// define elements added after load, survive the autoloader included twice or next to
// `smr-elements.js`, load Spanish words on a Spanish page, and do all of it under the strict CSP.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { buildCdnInto } from '../../scripts/bundle-alone.mjs';
import { launchChromium, listen, STRICT_CSP } from './support.mjs';

const page = (body, { lang = 'en', scripts = ['/cdn/smr-autoloader.js'] } = {}) => `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <title>Autoloader</title>
    <link rel="icon" href="data:," />
    <script src="/watch.js"></script>
    ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n    ')}
  </head>
  <body>
    ${body}
  </body>
</html>`;

const ALL = `<smr-timer duration="30"></smr-timer>
    <smr-routine preset="lower-leg" no-persist></smr-routine>
    <smr-finder></smr-finder>
    <smr-exercise exercise="neck"></smr-exercise>
    <smr-body-map selectable show-avoid></smr-body-map>
    <smr-illustration exercise="calves"></smr-illustration>
    <smr-routine-builder></smr-routine-builder>
    <smr-history></smr-history>`;
/** What each element shows once it runs. */
const EXPECTED = {
  'smr-timer': 'Start',
  'smr-routine': 'Lower leg',
  'smr-finder': 'Where do you feel tight?',
  'smr-exercise': 'Back of the neck',
  'smr-body-map': 'Front',
  'smr-routine-builder': 'Build a routine',
  'smr-history': 'Your sessions',
};

const PAGES = {
  '/timer.html': page('<p>A post about calves.</p><smr-timer duration="1" sides="both" label="Calves"></smr-timer>'),
  '/all.html': page(ALL),
  '/twice.html': page(ALL, { scripts: ['/cdn/smr-autoloader.js', '/cdn/smr-autoloader.js', '/copy/smr-autoloader.js'] }),
  '/mixed.html': page(ALL, { scripts: ['/cdn/smr-autoloader.js', '/cdn/smr-elements.js'] }),
  '/mixed-reverse.html': page(ALL, { scripts: ['/cdn/smr-elements.js', '/cdn/smr-autoloader.js'] }),
  '/es-timer.html': page('<smr-timer duration="30"></smr-timer>', { lang: 'es' }),
  '/es.html': page('<smr-timer duration="30"></smr-timer><smr-routine preset="lower-leg" no-persist></smr-routine>', { lang: 'es' }),
  '/empty.html': page('<p>Nothing yet.</p><div id="later"></div>'),
  '/routine.html': page('<smr-routine preset="lower-leg" no-persist></smr-routine>'),
  '/exercise.html': page('<smr-exercise exercise="neck"></smr-exercise><smr-illustration exercise="neck"></smr-illustration>'),
  '/routine-finder.html': page('<smr-routine preset="lower-leg" no-persist></smr-routine><smr-finder></smr-finder>'),
};
/** The preset's exercises, in its order. */
const LOWER_LEG = ['plantar-fascia', 'calves', 'tibialis-anterior', 'peroneals'];
/** The exercise files a page requested (`chunks/exercise-<id>-<hash>.js`), by id. */
const exerciseFiles = (scripts) => scripts.flatMap((path) => /\/chunks\/exercise-(.+)-[\w-]{8}\.js$/.exec(path)?.slice(1) ?? []).sort();
const wholeCatalog = (scripts) => scripts.filter((path) => /\/chunks\/exercises-all-/.test(path));

// Runs before the scripts: records every policy violation and error the page reports.
const WATCH = `window.violations = [];
window.errors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + (event.sample || ''));
});
addEventListener('error', (event) => window.errors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => window.errors.push(String(event.reason)));`;

let outDir;
let server;
let browser;
let origin;
let csp = false;
/** While set, the server answers 503 for this exercise's file (a failed fetch). */
let failingExercise;
/**
 * Pages with two copies of Lit (the autoloader from two folders, or next to smr-elements.js): each
 * copy creates its own "lit-html" Trusted Types policy, so a site with Trusted Types enforced allows
 * duplicates (documented in the README). With one copy, the strict policy holds as it is.
 */
const TWO_COPIES = new Set(['/twice.html', '/mixed.html']);
const ALLOW_DUPLICATES = STRICT_CSP.replace('trusted-types lit-html', "trusted-types lit-html 'allow-duplicates'");

before(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'smr-autoloader-'));
  await buildCdnInto(outDir);
  server = createServer((request, response) => {
    const path = normalize(new URL(request.url, 'http://x').pathname);
    const headers = csp ? { 'content-security-policy': TWO_COPIES.has(path) ? ALLOW_DUPLICATES : STRICT_CSP } : {};
    if (path in PAGES) return response.writeHead(200, { ...headers, 'content-type': 'text/html' }).end(PAGES[path]);
    if (failingExercise && path.includes(`/chunks/exercise-${failingExercise}-`)) return response.writeHead(503).end();
    if (path === '/watch.js') return response.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(WATCH);
    // /copy/ is a second copy of the same folder: another URL, so another instance of every module.
    const file = /^\/(cdn|copy)\//.test(path) ? join(outDir, path.replace(/^\/(cdn|copy)\//, '')) : undefined;
    try {
      const body = readFileSync(file);
      response
        .writeHead(200, { ...headers, 'content-type': extname(path) === '.js' ? 'text/javascript' : 'application/octet-stream' })
        .end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  origin = await listen(server);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** Opens `path`, recording console errors and every script requested. */
async function open(path) {
  const tab = await browser.newPage();
  const errors = [];
  const scripts = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  tab.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
  await tab.goto(`${origin}${path}`, { waitUntil: 'networkidle0' });
  return { tab, errors, scripts };
}

/** Waits until every element of EXPECTED on the page shows its text; returns what each shows. */
async function rendered(tab, tags = Object.keys(EXPECTED)) {
  const read = (tags) => Object.fromEntries(tags.map((tag) => [tag, document.querySelector(tag)?.shadowRoot?.textContent ?? '']));
  await tab
    .waitForFunction(
      (tags, expected) => tags.every((tag) => document.querySelector(tag)?.shadowRoot?.textContent?.includes(expected[tag])),
      { timeout: 10_000 },
      tags,
      EXPECTED,
    )
    .catch(() => undefined);
  return tab.evaluate(read, tags);
}

function assertRendered(texts) {
  for (const [tag, text] of Object.entries(texts))
    assert.ok(text.includes(EXPECTED[tag]), `${tag} shows "${EXPECTED[tag]}": ${text.slice(0, 80)}`);
}

async function assertClean(tab, errors) {
  assert.deepEqual(await tab.evaluate(() => window.violations), []);
  assert.deepEqual(await tab.evaluate(() => window.errors), []);
  assert.deepEqual(errors, []);
}

for (const policy of [false, true]) {
  describe(`smr-autoloader.js${policy ? ' under the strict Content-Security-Policy' : ''}`, () => {
    before(() => (csp = policy));

    test('a page with one timer defines it, runs a two-sided session, and never loads the catalog or another element', async () => {
      const { tab, errors, scripts } = await open('/timer.html');
      assertRendered(await rendered(tab, ['smr-timer']));
      const completed = await tab.evaluate(
        () =>
          new Promise((resolve) => {
            const timer = document.querySelector('smr-timer');
            timer.addEventListener('smr-complete', (event) => resolve(event.detail.duration));
            timer.start();
          }),
      );
      // Both sides and the switch pause between them.
      assert.ok(completed > 2, `timed ${completed} s`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.ok(scripts.includes('/cdn/elements/smr-timer.js'), scripts.join(' '));
      const others = scripts.filter((path) => /\/elements\//.test(path) && !path.endsWith('/smr-timer.js'));
      assert.deepEqual(others, [], 'no other element is loaded');
      const content = scripts.filter((path) => /\/chunks\/(exercises?|concerns|safety|content-translations|es|de)-/.test(path));
      assert.deepEqual(content, [], 'no catalog, content or translation chunk is requested');
      assert.deepEqual(await tab.evaluate(() => customElements.get('smr-routine')), undefined);
      await assertClean(tab, errors);
      await tab.close();
    });

    test('a routine page fetches the exercises it plays (with their pictures), not the catalog, and runs them', async () => {
      const { tab, errors, scripts } = await open('/routine.html');
      assertRendered(await rendered(tab, ['smr-routine']));
      assert.deepEqual(exerciseFiles(scripts), [...LOWER_LEG].sort());
      assert.deepEqual(wholeCatalog(scripts), []);
      // It shares nothing (no print-qr, no routine in the address): no share-link code.
      assert.deepEqual(
        scripts.filter((path) => /\/chunks\/share-code-/.test(path)),
        [],
      );
      const steps = await tab.evaluate(() => document.querySelector('smr-routine').resolvedRoutine.steps.map((step) => step.exercise));
      assert.deepEqual(steps, LOWER_LEG);
      await tab.evaluate(() => {
        localStorage.clear();
        document.querySelector('smr-routine').start();
      });
      await tab.waitForFunction(() => document.querySelector('smr-routine').state === 'running', { timeout: 5000 });
      assert.match(await tab.evaluate(() => document.querySelector('smr-routine').shadowRoot.textContent), /Sole of the foot/);
      await assertClean(tab, errors);
      await tab.close();
    });

    test('an exercise and its picture fetch that exercise alone', async () => {
      const { tab, errors, scripts } = await open('/exercise.html');
      assertRendered(await rendered(tab, ['smr-exercise']));
      await tab.waitForFunction(() => document.querySelector('smr-illustration').shadowRoot.querySelector('svg'), { timeout: 10_000 });
      assert.deepEqual(exerciseFiles(scripts), ['neck']);
      assert.deepEqual(wholeCatalog(scripts), []);
      await assertClean(tab, errors);
      await tab.close();
    });

    test('a page with the finder fetches the catalog once, as one file, for its routine too', async () => {
      const { tab, errors, scripts } = await open('/routine-finder.html');
      assertRendered(await rendered(tab, ['smr-routine', 'smr-finder']));
      assert.equal(wholeCatalog(scripts).length, 1, scripts.join(' '));
      assert.deepEqual(exerciseFiles(scripts), []);
      await assertClean(tab, errors);
      await tab.close();
    });

    test('an exercise that fails to arrive is a visible error with a retry, not a wrong routine', async () => {
      failingExercise = 'calves';
      const tab = await browser.newPage();
      try {
        await tab.goto(`${origin}/routine.html`, { waitUntil: 'networkidle0' });
        const failed = await tab.waitForFunction(
          () => {
            const root = document.querySelector('smr-routine')?.shadowRoot;
            return root?.querySelector('[role="alert"]') && root.textContent.includes('could not be loaded') && root.textContent;
          },
          { timeout: 10_000 },
        );
        const shown = await failed.jsonValue();
        assert.doesNotMatch(shown, /Unknown exercise|unknown exercise/);
        // In the page's words, not the browser's (no file address).
        assert.match(shown, /could not be fetched \(the connection may have dropped\); try again/);
        assert.doesNotMatch(shown, /\.js|dynamically imported/);
        assert.equal(await tab.evaluate(() => document.querySelector('smr-routine').resolvedRoutine), null);
        failingExercise = undefined;
        await tab.evaluate(() =>
          [...document.querySelector('smr-routine').shadowRoot.querySelectorAll('button')]
            .find((button) => button.textContent.includes('Try again'))
            .click(),
        );
        assertRendered(await rendered(tab, ['smr-routine']));
        assert.equal(await tab.evaluate(() => document.querySelector('smr-routine').resolvedRoutine.steps.length), LOWER_LEG.length);
      } finally {
        failingExercise = undefined;
        await tab.close();
      }
    });

    test('every element on one page is defined and renders', async () => {
      const { tab, errors } = await open('/all.html');
      assertRendered(await rendered(tab));
      await assertClean(tab, errors);
      await tab.close();
    });

    test('elements added after load are defined, directly and inside added markup', async () => {
      const { tab, errors, scripts } = await open('/empty.html');
      assert.deepEqual(
        scripts.filter((path) => path.includes('/elements/')),
        [],
      );
      await tab.evaluate(() => {
        const timer = document.createElement('smr-timer');
        timer.setAttribute('duration', '30');
        document.body.append(timer);
        const later = document.getElementById('later');
        const section = document.createElement('section');
        section.append(document.createElement('smr-history'));
        const routine = document.createElement('smr-routine');
        routine.setAttribute('preset', 'lower-leg');
        routine.setAttribute('no-persist', '');
        section.append(routine);
        later.append(section);
      });
      assertRendered(await rendered(tab, ['smr-timer', 'smr-history', 'smr-routine']));
      await assertClean(tab, errors);
      await tab.close();
    });

    test('the autoloader included twice (the same URL, and a second copy elsewhere) is harmless', async () => {
      const { tab, errors, scripts } = await open('/twice.html');
      assertRendered(await rendered(tab));
      assert.equal(scripts.filter((path) => path === '/cdn/smr-autoloader.js').length, 1, 'one request for one URL');
      await assertClean(tab, errors);
      await tab.close();
    });

    for (const path of ['/mixed.html', '/mixed-reverse.html']) {
      test(`the autoloader next to smr-elements.js is harmless (${path === '/mixed.html' ? 'autoloader first' : 'bundle first'})`, async () => {
        const { tab, errors } = await open(path);
        assertRendered(await rendered(tab));
        // A routine runs, whichever copy defined it and its timer ring.
        await tab.evaluate(() => {
          localStorage.clear();
          document.querySelector('smr-routine').start();
        });
        await tab.waitForFunction(() => document.querySelector('smr-routine').state !== 'idle', { timeout: 5000 });
        await assertClean(tab, errors);
        await tab.close();
      });
    }

    test('a Spanish page gets Spanish words and content', async () => {
      const { tab, errors, scripts } = await open('/es.html');
      await tab.waitForFunction(() => document.querySelector('smr-timer')?.shadowRoot?.textContent?.includes('Empezar'), {
        timeout: 10_000,
      });
      await tab.waitForFunction(() => document.querySelector('smr-routine')?.shadowRoot?.textContent?.includes('Pierna'), {
        timeout: 10_000,
      });
      assert.ok(
        scripts.some((path) => /\/chunks\/es-ui-/.test(path)) && scripts.some((path) => /\/chunks\/es-content-/.test(path)),
        scripts.join(' '),
      );
      assert.ok(!scripts.some((path) => /\/chunks\/de-/.test(path)));
      await assertClean(tab, errors);
      await tab.close();
    });

    test('a Spanish page with a timer alone gets Spanish UI words, and never the catalog or the Spanish content', async () => {
      const { tab, errors, scripts } = await open('/es-timer.html');
      await tab.waitForFunction(() => document.querySelector('smr-timer')?.shadowRoot?.textContent?.includes('Empezar'), {
        timeout: 10_000,
      });
      assert.ok(scripts.some((path) => /\/chunks\/es-ui-/.test(path)));
      const catalog = scripts.filter((path) => /\/chunks\/(exercises?|concerns|content-translations|es-content)-/.test(path));
      assert.deepEqual(catalog, [], 'the catalog, the content checks and the Spanish content stay unloaded');
      await assertClean(tab, errors);
      await tab.close();
    });

    test('space is reserved before an element is defined, through an adopted stylesheet (no inline style)', async () => {
      const { tab, errors } = await open('/empty.html');
      const reserved = await tab.evaluate(() => {
        const unknown = document.createElement('smr-timer');
        // A tag the autoloader will define: measured before its chunk can arrive.
        document.body.append(unknown);
        const height = unknown.matches(':defined') ? -1 : unknown.getBoundingClientRect().height;
        const adopted = document.adoptedStyleSheets.some((sheet) =>
          [...sheet.cssRules].some((rule) => rule.cssText.includes(':not(:defined)')),
        );
        return { height, adopted, inline: document.querySelectorAll('[style], style').length };
      });
      assert.ok(reserved.height > 300, `a timer not yet defined takes its height: ${reserved.height}`);
      assert.equal(reserved.adopted, true);
      assert.equal(reserved.inline, 0);
      await assertClean(tab, errors);
      await tab.close();
    });
  });
}
