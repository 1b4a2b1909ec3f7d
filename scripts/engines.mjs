// The three browser engines the tests run in, where each is installed, and how to start each:
//   chromium  Chrome/Chromium (CHROME_PATH or a standard location), driven by Puppeteer (DevTools)
//   firefox   Firefox (FIREFOX_PATH, or firefox-esr/firefox), driven by Puppeteer (WebDriver BiDi)
//   webkit    WebKitGTK's MiniBrowser (WEBKIT_BROWSER) through WebKitWebDriver (WEBKIT_WEBDRIVER),
//             on a private Xvfb display (or $DISPLAY when Xvfb is missing), driven by WebdriverIO
// SMR_ENGINES picks some ("firefox", "chromium,webkit"); the default is all three. Every process
// is started through processes.mjs, so none outlives the run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { adoptGroup, freePort, startProcess, waitFor } from './processes.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];
export const ENGINE_LABELS = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

const FIREFOX_CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];
const MINIBROWSER_CANDIDATES = ['x86_64', 'aarch64', 'arm', 'i386', 'powerpc64le', 's390x', 'riscv64'].flatMap((arch) => [
  `/usr/lib/${arch}-linux-gnu/webkit2gtk-4.1/MiniBrowser`,
  `/usr/lib/${arch}-linux-gnu/webkitgtk-6.0/MiniBrowser`,
  `/usr/lib/${arch}-linux-gnu/webkit2gtk-4.0/MiniBrowser`,
]);
MINIBROWSER_CANDIDATES.push('/usr/libexec/webkit2gtk-4.1/MiniBrowser', '/usr/libexec/webkitgtk-6.0/MiniBrowser');

