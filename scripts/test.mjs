// `npm test`: the browser suite (web-test-runner) in Chromium, Firefox and WebKit, one engine after
// another (scripts/test-browsers.mjs; SMR_ENGINES picks some), then the Node suite (the packed
// package installed in a fresh project, server rendering, the manifest), then a check that no
// process the run started is still alive. Ends with one line for the whole run, alone on its
// line: "N passed, N failed".
// One part alone: `npm run test:browser -- --group timer`, `npm run test:node`.
import { beginRun, checkNothingLeft, unlessStopping } from './processes.mjs';
import { nodeTestCounts, runPart } from './run-part.mjs';
import { runBrowserSuites } from './test-browsers.mjs';

const owner = beginRun();
const totals = { passed: 0, failed: 0 };
let ok = true;

// Some browser tests read custom-elements.json (generated, not committed): make it first.
const manifest = await runPart('npm', ['run', 'analyze', '--silent']);
if (manifest.code !== 0) {
  totals.failed += 1;
  ok = false;
}

const browsers = await runBrowserSuites(process.argv.slice(2));
await unlessStopping();
totals.passed += browsers.passed;
totals.failed += browsers.failed;
ok &&= browsers.ok;

// One file at a time: each starts its own Chromium, and the package test builds dist/.
// `npm test -- --group timer` (options for web-test-runner) runs that part of the browser suite only.
let nodeLine = `Node suite: skipped (browser suite options given: ${process.argv.slice(2).join(' ')})`;
if (process.argv.length <= 2) {
  process.stdout.write('\n== Node suite\n');
  const node = await runPart('node', ['--test', '--test-concurrency=1', '--test-reporter=spec', 'test/node/']);
  const nodeCounts = nodeTestCounts(node);
  totals.passed += nodeCounts.passed;
  totals.failed += nodeCounts.failed;
  ok &&= node.code === 0;
  await unlessStopping();
  nodeLine = `Node: ${nodeCounts.passed} passed, ${nodeCounts.failed} failed (${node.seconds} s)`;
}

process.stdout.write(`\n${browsers.lines.join('\n')}\n${nodeLine}\n`);
// One check: every process group started during the run is gone, and no process of the run is left.
if (owner) {
  if ((await checkNothingLeft()) === 0) totals.passed += 1;
  else {
    totals.failed += 1;
    ok = false;
  }
}
process.stdout.write(`${totals.passed} passed, ${totals.failed} failed\n`);
process.exitCode = ok && totals.failed === 0 ? 0 : 1;
