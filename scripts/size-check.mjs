// Size budgets (gzip), checked in CI after `npm run build`. Prints JSON; exits 1 over budget.
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { bundleAlone, bundleTimerAlone } from './bundle-alone.mjs';
import { measurePageWeights } from './page-weight.mjs';

const BUDGETS = {
  // Every element; the builder (an authoring tool) is about 10.5 KB of it. See the README's size table.
  // 76 KB since the catalog grew with the clinical review: three exercises, an off-the-floor option for
  // every floor exercise, a complete red-flag screen and "before you start" check (+4.9 KB of content
  // and the code that shows it). The one-tag path will load content on demand (autoloader).
  // Issue 19's target is 70 KB; it is 105.5 KB since issues 18 and 20 (pictures of every exercise
  // with their words, the voice coach, history, share links and QR codes): a ceiling, not a goal.
  // 109 KB since issue 19's on-demand loading: the seams that let the autoloader's pages fetch the cue
  // machinery, the history writer and the voice coach later (and the press unlock apart) cost this
  // file about 1 KB, which bundles all of them.
  'dist/cdn/smr-elements.js': 109 * 1024,
  // The goal is 9 KB; Lit alone is 6.2 KB of it. See the README's size table. 19 KB since the lock-screen
  // controls (Media Session, +0.8 KB) and the speech checks the coach shares (+0.5 KB); 19.5 KB since
  // the cue machinery loads on demand (+0.6 KB of plumbing: the press's own unlock, the prefetch on
  // view or idle, early cues kept until it arrives), which took 2 KB off the timer's critical path.
  'timer alone (lit included)': 19.5 * 1024,
  // 44 KB with the reviewed catalog (see above); 63 KB since issues 18 and 20: the pictures of every
  // exercise (pose data and words 2.4 KB, model, layout, render and motion about 4 KB), the voice coach
  // and the spoken set-ups (about 3 KB), the session log (1.7 KB), share links and QR (2.9 KB; the QR
  // library itself loads only with print-qr), a step's own picture or clip, the Media Session.
  // 63.5 KB since the share-link code became a module fetched on demand (its seam, about 0.1 KB).
  'routine alone (lit and catalog included)': 63.5 * 1024,
  // An authoring tool, never on a visitor's page: 50 KB, +1 KB since the builder's jobs got rooms of
  // their own (reorder and step-focus controllers, view modules), +4 KB with the reviewed catalog;
  // 80.5 KB since issues 18 and 20: the routine it previews grew (above), the share link with its QR
  // code (the QR library, 3.8 KB), the media field, the pictures in its catalog. 81 KB since the
  // catalog module gained what the on-demand catalog needs to share its shape (ids, muscle counts);
  // 81.5 KB with the share-link code's on-demand seam.
  'routine builder alone (lit, catalog and routine included)': 81.5 * 1024,
  // Issue 18: every exercise's pose data and the English words of its picture, together.
  'illustration data (all exercises)': 8 * 1024,
  // Issue 19, measured in a real page (scripts/page-weight.mjs: the gzip size of every script the
  // page receives). Ceilings at today's size and a little; the issue's targets (TARGETS) are not met.
  // Lowered with the cue machinery and the history writer on demand, the routine's catalog look-ups
  // without the finder's concerns, the voice coach only with `voice`, the history writer only without
  // `no-persist`, and Vite's preload helper cut to one call: timer 24.7 → 22.9 KB before it renders,
  // routine (no-persist) 73.2 → 67.8 KB. Then the timer's pages without routine validation in the
  // shared chunk (22.9 → 21.0 KB), the catalog's exercises fetched one by one on demand, each with
  // its picture, and the share-link code only when something is shared (routine 67.8 → 59.0 KB).
  // Every element: 118 → 119.5 KB, because that page pays for the on-demand catalog's index
  // (1.9 KB) and one more shared chunk; see the README's size table.
  'page: one <smr-timer> via the autoloader, before it first renders': 21.5 * 1024,
  'page: one <smr-timer> via the autoloader, idle after a two-sided session': 24 * 1024,
  'page: one <smr-routine preset="lower-leg"> via the autoloader': 60 * 1024,
  'page: every element via the autoloader': 119.5 * 1024,
};
/** Issue 19's budgets where the ceiling above is not yet down to them (printed, not enforced). */
const TARGETS = {
  'dist/cdn/smr-elements.js': 70 * 1024,
  'page: one <smr-timer> via the autoloader, before it first renders': 14 * 1024,
  'page: one <smr-timer> via the autoloader, idle after a two-sided session': 20 * 1024,
  'page: one <smr-routine preset="lower-leg"> via the autoloader': 40 * 1024,
};

const gzip = (code) => gzipSync(code, { level: 9 }).length;

/** Every exercise's pose data and the English words of its picture, minified together. */
async function illustrationData() {
  const result = await esbuild.build({
    stdin: {
      contents:
        "export { illustrations } from './src/content/illustrations.ts'; export { pictureText } from './src/content/illustration-text.ts';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
  });
  return result.outputFiles[0].contents;
}
const pages = await measurePageWeights();
const sizes = {
  'dist/cdn/smr-elements.js': gzip(readFileSync('dist/cdn/smr-elements.js')),
  'timer alone (lit included)': gzip(await bundleTimerAlone()),
  'routine alone (lit and catalog included)': gzip(await bundleAlone('src/components/routine/routine.ts')),
  'routine builder alone (lit, catalog and routine included)': gzip(await bundleAlone('src/components/routine-builder/routine-builder.ts')),
  'illustration data (all exercises)': gzip(await illustrationData()),
  'page: one <smr-timer> via the autoloader, before it first renders': pages.timer.criticalGzipBytes,
  'page: one <smr-timer> via the autoloader, idle after a two-sided session': pages.timer.totalGzipBytes,
  'page: one <smr-routine preset="lower-leg"> via the autoloader': pages.routineLowerLeg.totalGzipBytes,
  'page: every element via the autoloader': pages.everyElement.totalGzipBytes,
};
// Issue 19: every element through the autoloader costs at most the all-in-one bundle and 5 %.
const allInOnePlus5 = Math.round(pages.allInOne.everyElement.totalGzipBytes * 1.05);
TARGETS['page: every element via the autoloader'] = allInOnePlus5;
let over = false;
const report = Object.fromEntries(
  Object.entries(sizes).map(([name, bytes]) => {
    const budget = BUDGETS[name];
    if (bytes > budget) over = true;
    const target =
      TARGETS[name] !== undefined && TARGETS[name] < budget ? { issue19TargetBytes: TARGETS[name], targetMet: bytes <= TARGETS[name] } : {};
    return [name, { gzipBytes: bytes, budgetBytes: budget, ok: bytes <= budget, ...target }];
  }),
);
// Issue 19, no layout jump: a blog post with a timer and a routine, the README's :not(:defined)
// rules in its stylesheet, the autoloader on a slow connection. 0.1 is the limit of a "good" CLS.
const shifts = pages.blogCumulativeLayoutShift;
report['blog post layout shift with the README fallback CSS'] = {
  cumulativeLayoutShift: shifts.autoloaderWithReadmeFallbackCss,
  budget: 0.1,
  ok: shifts.autoloaderWithReadmeFallbackCss <= 0.1,
  withoutTheCss: shifts.autoloaderAlone,
};
if (shifts.autoloaderWithReadmeFallbackCss > 0.1) over = true;
console.log(JSON.stringify(report, null, 2));
process.exit(over ? 1 : 0);
