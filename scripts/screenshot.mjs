// Screenshots a page (or one element of it) in headless Chromium, light or dark.
//   node scripts/screenshot.mjs <url> <out.png> [--width 960] [--dark] [--selector css] [--click css] [--eval js] [--wait ms]
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const [url, out, ...rest] = process.argv.slice(2);
const option = (name, fallback) => {
  const i = rest.indexOf(`--${name}`);
  return i === -1 ? fallback : rest[i + 1];
};
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
try {
  const page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && console.error('page error:', m.text()));
  page.on('pageerror', (e) => console.error('page exception:', e.message));
  await page.setViewport({ width: Number(option('width', 960)), height: Number(option('height', 900)), deviceScaleFactor: 2 });
  const dark = rest.includes('--dark');
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }]);
  await page.goto(url + (dark && url.includes('demo') ? '?theme=dark' : ''), { waitUntil: 'networkidle0' });
  const click = option('click');
  if (click) await page.locator(click).click();
  const script = option('eval');
  if (script) await page.evaluate(script);
  await new Promise((r) => setTimeout(r, Number(option('wait', 300))));
  const selector = option('selector');
  const target = selector ? await page.$(selector) : page;
  await target.screenshot({ path: out, fullPage: !selector });
} finally {
  await browser.close();
}
