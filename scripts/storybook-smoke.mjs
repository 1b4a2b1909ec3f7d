// Opens every story and docs page of the built static Storybook (storybook-static/) in headless
// Chromium and checks that each renders: the story's root has content, Storybook shows no error
// overlay, and the page logs no console error or exception. Run after `npm run build-storybook`;
// exits 1 on any failure.
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { serveProject } from './serve-project.mjs';

const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const entries = Object.values(index.entries).filter((entry) => entry.type === 'story' || entry.type === 'docs');

const EXPECTED_MISSING = ['/missing-routine.json', '/favicon.ico'];

const server = await serveProject();
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
const base = `http://127.0.0.1:${server.address().port}/storybook-static/iframe.html`;
let failures = 0;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 800 });
  let errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Failed requests are reported by URL below; the console's copy of them names none.
  page.on(
    'console',
    (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && errors.push(message.text()),
  );
  page.on('response', (response) => {
    // The "source fails" story asks for a missing file on purpose; browsers ask for a favicon.
    if (response.status() >= 400 && !EXPECTED_MISSING.some((path) => response.url().endsWith(path)))
      errors.push(`${response.status()} ${response.url()}`);
  });
  for (const entry of entries) {
    errors = [];
    const docs = entry.type === 'docs';
    await page.goto(`${base}?id=${entry.id}&viewMode=${docs ? 'docs' : 'story'}`, { waitUntil: 'networkidle0' });
    const rendered = await page
      .waitForFunction(
        (docs) => {
          if (document.body.classList.contains('sb-show-errordisplay')) return 'error display';
          const root = document.querySelector(docs ? '#storybook-docs' : '#storybook-root');
          // Every smr-* element shown must be defined and have rendered into its shadow root.
          const elements = [...(root?.querySelectorAll('*') ?? [])].filter(
            (element) => element.localName.startsWith('smr-') && element.localName !== 'smr-step',
          );
          const rendered = elements.length > 0 && elements.every((element) => (element.shadowRoot?.childNodes.length ?? 0) > 0);
          return rendered ? 'ok' : false;
        },
        { timeout: 10_000 },
        docs,
      )
      .then((handle) => handle.jsonValue())
      .catch(() => 'nothing rendered in 10 s');
    const ok = rendered === 'ok' && errors.length === 0;
    if (!ok) failures++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${entry.id}${ok ? '' : `: ${rendered === 'ok' ? '' : rendered} ${errors.join(' | ')}`}`);
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${entries.length - failures} of ${entries.length} stories and docs pages rendered cleanly`);
process.exit(failures > 0 ? 1 : 0);
