// Server rendering with @lit-labs/ssr: <smr-timer>, <smr-exercise> and <smr-routine preset> render
// to declarative shadow DOM in Node, where there is no document, window or navigator (so neither
// import nor render touches them). In Chromium the markup shows before any script runs, then
// hydrates without errors and without moving, and the elements work.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { bundleAlone } from '../../scripts/bundle-alone.mjs';
import { launchChromium, listen } from './support.mjs';

let server;
let browser;
let origin;
let markup;

before(async () => {
  // The npm build's modules, as a Node server would import them, built apart from dist/ so other
  // tests using dist/ are never disturbed.
  const { execFileSync } = await import('node:child_process');
  const outDir = 'node_modules/.cache/smr-ssr-test';
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'], { stdio: 'inherit' });
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.window, 'undefined');
  await import(new URL(`../../${outDir}/define.js`, import.meta.url).href);
  markup = collectResultSync(
    render(html`
      <smr-timer duration="90" sides="both" label="Calves"></smr-timer>
      <smr-exercise exercise="calves"></smr-exercise>
      <smr-routine preset="lower-leg" no-persist></smr-routine>
    `),
  );
  const bundle = await bundleAlone('test/node/hydrate-entry.ts');
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
    <style>body { margin: 0; width: 800px; font-family: sans-serif; }</style></head>
    <body>${markup}<script type="module" src="/hydrate.js"></script></body></html>`;
  server = createServer((request, response) => {
    if (request.url === '/hydrate.js') return response.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    response.writeHead(200, { 'content-type': 'text/html' }).end(page);
  });
  origin = await listen(server);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Position and size of each element and of the main control inside it. */
function layout(page) {
  return page.evaluate(() =>
    ['smr-timer', 'smr-exercise', 'smr-routine'].map((tag) => {
      const element = document.querySelector(tag);
      const box = element.getBoundingClientRect();
      const heading = element.shadowRoot?.querySelector('[part~="time"], [part~="name"], [part~="heading"]')?.getBoundingClientRect();
      return { tag, top: Math.round(box.top), height: Math.round(box.height), inner: heading ? Math.round(heading.top) : null };
    }),
  );
}

describe('server rendering (@lit-labs/ssr)', () => {
  test('renders each element to declarative shadow DOM with its content', () => {
    for (const tag of ['smr-timer', 'smr-exercise', 'smr-routine']) {
      assert.match(markup, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`));
    }
    assert.match(markup, /1:30/);
    assert.match(markup, /Calves/);
    assert.match(markup, /Lower leg and foot/);
    assert.match(markup, /complement, but not replace, care/);
  });

  test('the markup shows before any script, and hydrates in place without errors', async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    const before = await layout(page);
    assert.ok(
      before.every((entry) => entry.height > 50 && entry.inner !== null),
      `rendered without script: ${JSON.stringify(before)}`,
    );
    await page.close();

    const live = await browser.newPage();
    const errors = [];
    live.on('pageerror', (error) => errors.push(error.message));
    live.on('console', (message) => ['error', 'warn'].includes(message.type()) && errors.push(message.text()));
    await live.goto(`${origin}/`, { waitUntil: 'networkidle0' });
    await live.evaluate(() =>
      Promise.all([...document.querySelectorAll('smr-timer, smr-exercise, smr-routine')].map((element) => element.updateComplete)),
    );
    const afterHydration = await layout(live);
    assert.deepEqual(afterHydration, before, 'no layout jump');
    assert.deepEqual(errors, []);

    // Hydrated, not just painted: the timer runs and the routine starts.
    const state = await live.evaluate(async () => {
      const timer = document.querySelector('smr-timer');
      timer.shadowRoot.querySelector('[part~="button-primary"]').click();
      const routine = document.querySelector('smr-routine');
      routine.start();
      await Promise.all([timer.updateComplete, routine.updateComplete]);
      return { timer: timer.state, routine: routine.state, shadowRoots: timer.shadowRoot.querySelectorAll('[part~="time"]').length };
    });
    assert.deepEqual(state, { timer: 'running', routine: 'running', shadowRoots: 1 });
    await live.close();
  });
});
