// Bundles one module alone with Lit, minified, the way a page that only needs it would.
import { build } from 'vite';
import { autoloaderBuildOptions, CDN_ALIASES, cdnBuildOptions, exercisesOnDemand, noPreloadHelper } from './cdn-build-options.mjs';
import { minifyCssLiterals } from './minify-css-literals.mjs';

export async function bundleAlone(entry) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [minifyCssLiterals(), noPreloadHelper()],
    resolve: { alias: CDN_ALIASES },
    build: { ...cdnBuildOptions(entry, 'bundle.js'), write: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  return outputs.find((chunk) => chunk.type === 'chunk').code;
}

export function bundleTimerAlone() {
  return bundleAlone('src/components/timer/timer.ts');
}

/**
 * Builds the CDN folder as `npm run build` does (`smr-elements.js` with `lang/`, and
 * `smr-autoloader.js` with `elements/` and `chunks/`) into `outDir`, for tests that must not depend
 * on an earlier build.
 */
export async function buildCdnInto(outDir) {
  const root = new URL('..', import.meta.url).pathname;
  const common = { configFile: false, root, logLevel: 'silent', plugins: [minifyCssLiterals(), noPreloadHelper()] };
  await build({
    ...common,
    resolve: { alias: CDN_ALIASES },
    build: { ...cdnBuildOptions(`${root}src/cdn.ts`, 'smr-elements.js'), outDir },
  });
  await build({ ...common, plugins: [...common.plugins, exercisesOnDemand(root)], build: { ...autoloaderBuildOptions(root), outDir } });
}
