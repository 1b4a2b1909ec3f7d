// Tests run in real Chromium (CHROME_PATH, or a standard install location).
// One group per folder of test/ and per component, so one element's tests run alone:
//   npm test -- --group timer
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { CHROME_ARGS, findChrome } from './scripts/find-chrome.mjs';
import { countReporter } from './test/support/count-reporter.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));
const componentTests = readdirSync('test/components').filter((file) => file.endsWith('.test.ts'));
const folderGroups = ['core', 'content', 'controllers', 'integrations'].filter((folder) => {
  try {
    return readdirSync(`test/${folder}`).some((file) => file.endsWith('.test.ts'));
  } catch {
    return false;
  }
});

export default {
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig, target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS },
    }),
  ],
  // Timing tests compare against real time; one file at a time keeps them honest on 2 cores.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  groups: [
    ...folderGroups.map((folder) => ({ name: folder, files: `test/${folder}/**/*.test.ts` })),
    ...componentTests.map((file) => ({ name: file.replace('.test.ts', ''), files: `test/components/${file}` })),
  ],
  reporters: [
    ...(process.env.CI ? [summaryReporter({ flatten: true })] : []),
    defaultReporter({ reportTestProgress: !process.env.CI }),
    countReporter(),
  ],
};
