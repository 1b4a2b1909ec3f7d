// `npm run test:wordpress`: the WordPress plugin against a real WordPress (see
// test/wordpress/). Installs Debian's wordpress, php and mariadb-server first when missing (as
// root). Ends with one line alone: "N passed, N failed".
import { spawn } from 'node:child_process';

const child = spawn('node', ['--test', '--test-reporter=spec', 'test/wordpress/'], { stdio: ['inherit', 'pipe', 'inherit'] });
let output = '';
child.stdout.on('data', (chunk) => {
  output += chunk;
  process.stdout.write(chunk);
});
child.on('close', (code) => {
  const passed = Number(output.match(/^ℹ pass (\d+)/m)?.[1] ?? 0);
  let failed = Number(output.match(/^ℹ fail (\d+)/m)?.[1] ?? 0);
  if (code !== 0 && failed === 0) failed = 1;
  process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  process.exitCode = code === 0 && failed === 0 ? 0 : 1;
});
