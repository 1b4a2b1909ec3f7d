// Prints one line per browser when a run has several ("Firefox: 236 passed, 4 failed, 3 skipped
// (120 s)") and then one closing line for the whole run, alone on its line: "N passed, N failed"
// (SMR_COUNT_LABEL, when set, goes in front of it). A test file that fails to load counts as one failure so a broken file
// can never pass silently. Skipped tests (such as Chromium-only tests in other engines) are
// counted apart and never as passed.

function count(results, totals) {
  if (!results) return;
  for (const test of results.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const suite of results.suites ?? []) count(suite, totals);
}

const line = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;

export function countReporter() {
  let started = Date.now();
  return {
    start() {
      started = Date.now();
    },
    stop({ sessions }) {
      const seconds = Math.round((Date.now() - started) / 1000);
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const byBrowser = new Map();
      for (const session of sessions) {
        const name = session.browser?.name ?? 'browser';
        if (!byBrowser.has(name)) byBrowser.set(name, { passed: 0, failed: 0, skipped: 0 });
        const browserTotals = byBrowser.get(name);
        const before = browserTotals.failed;
        count(session.testResults, browserTotals);
        const fileBroken = (session.errors?.length ?? 0) > 0 || (!session.passed && browserTotals.failed === before);
        if (fileBroken) browserTotals.failed += 1;
      }
      process.stdout.write('\n');
      for (const [name, browserTotals] of byBrowser) {
        for (const key of Object.keys(totals)) totals[key] += browserTotals[key];
        // One line per browser when this run had several (npm test runs one engine per run and sums up itself).
        if (byBrowser.size > 1) process.stdout.write(`${name}: ${line(browserTotals)} (${seconds} s)\n`);
      }
      process.stdout.write(`${process.env.SMR_COUNT_LABEL ?? ''}${line(totals)}\n`);
    },
  };
}
