// Prints one closing line for the whole run, alone on its line: "N passed, N failed".
// A test file that fails to load counts as one failure so a broken file can never pass silently.

function count(results, totals) {
  if (!results) return;
  for (const test of results.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const suite of results.suites ?? []) count(suite, totals);
}

export function countReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.failed;
        count(session.testResults, totals);
        const fileBroken = (session.errors?.length ?? 0) > 0 || (!session.passed && totals.failed === before);
        if (fileBroken) totals.failed += 1;
      }
      const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
      process.stdout.write(`\n${process.env.SMR_COUNT_LABEL ?? ''}${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
    },
  };
}
