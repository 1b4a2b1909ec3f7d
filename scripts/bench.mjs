// `npm run bench`: sizes; clock accuracy against a naive setInterval counter (10 s and 1 min with
// the page frozen in the middle, 10 min on an accelerated fake clock with the page asleep); render
// cost of 1/10/100 routines; the JavaScript real pages receive (autoloader and all-in-one) and the
// layout shift of a blog post; memory per routine; validation of a 10,000-step input; CPU while
// a session runs; and the largest session history <smr-history> renders in under 100 ms. Measured in
// one headless Chromium.
// Prints JSON. Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { bundleAlone as bundle, bundleTimerAlone } from './bundle-alone.mjs';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { measurePageWeights } from './page-weight.mjs';
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
    historyAloneWithLit: gzip(await bundle('src/components/history/history.ts')),
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

/**
 * The 10-minute run on an accelerated fake clock (sinon's, installed in the page over
 * `setTimeout`, `setInterval`, `Date` and `performance`): the timer and the naive counter start
 * together, then the page "sleeps" for `freezeFor` seconds at `freezeAt` (`clock.jump`: time
 * passes and each pending callback fires at most once, as when a browser suspends a page).
 * Returns how late each one announced completion, in ms of the fake clock.
 */
async function clockAccuracyFakeClock(page, { seconds = 600, freezeAt = 200, freezeFor = 150 } = {}) {
  const result = await page.evaluate(
    async ({ seconds, freezeAt, freezeFor }) => {
      const { default: sinon } = await import('/node_modules/sinon/pkg/sinon-esm.js');
      const clock = sinon.useFakeTimers({
        now: Date.now(),
        toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
      });
      try {
        const timer = document.createElement('smr-timer');
        timer.setAttribute('duration', String(seconds));
        timer.setAttribute('muted', '');
        document.body.append(timer);
        await timer.updateComplete;
        const done = {};
        const start = performance.now();
        timer.addEventListener('smr-complete', () => (done.smr = performance.now() - start - seconds * 1000));
        let left = seconds;
        const interval = setInterval(() => {
          left -= 1;
          if (left === 0) {
            done.naive = performance.now() - start - seconds * 1000;
            clearInterval(interval);
          }
        }, 1000);
        timer.start();
        await clock.tickAsync(freezeAt * 1000);
        clock.jump(freezeFor * 1000);
        // Run on until both have finished (the naive counter needs the sleep made up again).
        for (let step = 0; step < (seconds + freezeFor) * 4 && (done.smr === undefined || done.naive === undefined); step++) {
          await clock.tickAsync(250);
        }
        clearInterval(interval);
        timer.remove();
        return done;
      } finally {
        clock.uninstall();
      }
    },
    { seconds, freezeAt, freezeFor },
  );
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

/** Parses, upgrades and renders `count` routines (a blog archive page), three times. */
async function renderRoutines(page, count) {
  return page.evaluate(async (count) => {
    const { presets } = await import('/dist/cdn/smr-elements.js');
    const runs = [];
    for (let run = 0; run < 3; run++) {
      const host = document.createElement('div');
      document.body.append(host);
      const start = performance.now();
      host.innerHTML = Array.from(
        { length: count },
        (_, i) => `<smr-routine preset="${presets[i % presets.length].id}" no-persist></smr-routine>`,
      ).join('');
      await Promise.all([...host.children].map((routine) => routine.updateComplete));
      host.getBoundingClientRect();
      runs.push(performance.now() - start);
      host.remove();
    }
    return runs;
  }, count);
}

/**
 * JS heap per routine on the page: 100 routines added, garbage collected before and after; and
 * the heap still held per routine once they are removed again.
 */
async function memoryPerRoutine(page, session) {
  const heap = async () => {
    await session.send('HeapProfiler.collectGarbage');
    return (await session.send('Runtime.getHeapUsage')).usedSize;
  };
  await page.evaluate(() => {
    window.__routineHost = document.createElement('div');
    document.body.append(window.__routineHost);
  });
  const before = await heap();
  await page.evaluate(async () => {
    window.__routineHost.innerHTML = Array.from({ length: 100 }, () => '<smr-routine preset="lower-leg" no-persist></smr-routine>').join(
      '',
    );
    await Promise.all([...window.__routineHost.children].map((routine) => routine.updateComplete));
  });
  const after = await heap();
  await page.evaluate(() => {
    window.__routineHost.remove();
    window.__routineHost = undefined;
  });
  // What removed routines leave behind (listeners, observers, animations keep them alive).
  const left = await heap();
  return { perRoutine: (after - before) / 100, leftPerRemovedRoutine: (left - before) / 100 };
}

/**
 * Validation cost, five runs each: a 10,000-step input (refused by its length before any step is
 * read) and the largest routine accepted, 100 steps, each step checked in full.
 */
async function validationCost(page) {
  return page.evaluate(async () => {
    const { validateRoutine } = await import('/dist/cdn/smr-elements.js');
    const routineOf = (count) => ({
      id: 'big',
      title: 'Big',
      steps: Array.from({ length: count }, (_, i) => ({ exercise: i % 2 ? 'calves' : 'quadriceps', duration: 60, sides: 'both' })),
    });
    const time = (input) =>
      Array.from({ length: 5 }, () => {
        const start = performance.now();
        validateRoutine(input);
        return performance.now() - start;
      });
    return { tenThousandSteps: time(routineOf(10_000)), hundredSteps: time(routineOf(100)) };
  });
}

/**
 * Main-thread busy time (Chromium's TaskDuration) while a routine session runs for `seconds`: the
 * ring and the step's animated illustration together (no lead-in, so the picture moves throughout).
 */
async function busyWhileRunning(page, session, seconds = 20) {
  await session.send('Performance.enable');
  const illustrationAnimations = await page.evaluate(async () => {
    const routine = document.createElement('smr-routine');
    routine.id = 'busy';
    routine.setAttribute('preset', 'lower-leg');
    routine.setAttribute('no-persist', '');
    routine.setAttribute('muted', '');
    routine.setAttribute('lead-in', '0');
    document.body.append(routine);
    await routine.updateComplete;
    routine.start();
    await routine.updateComplete;
    const illustration = routine.shadowRoot.querySelector('smr-illustration');
    await illustration?.updateComplete;
    return (
      illustration?.shadowRoot
        .querySelector('.moving')
        ?.getAnimations()
        .filter((a) => a.playState === 'running').length ?? 0
    );
  });
  if (illustrationAnimations === 0) throw new Error('bench: the player shows no moving illustration');
  const taskSeconds = async () =>
    (await session.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'TaskDuration').value;
  const before = await taskSeconds();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const after = await taskSeconds();
  await page.evaluate(() => document.getElementById('busy').remove());
  const busyFraction = (after - before) / seconds;
  return { busyMsPerMinute: round(busyFraction * 60_000), busyPercent: round(busyFraction * 100, 2), illustrationAnimations };
}

/** Adds 100 routines to the page and removes them again, `times` times, then collects garbage. */
async function addAndRemoveRoutines(page, session, times = 4) {
  await page.evaluate(async (times) => {
    for (let time = 0; time < times; time++) {
      const host = document.createElement('div');
      document.body.append(host);
      host.innerHTML = Array.from({ length: 100 }, () => '<smr-routine preset="lower-leg" no-persist></smr-routine>').join('');
      await Promise.all([...host.children].map((routine) => routine.updateComplete));
      host.getBoundingClientRect();
      host.remove();
    }
  }, times);
  await session.send('HeapProfiler.collectGarbage');
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

/**
 * `<smr-history>` over logs of growing size (sessions spread over the last year, two routines, four
 * ratings each): from adding the element (it reads and checks the stored log) to its first render
 * laid out; one warm-up and nine runs each. Returns the median and fastest run per size, and the
 * largest size whose median stays under 100 ms (1,000 is the most the log keeps).
 */
async function renderHistory(page, sizes = [100, 250, 500, 1000], weeks = 12) {
  const results = await page.evaluate(
    async ({ sizes, weeks }) => {
      const key = 'smr-elements:history:v1';
      const log = (count) => {
        const now = Date.now();
        return Array.from({ length: count }, (_, i) => {
          const date = new Date(now - (count - i) * ((365 * 86_400_000) / count)).toISOString();
          const routineId = i % 3 ? 'lower-leg' : 'neck-relief';
          return {
            id: `${routineId}@${date}`,
            date,
            routineId,
            title: i % 3 ? 'Lower leg and foot' : 'Neck relief',
            seconds: 420,
            steps: 4,
            completed: 4,
            skipped: 0,
            status: 'completed',
            ratings: [
              { step: 0, exercise: 'plantar-fascia', name: 'Sole of the foot', rating: 1 + (i % 7) },
              { step: 1, exercise: 'calves', name: 'Calves', side: 'left', rating: 1 + (i % 9) },
              { step: 1, exercise: 'calves', name: 'Calves', side: 'right', rating: 1 + (i % 8) },
              { step: 2, exercise: 'tibialis-anterior', name: 'Shins', rating: 1 + (i % 5) },
            ],
          };
        });
      };
      const out = {};
      for (const size of sizes) {
        localStorage.setItem(key, JSON.stringify({ format: 'smr-elements-history', version: 1, sessions: log(size) }));
        const runs = [];
        for (let run = 0; run < 10; run++) {
          const host = document.createElement('div');
          host.style.width = '900px';
          document.body.append(host);
          const start = performance.now();
          const history = document.createElement('smr-history');
          history.setAttribute('weeks', String(weeks));
          host.append(history);
          await history.updateComplete;
          host.getBoundingClientRect();
          // The first run warms up the engine.
          if (run > 0) runs.push(performance.now() - start);
          host.remove();
        }
        out[size] = runs;
      }
      localStorage.removeItem(key);
      return out;
    },
    { sizes, weeks },
  );
  const medians = Object.fromEntries(
    Object.entries(results).map(([size, runs]) => [
      size,
      { medianMs: round(median(runs)), fastestMs: round(Math.min(...runs)), runsMs: runs.map((v) => round(v)) },
    ]),
  );
  const under = Object.entries(medians)
    .filter(([, { medianMs }]) => medianMs < 100)
    .map(([size]) => Number(size));
  return { weeks, bySessions: medians, largestUnder100Ms: under.length ? Math.max(...under) : 0 };
}

const server = await serveProject({
  '/bench.html': '<!doctype html><html lang="en"><body><script type="module" src="/dist/cdn/smr-elements.js"></script></body></html>',
});
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS, protocolTimeout: 600_000 });
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/bench.html`);
  await page.waitForFunction(() => customElements.get('smr-timer') !== undefined);
  const session = await page.createCDPSession();
  const accuracy = await clockAccuracy(page, session);
  // A fresh page for each run: a page that was frozen may stay throttled.
  const minutePage = await browser.newPage();
  await minutePage.goto(`http://127.0.0.1:${server.address().port}/bench.html`);
  await minutePage.waitForFunction(() => customElements.get('smr-timer') !== undefined);
  const accuracyMinute = await clockAccuracy(minutePage, await minutePage.createCDPSession(), { seconds: 60, freezeAt: 20, freezeFor: 15 });
  await minutePage.close();
  const tenMinutePage = await browser.newPage();
  await tenMinutePage.goto(`http://127.0.0.1:${server.address().port}/bench.html`);
  await tenMinutePage.waitForFunction(() => customElements.get('smr-timer') !== undefined);
  const accuracyTenMinutes = await clockAccuracyFakeClock(tenMinutePage);
  await tenMinutePage.close();
  const cardsPage = await browser.newPage();
  await cardsPage.goto(`http://127.0.0.1:${server.address().port}/bench.html`);
  await cardsPage.waitForFunction(() => customElements.get('smr-exercise') !== undefined);
  const cardsSession = await cardsPage.createCDPSession();
  const cards = await renderAllCards(cardsPage);
  const routines = {};
  for (const count of [1, 10, 100]) {
    const runs = await renderRoutines(cardsPage, count);
    routines[count] = { medianMs: round(median(runs)), runsMs: runs.map((v) => round(v)) };
  }
  const memory = await memoryPerRoutine(cardsPage, cardsSession);
  const validation = await validationCost(cardsPage);
  const updatesPerSecond = await routineUpdatesPerSecond(cardsPage);
  const busy = await busyWhileRunning(cardsPage, cardsSession);
  const removedPage = await browser.newPage();
  await removedPage.goto(`http://127.0.0.1:${server.address().port}/bench.html`);
  await removedPage.waitForFunction(() => customElements.get('smr-routine') !== undefined);
  const removedSession = await removedPage.createCDPSession();
  await addAndRemoveRoutines(removedPage, removedSession);
  const busyAfterRemoving = await busyWhileRunning(removedPage, removedSession);
  await removedPage.close();
  const history = await renderHistory(cardsPage);
  const historyYear = await renderHistory(cardsPage, [1000], 52);
  const report = {
    sizesGzipBytes: await sizes(),
    // Issue 19: every script a real page receives (gzip), through the autoloader and the all-in-one
    // bundle, and the cumulative layout shift of a blog post on a slow connection.
    pages: await measurePageWeights(),
    clockAccuracy10sFrozen4s: accuracy,
    clockAccuracy60sFrozen15s: accuracyMinute,
    clockAccuracy10minAsleep150sFakeClock: accuracyTenMinutes,
    renderAllExerciseCards: { cards: cards.cards, medianMs: round(median(cards.runs)), runsMs: cards.runs.map((v) => round(v)) },
    renderRoutines: routines,
    heapBytesPerRoutine: Math.round(memory.perRoutine),
    heapBytesLeftPerRemovedRoutine: Math.round(memory.leftPerRemovedRoutine),
    // On a fresh page: 100 routines added and removed four times, then one session runs (work or
    // garbage left by removed routines shows here as more than mainThreadWhileRunning on its own).
    mainThreadWhileRunningAfterRemoving400Routines: { ...busyAfterRemoving, targetPercent: 1 },
    validation: {
      tenThousandStepsMedianMs: round(median(validation.tenThousandSteps), 2),
      hundredStepsMedianMs: round(median(validation.hundredSteps), 2),
      targetMs: 50,
    },
    routineUpdatesPerSecondWhileRunning: round(updatesPerSecond, 2),
    mainThreadWhileRunning: { ...busy, targetPercent: 1 },
    renderHistory: { ...history, year: historyYear, targetMs: 100 },
    pageErrors: errors,
  };
  console.log(JSON.stringify(report, null, 2));
} finally {
  await browser.close();
  server.close();
}
