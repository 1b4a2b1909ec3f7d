// `npm run test:browser [-- <web-test-runner options>]`: the browser suite in every engine
// SMR_ENGINES names (default: chromium, firefox, webkit), one web-test-runner after another (each
// with concurrency 1: the timing tests compare against real time). An engine that is not
// installed is reported in one line and skipped; with CI=true that counts as a failure.
//   npm run test:browser -- --group timer
//   SMR_ENGINES=firefox npm run test:browser -- --group timer
// Prints one line per engine and, alone on the last line, "N passed, N failed".
import { pathToFileURL } from 'node:url';
import { ENGINE_LABELS, engineStatus, notInstalledLine, selectedEngines } from './engines.mjs';
import { beginRun, checkNothingLeft, isStopping, unlessStopping } from './processes.mjs';
import { runPart } from './run-part.mjs';

/** Runs the suite per engine; resolves to `{ passed, failed, lines, ok }` (`lines`: one summary line per engine). */
export async function runBrowserSuites(args = []) {
  const totals = { passed: 0, failed: 0, lines: [], ok: true };
  for (const engine of selectedEngines()) {
    if (isStopping()) break;
    const label = ENGINE_LABELS[engine];
    const status = engineStatus(engine);
    if (!status.ok) {
      const line = notInstalledLine(engine, status) + (process.env.CI === 'true' ? ' — a failure under CI=true' : '');
      process.stdout.write(`\n== ${line}\n`);
      totals.lines.push(line);
      if (process.env.CI === 'true') {
        totals.failed += 1;
        totals.ok = false;
      }
      continue;
    }
    process.stdout.write(`\n== ${label} (${status.detail})\n`);
    const run = await runPart('npx', ['web-test-runner', ...args], { SMR_ENGINES: engine, SMR_COUNT_LABEL: `${label} total: ` });
    const counts = run.output.match(new RegExp(`^${label} total: (\\d+) passed, (\\d+) failed(?:, (\\d+) skipped)?`, 'm'));
    const passed = Number(counts?.[1] ?? 0);
    let failed = Number(counts?.[2] ?? 0);
    const skipped = Number(counts?.[3] ?? 0);
    // A run that ended badly without a failed test (it did not start, it crashed) is one failure.
    if (run.code !== 0 && failed === 0) failed = 1;
    if (run.code !== 0) totals.ok = false;
    totals.passed += passed;
    totals.failed += failed;
    const crashed = counts ? '' : `, exit code ${run.code}: no results`;
    totals.lines.push(
      `${label}: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''} (${run.seconds} s${crashed})`,
    );
  }
  return totals;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const owner = beginRun();
  const totals = await runBrowserSuites(process.argv.slice(2));
  await unlessStopping();
  process.stdout.write(`\n${totals.lines.join('\n')}\n`);
  if (owner && (await checkNothingLeft()) > 0) totals.failed += 1;
  process.stdout.write(`${totals.passed} passed, ${totals.failed} failed\n`);
  process.exitCode = totals.ok && totals.failed === 0 ? 0 : 1;
}
