// web-test-runner launchers for the three engines (see scripts/engines.mjs):
//   chromium  @web/test-runner-chrome (puppeteer-core, DevTools protocol)
//   firefox   @web/test-runner-puppeteer (Puppeteer, WebDriver BiDi) with the installed Firefox
//   webkit    @web/test-runner-webdriver (WebdriverIO, classic WebDriver) against WebKitWebDriver,
//             which this launcher starts, with its Xvfb display, and stops when the run ends
// Each launcher carries `smrEngine`, which server commands read to know where a session runs.
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { adoptBrowser, ENGINE_LABELS, engineStatus, puppeteerLaunchOptions, startWebKitDriver } from '../../scripts/engines.mjs';

/** WebdriverIO request limits for WebKit: no retries (a retried session request queues behind a hung one). */
const SESSION_TIMEOUTS = { connectionRetryTimeout: 20_000, connectionRetryCount: 0 };

class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({ capabilities: {} });
  }

  async initialize(config) {
    await super.initialize(config);
    this.name = ENGINE_LABELS.webkit;
  }

  // Called before each test file's session: the driver and display start only when needed. Now
  // and then a new MiniBrowser never answers and WebKitWebDriver then hangs every later session
  // request: a request gets 20 s, after which driver and display are started again (3 tries).
  async createDriverManager() {
    for (let attempt = 1; ; attempt += 1) {
      this.webkit ??= await startWebKitDriver();
      Object.assign(this.options, this.webkit.connection, SESSION_TIMEOUTS);
      try {
        // On failure it calls this.stop(), which also ends the driver and the display.
        return await super.createDriverManager();
      } catch (error) {
        await this.stop();
        if (attempt === 3) throw error;
        process.stderr.write(`WebKit: no session (${error.message}); starting WebKitWebDriver again (try ${attempt + 1} of 3)\n`);
      }
    }
  }

  // A fresh browser session (a new MiniBrowser, new web processes) for every test file: in one
  // long-lived WebKit process, hot code from earlier test pages was seen to keep reading the real
  // `performance` after sinon's fake clock had replaced window.performance, so a file's result
  // depended on the files run before it.
  async startSession(id, url) {
    if (this.driver && this.sessionsStarted > 0) {
      clearInterval(this.pendingHeartbeat);
      await this.driver.deleteSession().catch(() => {});
      this.driver = undefined;
      this.driverManager = undefined;
    }
    this.sessionsStarted = (this.sessionsStarted ?? 0) + 1;
    return super.startSession(id, url);
  }

  async stop() {
    // Taken at once: super.createDriverManager() calls stop() without waiting for it.
    const webkit = this.webkit;
    this.webkit = undefined;
    await super.stop();
    await webkit?.stop();
  }
}

/**
 * Puppeteer's WebDriver BiDi keyboard does not know the key name "Space" that its DevTools
 * keyboard (and sendKeys({ press: 'Space' })) accepts: it throws 'Unknown key: "Space"'. Send the
 * character instead, which Firefox reports as key " " with code "Space", as a real keyboard does.
 */
function withSpaceKey(page) {
  const { keyboard } = page;
  for (const method of ['press', 'down', 'up']) {
    const original = keyboard[method].bind(keyboard);
    keyboard[method] = (key, ...rest) => original(key === 'Space' ? ' ' : key, ...rest);
  }
  return page;
}

/**
 * wtr's emulateMedia calls Puppeteer's emulateMediaFeatures/emulateMediaType, which need the
 * DevTools protocol ("CDP support is required for this feature"). In Firefox a request for what the
 * page already matches (resetting to light, to no-preference) succeeds as the no-op it is; any
 * other value fails with an error that says which feature and where Chromium-only tests are listed.
 */
function withMediaAnswers(page) {
  const unsupported = (what) =>
    new Error(
      `Firefox cannot emulate ${what}: Puppeteer emulates media over the DevTools protocol, which Firefox (WebDriver BiDi) lacks. Mark the test chromiumOnly('media-emulation') (test/support/engines.ts).`,
    );
  page.emulateMediaFeatures = async (features = []) => {
    for (const { name, value } of features) {
      const matches = await page.evaluate((query) => matchMedia(query).matches, `(${name}: ${value})`);
      if (!matches) throw unsupported(`${name}: ${value}`);
    }
  };
  page.emulateMediaType = async (type) => {
    if (type && !(await page.evaluate((query) => matchMedia(query).matches, type))) throw unsupported(`media type ${type}`);
  };
  return page;
}

/** The web-test-runner launcher for `engine`; throws a clear error when the engine is not installed. */
export function launcherFor(engine) {
  const status = engineStatus(engine);
  if (!status.ok) throw new Error(`${ENGINE_LABELS[engine]} is not installed: ${status.detail}`);
  let launcher;
  if (engine === 'chromium') {
    launcher = chromeLauncher({
      launchOptions: puppeteerLaunchOptions('chromium'),
      createBrowserContext: ({ browser }) => adoptBrowser('chromium', browser).defaultBrowserContext(),
    });
  } else if (engine === 'firefox') {
    launcher = puppeteerLauncher({
      launchOptions: puppeteerLaunchOptions('firefox'),
      createPage: async ({ browser, context }) => {
        adoptBrowser('firefox', browser);
        return withMediaAnswers(withSpaceKey(await context.newPage()));
      },
    });
  } else {
    launcher = new WebKitLauncher();
  }
  launcher.smrEngine = engine;
  // Reports say Chromium, Firefox, WebKit (wtr would say "Chrome" for an installed Chromium).
  if (engine !== 'webkit') launcher.name = ENGINE_LABELS[engine];
  return launcher;
}
