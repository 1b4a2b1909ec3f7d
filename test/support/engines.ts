// Which engine the browser tests run in, and the one list of what only Chromium can do for a test.
// A test that needs such a feature is written with `chromiumOnly(feature)` instead of `it`: it runs
// in Chromium and is reported as skipped (never as passed) in Firefox and WebKit.
//
//   import { chromiumOnly, supports } from '../support/engines.js';
//   chromiumOnly('forced-colors')('forced colours: system colours win', async () => { … });
//   afterEach(async () => { if (supports('media-emulation')) await emulateMedia({ colorScheme: 'light' }); });

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine of this page, from its user agent (Chromium says "Chrome/", WebKit says "AppleWebKit/" without it). */
export const engine: Engine = /\bFirefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /\b(Chrome|Chromium|HeadlessChrome)\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/**
 * Test features that only Chromium offers here, and why. The single place that says what is
 * Chromium-only; web-test-runner.config.mjs answers these commands in other engines with an error
 * that names this file.
 */
export const CHROMIUM_ONLY = {
  'forced-colors':
    "executeServerCommand('emulate-forced-colors'): Emulation.setEmulatedMedia over the DevTools protocol. Firefox's WebDriver BiDi has no forced-colors emulation (emulation.setForcedColorsModeThemeOverride is an unknown command in Firefox ESR 153) and WebKitWebDriver has none.",
  'media-emulation':
    "emulateMedia({ colorScheme, reducedMotion, media }) from @web/test-runner-commands: Puppeteer emulates media features over the DevTools protocol only ('CDP support is required' in Firefox), and WebDriver classic (WebKit) has no such command.",
  'page-lifecycle':
    "A CDP session on the page (createCDPSession, Page.setWebLifecycleState 'frozen'/'active') to freeze and resume the page: DevTools protocol only.",
} as const;

export type ChromiumOnlyFeature = keyof typeof CHROMIUM_ONLY;

/** Whether this engine can do `feature` for a test. */
export function supports(feature: ChromiumOnlyFeature): boolean {
  return feature in CHROMIUM_ONLY ? engine === 'chromium' : true;
}

/** `it` in Chromium; elsewhere `it.skip`, its title saying which Chromium-only feature it needs. */
export function chromiumOnly(feature: ChromiumOnlyFeature): (title: string, fn: Mocha.Func | Mocha.AsyncFunc) => Mocha.Test {
  if (supports(feature)) return (title, fn) => it(title, fn);
  return (title, fn) => it.skip(`${title} [Chromium only: ${feature}]`, fn);
}
