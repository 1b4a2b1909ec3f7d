// `npm run test:wordpress`: the WordPress plugin against a real WordPress (see
// test/wordpress/). Installs Debian's wordpress, php and mariadb-server first when missing (as
// root). Then checks that nothing it started (MariaDB, PHP's server and its workers, Chromium) is
// still running, which counts as one more check. Ends with one line alone: "N passed, N failed".
import { beginRun, checkNothingLeft, unlessStopping } from './processes.mjs';
import { nodeTestCounts, runPart } from './run-part.mjs';

const owner = beginRun();
const run = await runPart('node', ['--test', '--test-reporter=spec', 'test/wordpress/']);
await unlessStopping();
let { passed, failed } = nodeTestCounts(run);
if (owner) {
  if ((await checkNothingLeft()) === 0) passed += 1;
  else failed += 1;
}
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exitCode = run.code === 0 && failed === 0 ? 0 : 1;
