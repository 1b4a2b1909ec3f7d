// Shared by the test runners (`npm test`, `npm run test:wordpress`): run one part with its output
// shown as it comes, and read the counts of a `node --test` spec report.
import { spawn } from 'node:child_process';

/** Runs a command, echoing its stdout; resolves to its exit code and the whole stdout. */
export function runPart(command, args, env = {}) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['inherit', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ code, output }));
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
