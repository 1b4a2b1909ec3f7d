// `npm run test:wordpress`: the WordPress plugin against a real WordPress (see
// test/wordpress/). Installs Debian's wordpress, php and mariadb-server first when missing (as
// root). Ends with one line alone: "N passed, N failed".
import { nodeTestCounts, runPart } from './run-part.mjs';

const run = await runPart('node', ['--test', '--test-reporter=spec', 'test/wordpress/']);
const { passed, failed } = nodeTestCounts(run);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exitCode = run.code === 0 && failed === 0 ? 0 : 1;
