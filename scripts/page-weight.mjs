// The JavaScript real pages transfer (gzip, level 9, of every script response, as a CDN serves it)
// and the layout shift of a blog-like page, measured in headless Chromium over `dist/cdn/` (run
// after `npm run build`). Used by the size check (budgets, in CI) and `npm run bench` (figures).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { serveProject } from './serve-project.mjs';

const AUTOLOADER = '<script type="module" src="/dist/cdn/smr-autoloader.js"></script>';
const ALL_IN_ONE = '<script type="module" src="/dist/cdn/smr-elements.js"></script>';
const EVERY_ELEMENT = `<smr-timer duration="30"></smr-timer>
<smr-routine preset="lower-leg" no-persist></smr-routine>
<smr-finder></smr-finder>
<smr-exercise exercise="neck"></smr-exercise>
<smr-body-map selectable show-avoid></smr-body-map>
<smr-illustration exercise="calves"></smr-illustration>
<smr-routine-builder></smr-routine-builder>
<smr-history></smr-history>`;
const TIMER = '<smr-timer duration="2" sides="both" label="Calves"></smr-timer>';
const ROUTINE = '<smr-routine preset="lower-leg" no-persist></smr-routine>';

const html = (script, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">${script}</head><body>${body}</body></html>`;

const PARAGRAPH =
  '<p>Foam rolling before a run takes a few minutes. Roll slowly, breathe out on the tender spots and keep the pressure where you can still talk. The timer below counts each side, so you can keep your eyes closed and your attention on the muscle.</p>';
/**
 * The README's fallback CSS (in the site's own stylesheet, so it applies at first paint, before any
 * script runs): the space each element takes, reserved until it is defined.
 */
export const README_FALLBACK_CSS = `smr-timer:not(:defined), smr-routine:not(:defined) { display: block; }
smr-timer:not(:defined) { min-block-size: 25rem; }
smr-routine:not(:defined) { min-block-size: 85rem; }`;
/** A blog post: a heading, text, a timer after the first paragraph, more text, a routine, more text. */
const blog = (script, css = '') =>
  html(
    `${script}<style>body{font:18px/1.6 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem}${css}</style>`,
    `<article><h1>Calves after a long run</h1>${PARAGRAPH}${TIMER}${PARAGRAPH.repeat(2)}${ROUTINE}${PARAGRAPH.repeat(3)}</article>`,
  );

export const PAGES = {
  '/weight/timer.html': html(AUTOLOADER, TIMER),
  '/weight/routine.html': html(AUTOLOADER, ROUTINE),
  '/weight/every-element.html': html(AUTOLOADER, EVERY_ELEMENT),
  '/weight/all-in-one-timer.html': html(ALL_IN_ONE, TIMER),
  '/weight/all-in-one-routine.html': html(ALL_IN_ONE, ROUTINE),
  '/weight/all-in-one-every-element.html': html(ALL_IN_ONE, EVERY_ELEMENT),
  '/weight/blog-autoloader.html': blog(AUTOLOADER),
  '/weight/blog-autoloader-with-fallback-css.html': blog(AUTOLOADER, README_FALLBACK_CSS),
  '/weight/blog-all-in-one.html': blog(ALL_IN_ONE),
};

// Before the page's scripts: notes which scripts had arrived when the first <smr-timer> first
// rendered (its button is in its shadow root), and sums layout shifts.
const PROBE = `(() => {
  window.__cls = 0;
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value; })
    .observe({ type: 'layout-shift', buffered: true });
  const check = () => {
    const timer = document.querySelector('smr-timer');
    if (timer && timer.shadowRoot && timer.shadowRoot.querySelector('button')) {
      window.__firstRenderScripts = performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.endsWith('.js'));
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

export async function measurePageWeights({ root = process.cwd() } = {}) {
  const server = await serveProject(PAGES, root);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
  const gzipCache = new Map();
  const gzipOf = (url) => {
    const path = new URL(url).pathname;
    if (!gzipCache.has(path)) gzipCache.set(path, gzipSync(readFileSync(join(root, path)), { level: 9 }).length);
    return gzipCache.get(path);
  };
  const sum = (urls) => [...new Set(urls)].reduce((total, url) => total + gzipOf(url), 0);

  /** Opens `path`, waits for the elements to render and the network to be idle, runs `then`. */
  async function load(path, then) {
    const page = await browser.newPage();
    const errors = [];
    const scripts = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script' && response.ok()) scripts.push(response.url());
    });
    await page.evaluateOnNewDocument(PROBE);
    await page.goto(`${origin}${path}`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('body *')].filter((el) => el.localName.startsWith('smr-')).every((el) => el.shadowRoot?.textContent),
    );
    const result = then ? await then(page) : {};
    await page.waitForNetworkIdle({ idleTime: 500 });
    if (errors.length > 0) throw new Error(`${path}: ${errors.join(' | ')}`);
    const total = sum(scripts);
    await page.close();
    return { totalGzipBytes: total, requests: new Set(scripts).size, ...result };
  }

  /** Runs the page's timer through both sides (not muted: tones, speech and vibration used). */
  const runTimer = async (page) => {
    const firstRender = await page.evaluate(() => window.__firstRenderScripts);
    const criticalGzipBytes = sum(firstRender);
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          const timer = document.querySelector('smr-timer');
          timer.addEventListener('smr-complete', resolve, { once: true });
          timer.start();
        }),
    );
    return { criticalGzipBytes, criticalRequests: firstRender.length };
  };

  /** Cumulative layout shift of the blog post on a slow connection, from navigation to idle. */
  async function layoutShift(path) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 800 });
    const session = await page.createCDPSession();
    await session.send('Network.enable');
    // About "Fast 3G": the elements arrive well after the text is painted.
    await session.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await page.evaluateOnNewDocument(PROBE);
    await page.goto(`${origin}${path}`, { waitUntil: 'networkidle0', timeout: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const cls = await page.evaluate(() => window.__cls);
    await page.close();
    return Math.round(cls * 1000) / 1000;
  }

  try {
    return {
      timer: await load('/weight/timer.html', runTimer),
      routineLowerLeg: await load('/weight/routine.html'),
      everyElement: await load('/weight/every-element.html'),
      allInOne: {
        timer: await load('/weight/all-in-one-timer.html', runTimer),
        routineLowerLeg: await load('/weight/all-in-one-routine.html'),
        everyElement: await load('/weight/all-in-one-every-element.html'),
      },
      blogCumulativeLayoutShift: {
        autoloaderWithReadmeFallbackCss: await layoutShift('/weight/blog-autoloader-with-fallback-css.html'),
        // The autoloader's own reservation applies once it runs: after the first paint of a slow page.
        autoloaderAlone: await layoutShift('/weight/blog-autoloader.html'),
        allInOneWithoutFallbackCss: await layoutShift('/weight/blog-all-in-one.html'),
      },
    };
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await measurePageWeights(), null, 2));