function onPath(command) {
  try {
    return (
      execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

export function findFirefox() {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  return FIREFOX_CANDIDATES.find((path) => existsSync(path));
}

/** WebKitWebDriver, MiniBrowser and a display server; `missing` names what is not there. */
export function findWebKit() {
  const usable = (path) => (path && existsSync(path) ? path : undefined);
  const driver = usable(process.env.WEBKIT_WEBDRIVER || onPath('WebKitWebDriver'));
  const browser = usable(process.env.WEBKIT_BROWSER || MINIBROWSER_CANDIDATES.find((path) => existsSync(path)));
  const xvfb = onPath('Xvfb');
  const missing = [
    !driver && 'WebKitWebDriver (Debian: webkit2gtk-driver)',
    !browser && 'MiniBrowser (Debian: webkit2gtk-driver)',
    !xvfb && !process.env.DISPLAY && 'Xvfb or a DISPLAY (Debian: xvfb)',
  ].filter(Boolean);
  return { driver, browser, xvfb, missing };
}

/** Where `engine` is installed, or why it cannot run: `{ ok, detail }`. */
export function engineStatus(engine) {
  if (engine === 'chromium') {
    const path = findChrome();
    return path && existsSync(path) ? { ok: true, detail: path } : { ok: false, detail: 'no Chrome or Chromium (set CHROME_PATH)' };
  }
  if (engine === 'firefox') {
    const path = findFirefox();
    return path && existsSync(path) ? { ok: true, detail: path } : { ok: false, detail: 'no Firefox (set FIREFOX_PATH)' };
  }
  if (engine === 'webkit') {
    const webkit = findWebKit();
    return webkit.missing.length === 0
      ? { ok: true, detail: `${webkit.browser} via ${webkit.driver}` }
      : { ok: false, detail: `missing ${webkit.missing.join(', ')}` };
  }
  throw new Error(`unknown engine "${engine}" (known: ${ENGINES.join(', ')})`);
}

/** The engines SMR_ENGINES asks for (comma or space separated), default all; unknown names throw. */
export function selectedEngines(value = process.env.SMR_ENGINES) {
  if (!value || !value.trim()) return [...ENGINES];
  const names = value
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  for (const name of names)
    if (!ENGINES.includes(name)) throw new Error(`SMR_ENGINES: unknown engine "${name}" (known: ${ENGINES.join(', ')})`);
  return ENGINES.filter((name) => names.includes(name));
}

/** The line printed for an engine that is not installed; under CI=true the caller counts it as a failure. */
export const notInstalledLine = (engine, status = engineStatus(engine)) =>
  `${ENGINE_LABELS[engine]}: not installed, skipped (${status.detail})`;

/** Puppeteer launch options for Chromium or Firefox. Signals are left to processes.mjs. */
export function puppeteerLaunchOptions(engine) {
  const common = { headless: true, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false };
  if (engine === 'chromium') return { ...common, executablePath: findChrome(), args: CHROME_ARGS };
  if (engine === 'firefox') return { ...common, browser: 'firefox', executablePath: findFirefox() };
  throw new Error(`${engine} is not driven by Puppeteer`);
}

/** Records a Puppeteer-launched browser (Puppeteer starts it in a group of its own) for the leftover check. */
export function adoptBrowser(engine, browser) {
  adoptGroup(`${ENGINE_LABELS[engine]} (Puppeteer)`, browser.process()?.pid);
  return browser;
}

/**
 * Starts a private Xvfb display (Xvfb picks a free number itself: -displayfd) and WebKitWebDriver
 * on a free port. Resolves to the WebdriverIO connection options and `stop()`.
 */
export async function startWebKitDriver() {
  const webkit = findWebKit();
  if (webkit.missing.length > 0) throw new Error(`WebKit cannot run: missing ${webkit.missing.join(', ')}`);
  const started = [];
  const stop = async () => {
    for (const child of [...started].reverse()) await child.stop();
  };
  try {
    let display = process.env.DISPLAY;
    if (webkit.xvfb) {
      const xvfb = startProcess('Xvfb', webkit.xvfb, ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      started.push(xvfb);
      display = await new Promise((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error('Xvfb did not report its display in 20 s')), 20_000);
        xvfb.once('error', reject);
        xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
        xvfb.stdout.on('data', (chunk) => {
          out += chunk;
          if (out.includes('\n')) {
            clearTimeout(timer);
            resolve(`:${out.trim()}`);
          }
        });
      });
      xvfb.stdout.destroy();
    }
    let port;
    let lastError;
    for (let attempt = 0; attempt < 3 && port === undefined; attempt += 1) {
      const candidate = await freePort();
      const driver = startProcess('WebKitWebDriver', webkit.driver, [`--port=${candidate}`, '--host=127.0.0.1'], {
        env: { DISPLAY: display },
      });
      started.push(driver);
      try {
        await waitFor(
          async () => {
            if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
            try {
              return (await fetch(`http://127.0.0.1:${candidate}/status`)).ok;
            } catch {
              return false;
            }
          },
          'WebKitWebDriver',
          20_000,
        );
        port = candidate;
      } catch (error) {
        lastError = error;
        await driver.stop();
      }
    }
    if (port === undefined) throw lastError;
    return {
      display,
      connection: {
        hostname: '127.0.0.1',
        port,
        logLevel: 'error',
        capabilities: {
          // WebdriverIO 9 asks for WebDriver BiDi by default, which WebKitWebDriver refuses.
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: webkit.browser, args: ['--automation'] },
        },
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Chromium or Firefox through Puppeteer, tracked for the leftover check. */
export async function launchPuppeteer(engine) {
  const { default: puppeteer } = await import('puppeteer-core');
  return adoptBrowser(engine, await puppeteer.launch(puppeteerLaunchOptions(engine)));
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One page in `engine` with the few operations the smoke scripts need, the same in every engine:
 * `goto(url)`, `evaluate(fn, ...args)`, `waitForFunction(fn, timeoutMs, ...args)` (resolves to the
 * first truthy result, rejects after the timeout), `setViewport(width, height)`, `errors()` (what
 * the page's ERROR_COLLECTOR from serve-project.mjs caught, plus Puppeteer's page errors and
 * console errors where the engine reports them) and `close()`, which ends every process it started.
 */
export async function openPage(engine) {
  if (engine === 'webkit') {
    const { remote } = await import('webdriverio');
    const webkit = await startWebKitDriver();
    let driver;
    try {
      driver = await remote(webkit.connection);
    } catch (error) {
      await webkit.stop();
      throw error;
    }
    const evaluate = (fn, ...args) => driver.execute(fn, ...args);
    return {
      goto: (url) => driver.url(url),
      evaluate,
      async waitForFunction(fn, timeoutMs, ...args) {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const value = await evaluate(fn, ...args).catch(() => undefined);
          if (value) return value;
          if (Date.now() > deadline) throw new Error(`waitForFunction: nothing after ${timeoutMs} ms`);
          await sleep(100);
        }
      },
      setViewport: (width, height) => driver.setWindowSize(width, height).catch(() => {}),
      errors: async () => (await evaluate(() => window.__smrErrors ?? []).catch(() => [])) ?? [],
      async close() {
        await driver.deleteSession().catch(() => {});
        await webkit.stop();
      },
    };
  }
  const browser = await launchPuppeteer(engine);
  try {
    const page = await browser.newPage();
    let reported = [];
    page.on('pageerror', (error) => reported.push(error.message));
    // Failed requests are listed by the server; the console's copy of them names none.
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) reported.push(message.text());
    });
    return {
      async goto(url) {
        reported = [];
        await page.goto(url, { waitUntil: 'networkidle0' });
      },
      evaluate: (fn, ...args) => page.evaluate(fn, ...args),
      waitForFunction: (fn, timeoutMs, ...args) =>
        page.waitForFunction(fn, { timeout: timeoutMs }, ...args).then((handle) => handle.jsonValue()),
      setViewport: (width, height) => page.setViewport({ width, height }),
      async errors() {
        const collected = (await page.evaluate(() => window.__smrErrors ?? []).catch(() => [])) ?? [];
        return [...new Set([...collected, ...reported])];
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Runs `check(engine)` (resolves to the number of failures) in every engine SMR_ENGINES selects,
 * one after another. An engine that is not installed gets one "not installed, skipped" line and,
 * with CI=true, counts as a failure. Prints one line per engine; resolves to the total failures.
 */
export async function inEachEngine(what, check) {
  const lines = [];
  let failures = 0;
  for (const engine of selectedEngines()) {
    const label = ENGINE_LABELS[engine];
    const status = engineStatus(engine);
    if (!status.ok) {
      lines.push(notInstalledLine(engine, status) + (process.env.CI === 'true' ? ' — a failure under CI=true' : ''));
      if (process.env.CI === 'true') failures += 1;
      continue;
    }
    process.stdout.write(`== ${what}: ${label}\n`);
    const started = Date.now();
    let failed;
    try {
      failed = await check(engine);
    } catch (error) {
      process.stdout.write(`FAIL ${label}: ${error.stack ?? error}\n`);
      failed = 1;
    }
    failures += failed;
    lines.push(`${label}: ${failed === 0 ? 'ok' : `${failed} failed`} (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return failures;
}

/** Debian packages that provide what `engine` is missing here. */
export function debianPackages(engine) {
  if (engineStatus(engine).ok) return [];
  if (engine === 'chromium') return ['chromium'];
  if (engine === 'firefox') return ['firefox-esr'];
  const webkit = findWebKit();
  return [...(!webkit.driver || !webkit.browser ? ['webkit2gtk-driver'] : []), ...(!webkit.xvfb ? ['xvfb'] : [])];
}

// `node scripts/engines.mjs`: where each engine is; `--debian-packages`: what apt-get should install.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--debian-packages')) {
    process.stdout.write(`${[...new Set(ENGINES.flatMap(debianPackages))].join(' ')}\n`);
  } else {
    for (const engine of ENGINES) {
      const status = engineStatus(engine);
      process.stdout.write(`${ENGINE_LABELS[engine]}: ${status.ok ? status.detail : notInstalledLine(engine, status)}\n`);
    }
  }
}
