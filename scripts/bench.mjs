// `npm run bench`: sizes, clock accuracy against a naive setInterval counter, and render cost,
// measured in one headless Chromium. Prints JSON. Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { bundleAlone as bundle, bundleTimerAlone } from './bundle-alone.mjs';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { serveProject } from './serve-project.mjs';

const gzip = (code) => gzipSync(code, { level: 9 }).length;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

async function sizes() {
  return {
    allElementsCdn: gzip(readFileSync('dist/cdn/smr-elements.js')),
    timerAloneWithLit: gzip(await bundleTimerAlone()),
    bodyMapAloneWithLit: gzip(await bundle('src/components/body-map/body-map.ts')),
    routineAloneWithLit: gzip(await bundle('src/components/routine/routine.ts')),
    catalogData: gzip(await bundle('src/content/catalog.ts')),
    bodyMapData: gzip(await bundle('src/content/body-map.ts')),
  };
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
  await page
    .waitForFunction(() => window.__bench.smr !== undefined && window.__bench.naive !== undefined, {
      timeout: (seconds + freezeFor + 5) * 1000,
      polling: 100,
    })
    .catch(async (error) => {
      console.error(
        'bench state:',
        JSON.stringify(
          await page.evaluate(() => ({ ...window.__bench, now: performance.now(), state: document.querySelector('smr-timer')?.state })),
        ),
      );
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

/** Parses, upgrades and renders 100 routines (a blog archive page), three times. */
async function renderHundredRoutines(page) {
  return page.evaluate(async () => {
    const { presets } = await import('/dist/cdn/smr-elements.js');
    const runs = [];
    for (let run = 0; run < 3; run++) {
      const host = document.createElement('div');
      document.body.append(host);
      const start = performance.now();
      host.innerHTML = Array.from(
        { length: 100 },
        (_, i) => `<smr-routine preset="${presets[i % presets.length].id}" no-persist></smr-routine>`,
      ).join('');
      await Promise.all([...host.children].map((routine) => routine.updateComplete));
      host.getBoundingClientRect();
      runs.push(performance.now() - start);
      host.remove();
    }
    return runs;
  });
}

/** Counts renders of a running <smr-routine> over 10 s of real time. */
async function routineUpdatesPerSecond(page, seconds = 10) {
  return page.evaluate(async (seconds) => {
    const routine = document.createElement('smr-routine');
    routine.setAttribute('preset', 'lower-leg');
    routine.setAttribute('lead-in', '3');
    routine.setAttribute('no-persist', '');
    routine.setAttribute('muted', '');
    document.body.append(routine);
    await routine.updateComplete;
    let updates = 0;
    const original = routine.updated.bind(routine);
    routine.updated = (changed) => {
      updates += 1;
      original(changed);
    };
    routine.start();
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    routine.pause();
    routine.remove();
    return updates / seconds;
  }, seconds);
}

const server = await serveProject({
  '/bench.html': '<!doctype html><html lang="en"><body><script type="module" src="/dist/cdn/smr-elements.js"></script></body></html>',
});
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
  const hundred = await renderHundredRoutines(cardsPage);
  const updatesPerSecond = await routineUpdatesPerSecond(cardsPage);
  const report = {
    sizesGzipBytes: await sizes(),
    clockAccuracy10sFrozen4s: accuracy,
    renderAllExerciseCards: { cards: cards.cards, medianMs: round(median(cards.runs)), runsMs: cards.runs.map((v) => round(v)) },
    renderHundredRoutines: { medianMs: round(median(hundred)), runsMs: hundred.map((v) => round(v)) },
    routineUpdatesPerSecondWhileRunning: round(updatesPerSecond, 2),
    pageErrors: errors,
  };
  console.log(JSON.stringify(report, null, 2));
} finally {
  await browser.close();
  server.close();
}
