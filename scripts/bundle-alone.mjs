// Bundles one module alone with Lit, minified, the way a page that only needs it would.
import { build } from 'vite';
import { cdnBuildOptions } from './cdn-build-options.mjs';
import { minifyCssLiterals } from './minify-css-literals.mjs';

export async function bundleAlone(entry) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [minifyCssLiterals()],
    build: { ...cdnBuildOptions(entry, 'bundle.js'), write: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  return outputs.find((chunk) => chunk.type === 'chunk').code;
}

export function bundleTimerAlone() {
  return bundleAlone('src/components/timer/timer.ts');
}
