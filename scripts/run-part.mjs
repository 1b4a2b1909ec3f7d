// Shared by the test runners (`npm test`, `npm run test:wordpress`): run one part with its output
// shown as it comes, and read the counts of a `node --test` spec report.
import { startProcess } from './processes.mjs';

/**
 * Runs a command in a process group of its own (scripts/processes.mjs: stopped with the run when
 * it is interrupted), echoing its stdout; resolves to its exit code, the whole stdout and the
 * wall time in seconds.
 */
export function runPart(command, args, env = {}) {
  return new Promise((resolve) => {
    let output = '';
    const started = Date.now();
    // A test runner stops what it started itself when interrupted: give it time before SIGKILL.
    const child = startProcess([command, ...args].join(' '), command, args, { env, stdio: ['ignore', 'pipe', 'inherit'], graceMs: 30_000 });
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('error', (error) => {
      output += `${error.message}\n`;
      process.stderr.write(`${command}: ${error.message}\n`);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output, seconds: Math.round((Date.now() - started) / 1000) }));
  });
}

/**
 * Passed and failed tests of a `node --test --test-reporter=spec` run. A run that exited badly
 * without a failed test (a crash, a file that did not load) counts as one failure.
 */
export function nodeTestCounts({ code, output }) {
  const passed = Number(output.match(/^ℹ pass (\d+)/m)?.[1] ?? 0);
  let failed = Number(output.match(/^ℹ fail (\d+)/m)?.[1] ?? 0);
  if (code !== 0 && failed === 0) failed = 1;
  return { passed, failed };
}
