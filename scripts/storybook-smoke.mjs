// Opens every story and docs page of the built static Storybook (storybook-static/) in Chromium,
// Firefox and WebKit (SMR_ENGINES picks some; an engine not installed is skipped in one line, a
// failure with CI=true) and checks that each renders: every smr-* element shown has rendered into
// its shadow root, Storybook shows no error overlay, and the page has no uncaught error, console
// error or failed request. Run after `npm run build-storybook`; exits 1 on any failure, leaving no
// process running.
import { readFileSync } from 'node:fs';
import { inEachEngine, openPage } from './engines.mjs';
import { beginRun, checkNothingLeft } from './processes.mjs';
import { serveProject } from './serve-project.mjs';

const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const entries = Object.values(index.entries).filter((entry) => entry.type === 'story' || entry.type === 'docs');

// The "source fails" story asks for a missing file on purpose; browsers ask for a favicon.
const EXPECTED_MISSING = ['/missing-routine.json', '/favicon.ico'];

const owner = beginRun();
const server = await serveProject({}, process.cwd(), { collectErrors: true });
const base = `http://127.0.0.1:${server.address().port}/storybook-static/iframe.html`;

async function check(engine) {
  let failures = 0;
  const page = await openPage(engine);
  try {
    await page.setViewport(1024, 800);
    for (const entry of entries) {
      const docs = entry.type === 'docs';
      server.failedRequests.length = 0;
      await page.goto(`${base}?id=${entry.id}&viewMode=${docs ? 'docs' : 'story'}`);
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
          10_000,
          docs,
        )
        .catch(() => 'nothing rendered in 10 s');
      const errors = [
        ...(await page.errors()),
        ...server.failedRequests.filter((request) => !EXPECTED_MISSING.some((path) => request.endsWith(path))),
      ];
      const ok = rendered === 'ok' && errors.length === 0;
      if (!ok) failures++;
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${entry.id}${ok ? '' : `: ${rendered === 'ok' ? '' : rendered} ${errors.join(' | ')}`}`);
    }
  } finally {
    await page.close();
  }
  console.log(`${entries.length - failures} of ${entries.length} stories and docs pages rendered cleanly`);
  return failures;
}

let failures = 0;
try {
  failures = await inEachEngine('Storybook', check);
} finally {
  server.close();
}
if (owner && (await checkNothingLeft()) > 0) failures += 1;
process.exit(failures > 0 ? 1 : 0);
