// Shared by the Node tests that drive Chromium: a local server's origin and a headless browser.
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';

/** Starts `server` on a free port of 127.0.0.1 and resolves to its origin. */
export function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`)));
}

/** Headless Chromium (CHROME_PATH or a standard install) with the flags containers need. */
export function launchChromium() {
  return puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
}

/** The strict policy the docs tell sites they can use: no inline script or style, Trusted Types with only Lit's policy. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html";
