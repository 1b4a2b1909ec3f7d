// Bundles <smr-timer> alone with Lit, minified, the way a page that only needs the timer would.
import { build } from 'vite';
import { cdnBuildOptions } from './cdn-build-options.mjs';
import { minifyCssLiterals } from './minify-css-literals.mjs';

export async function bundleTimerAlone() {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [minifyCssLiterals()],
    build: { ...cdnBuildOptions('src/components/timer/timer.ts', 'timer.js'), write: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  return outputs.find((chunk) => chunk.type === 'chunk').code;
}
