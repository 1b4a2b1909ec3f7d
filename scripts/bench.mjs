// `npm run bench`: sizes, clock accuracy against a naive setInterval counter, and render cost,
// measured in one headless Chromium. Prints JSON. Run after `npm run build`.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import puppeteer from 'puppeteer-core';
import { bundleTimerAlone } from './bundle-timer.mjs';
import { cdnBuildOptions } from './cdn-build-options.mjs';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { minifyCssLiterals } from './minify-css-literals.mjs';

const gzip = (code) => gzipSync(code, { level: 9 }).length;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

async function bundle(entry) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [minifyCssLiterals()],
    build: { ...cdnBuildOptions(entry, 'bundle.js'), write: false },
  });
  return (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).find((c) => c.type === 'chunk').code;
}

async function sizes() {
  return {
    allElementsCdn: gzip(readFileSync('dist/cdn/smr-elements.js')),
    timerAloneWithLit: gzip(await bundleTimerAlone()),
    bodyMapAloneWithLit: gzip(await bundle('src/components/body-map/body-map.ts')),
    catalogData: gzip(await bundle('src/content/catalog.ts')),
    bodyMapData: gzip(await bundle('src/content/body-map.ts')),
  };
}

/** Serves the project folder on 127.0.0.1 so the page can import dist/ as modules. */
function serve() {
  const types = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json' };
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path === '/bench.html') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<!doctype html><html lang="en"><body><script type="module" src="/dist/cdn/smr-elements.js"></script></body></html>');
      return;
    }
    try {
      const body = readFileSync(join(process.cwd(), path));
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * A 10 s <smr-timer> and a naive tick counter start together; the page is frozen (Page
 * Lifecycle, as a phone or a background tab does) for 4 s in the middle. Returns how late each
 * one announced completion, in ms.
 */
async function clockAccuracy(page, session, { seconds = 10, freezeAt = 3, freezeFor = 4 } = {}) {
  await page.evaluate((seconds) => {
    window.__bench = {};
    const timer = document.createElement('smr-timer');
    timer.setAttribute('duration', String(seconds));
    timer.setAttribute('muted', '');
    document.body.append(timer);
    return new Promise((resolve) => {
      requestAnimationFrame(() => {
        const start = performance.now();
        window.__bench.start = start;
        timer.addEventListener('smr-complete', () => (window.__bench.smr = performance.now() - start - seconds * 1000));
        timer.start();
        let left = seconds;
        const interval = setInterval(() => {
          left -= 1;
          if (left === 0) {
            window.__bench.naive = performance.now() - start - seconds * 1000;
            clearInterval(interval);
          }
        }, 1000);
        resolve();
      });
    });
  }, seconds);
  await new Promise((r) => setTimeout(r, freezeAt * 1000));
  await session.send('Page.setWebLifecycleState', { state: 'frozen' });
  await new Promise((r) => setTimeout(r, freezeFor * 1000));
  await session.send('Page.setWebLifecycleState', { state: 'active' });
  await page.waitForFunction(() => window.__bench.smr !== undefined && window.__bench.naive !== undefined, {
    timeout: (seconds + freezeFor + 5) * 1000,
    polling: 100,
  }).catch(async (error) => {
    console.error('bench state:', JSON.stringify(await page.evaluate(() => ({ ...window.__bench, now: performance.now(), state: document.querySelector('smr-timer')?.state }))));
    throw error;
  });
  const result = await page.evaluate(() => window.__bench);
  return { smrTimerErrorMs: round(result.smr), naiveSetIntervalErrorMs: round(result.naive) };
}

/** Renders every catalog exercise as a card (with its body map) on one page. */
async function renderAllCards(page) {
  return page.evaluate(async () => {
    const { exercises } = await import('/dist/cdn/smr-elements.js');
    const runs = [];
    for (let run = 0; run < 5; run++) {
      const host = document.createElement('div');
      host.style.width = '900px';
      document.body.append(host);
      const start = performance.now();
      for (const exercise of exercises) {
        const card = document.createElement('smr-exercise');
        card.setAttribute('exercise', exercise.id);
        host.append(card);
      }
      const cards = [...host.querySelectorAll('smr-exercise')];
      await Promise.all(cards.map((card) => card.updateComplete));
      await Promise.all(cards.map((card) => card.shadowRoot.querySelector('smr-body-map')?.updateComplete));
      // Forces style and layout of everything appended.
      host.getBoundingClientRect();
      runs.push(performance.now() - start);
      host.remove();
    }
    return { cards: exercises.length, runs };
  });
}

const server = await serve();
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/bench.html`);
  await page.waitForFunction(() => customElements.get('smr-timer') !== undefined);
  const session = await page.createCDPSession();
  const accuracy = await clockAccuracy(page, session);
  // A fresh page: the frozen one may keep rendering throttled.
  const cardsPage = await browser.newPage();
  await cardsPage.goto(`http://127.0.0.1:${server.address().port}/bench.html`);
  await cardsPage.waitForFunction(() => customElements.get('smr-exercise') !== undefined);
  const cards = await renderAllCards(cardsPage);
  const report = {
    sizesGzipBytes: await sizes(),
    clockAccuracy10sFrozen4s: accuracy,
    renderAllExerciseCards: { cards: cards.cards, medianMs: round(median(cards.runs)), runsMs: cards.runs.map((v) => round(v)) },
    pageErrors: errors,
  };
  console.log(JSON.stringify(report, null, 2));
} finally {
  await browser.close();
  server.close();
}
