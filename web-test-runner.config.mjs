// Tests run in real browsers: Chromium, Firefox and WebKit (scripts/engines.mjs finds them).
// SMR_ENGINES picks the engines of this run (default: chromium); `npm test` and
// `npm run test:browser` run one web-test-runner per installed engine, one after another.
// One group per folder of test/ and per component, so one element's tests run alone:
//   npm run test:browser -- --group timer
//   SMR_ENGINES=firefox npm run test:browser -- --group timer
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { ENGINE_LABELS, selectedEngines } from './scripts/engines.mjs';
import { freePort } from './scripts/processes.mjs';
import { countReporter } from './test/support/count-reporter.mjs';
import { launcherFor } from './test/support/launchers.mjs';

/**
 * `executeServerCommand('emulate-forced-colors', 'active' | 'none')`: Chromium's forced-colors
 * mode, which wtr's emulateMedia lacks. Only Chromium's DevTools protocol can emulate it: other
 * engines answer 'none' with `false` (nothing to undo) and 'active' with a clear error, so a test
 * that needs it must be marked Chromium-only (test/support/engines.ts).
 */
function forcedColorsCommand() {
  const cdpSessions = new WeakMap();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const engine = session.browser.smrEngine ?? 'chromium';
      if (engine !== 'chromium') {
        if (payload === 'none') return false;
        throw new Error(
          `emulate-forced-colors needs Chromium's DevTools protocol; ${ENGINE_LABELS[engine] ?? engine} cannot emulate forced colors. Mark the test chromiumOnly('forced-colors') (test/support/engines.ts).`,
        );
      }
      // Puppeteer's emulateMediaFeatures does not know forced-colors; the DevTools protocol does.
      // An override lasts as long as the session that set it, so each page keeps its session.
      const page = session.browser.getPage(session.id);
      if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
      await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload }] });
      return true;
    },
  };
}

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));
const componentTests = readdirSync('test/components').filter((file) => file.endsWith('.test.ts'));
const folderGroups = ['core', 'content', 'controllers', 'styles', 'integrations'].filter((folder) => {
  try {
    return readdirSync(`test/${folder}`).some((file) => file.endsWith('.test.ts'));
  } catch {
    return false;
  }
});

export default {
  // A port the system picked: wtr's own search starts at 8000 in every run, so two runs at once collided.
  port: await freePort(),
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig, target: 'es2022' }), forcedColorsCommand()],
  browsers: selectedEngines(process.env.SMR_ENGINES || 'chromium').map(launcherFor),
  // Timing tests compare against real time; one file at a time keeps them honest on 2 cores.
  concurrency: 1,
  // A WebKit session that has to be started again (test/support/launchers.mjs) needs more than 30 s.
  browserStartTimeout: 60000,
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
