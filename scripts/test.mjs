// `npm test`: the browser suite (web-test-runner, real Chromium) and then the Node suite (the
// packed package installed in a fresh project, server rendering, the manifest). Ends with one
// line for the whole run, alone on its line: "N passed, N failed".
// One part alone: `npm run test:browser -- --group timer`, `npm run test:node`.
import { nodeTestCounts, runPart } from './run-part.mjs';

const totals = { passed: 0, failed: 0 };

// Some browser tests read custom-elements.json (generated, not committed): make it first.
const manifest = await runPart('npm', ['run', 'analyze', '--silent']);
if (manifest.code !== 0) totals.failed += 1;

const browser = await runPart('npx', ['web-test-runner'], { SMR_COUNT_LABEL: 'browser tests: ' });
const browserCounts = browser.output.match(/^browser tests: (\d+) passed, (\d+) failed/m);
if (browserCounts) {
  totals.passed += Number(browserCounts[1]);
  totals.failed += Number(browserCounts[2]);
}
if (browser.code !== 0 && (!browserCounts || Number(browserCounts[2]) === 0)) totals.failed += 1;

// One file at a time: each starts its own Chromium, and the package test builds dist/.
const node = await runPart('node', ['--test', '--test-concurrency=1', '--test-reporter=spec', 'test/node/']);
const nodeCounts = nodeTestCounts(node);
totals.passed += nodeCounts.passed;
totals.failed += nodeCounts.failed;

process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed\n`);
process.exitCode = totals.failed === 0 && browser.code === 0 && node.code === 0 ? 0 : 1;
