// Hostile input against every element: each attribute listed in custom-elements.json gets markup
// and script payloads, huge, RTL, emoji and control-character strings, numbers as words, NaN,
// Infinity, negative and huge values, and prototype keys. Nothing may execute, nothing may throw
// into the page, and each element must show either its content or a visible error.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type { SmrRoutine } from '../../src/components/routine/routine.js';
import type { SmrExercise } from '../../src/components/exercise/exercise.js';
import type { SmrRoutineBuilder } from '../../src/components/routine-builder/routine-builder.js';
import type { SmrTimer } from '../../src/components/timer/timer.js';
import { LIMITS } from '../../src/core/limits.js';
import { manifestElements } from '../support/helpers.js';

declare global {
  interface Window {
    __smrXss?: number;
  }
}

const PAYLOADS = [
  '<img src=x onerror="window.__smrXss=1">',
  '"><script>window.__smrXss=1</script><b x="',
  "'><svg onload=window.__smrXss=1>",
  'javascript:window.__smrXss=1',
  `${'Ab'.repeat(50_000)}`,
  'مرحبا، تمرين الساق',
  '🧘‍♀️🦵🏽 Waden ✨',
  '\u202Eevil\u202C \u200B\u200D',
  '\u0000\u0007\u001b[31m\uFFFF',
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '0',
  '1e308',
  '99999999999',
  'sixty',
  '1:99',
  '{"__proto__":{"polluted":true}}',
  '__proto__',
  'constructor',
  '',
];

let attributesByTag: Map<string, string[]>;

/** Everything the page could see go wrong while `run` works. */
async function watchPage(run: () => Promise<void>): Promise<string[]> {
  const problems: string[] = [];
  const onError = (event: ErrorEvent) => problems.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => problems.push(`rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
  } catch (error) {
    problems.push(`thrown: ${String(error)}`);
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  if (window.__smrXss !== undefined) problems.push('a payload executed');
  if (({} as Record<string, unknown>).polluted !== undefined) problems.push('Object.prototype was polluted');
  return problems;
}

/** Markup that only a parsed payload could have created, anywhere in the element's shadow trees. */
function injectedNodes(element: Element): string[] {
  const found: string[] = [];
  const roots: ShadowRoot[] = element.shadowRoot ? [element.shadowRoot] : [];
  for (let index = 0; index < roots.length; index += 1) {
    for (const inner of roots[index].querySelectorAll('*')) {
      if (inner.shadowRoot) roots.push(inner.shadowRoot);
      if (inner.matches('img[src="x"], script, svg[onload], b[x]') || inner.hasAttribute('onerror'))
        found.push(inner.outerHTML.slice(0, 80));
    }
  }
  return found;
}

describe('hostile input', () => {
  before(async () => {
    attributesByTag = new Map(
      [...(await manifestElements()).values()]
        .filter((element) => element.tagName !== 'smr-step')
        .map((element) => [element.tagName, (element.attributes ?? []).map((attribute) => attribute.name)]),
    );
  });
  beforeEach(() => {
    sinon.stub(console, 'warn');
    localStorage.clear();
  });
  afterEach(() => {
    sinon.restore();
    delete window.__smrXss;
  });

  it('covers every element of the manifest', () => {
    expect([...attributesByTag.keys()].sort()).to.deep.equal([
      'smr-body-map',
      'smr-exercise',
      'smr-finder',
      'smr-history',
      'smr-illustration',
      'smr-routine',
      'smr-routine-builder',
      'smr-timer',
    ]);
    expect([...attributesByTag.values()].flat().length).to.be.greaterThan(40);
  });

  for (const tag of [
    'smr-timer',
    'smr-routine',
    'smr-exercise',
    'smr-body-map',
    'smr-finder',
    'smr-routine-builder',
    'smr-history',
    'smr-illustration',
  ]) {
    it(`<${tag}>: every attribute survives every payload, showing content or a visible error`, async function () {
      this.timeout(60_000);
      const failures: string[] = [];
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      for (const attribute of attributesByTag.get(tag)!) {
        for (const payload of PAYLOADS) {
          const label = `${attribute}=${JSON.stringify(payload.slice(0, 24))}`;
          let element: HTMLElement | undefined;
          const problems = await watchPage(async () => {
            element = document.createElement(tag);
            // The routine needs a routine to show; everything else stands alone.
            if (tag === 'smr-routine' && attribute !== 'preset' && attribute !== 'src') element.setAttribute('preset', 'lower-leg');
            if ((tag === 'smr-exercise' || tag === 'smr-illustration') && attribute !== 'exercise')
              element.setAttribute('exercise', 'calves');
            element.setAttribute(attribute, payload);
            host.replaceChildren(element);
            await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          });
          // A picture shows its content as the words of its text alternative.
          const text =
            element?.shadowRoot?.textContent?.trim() ||
            element?.shadowRoot?.querySelector('[role="img"]')?.getAttribute('aria-label')?.trim() ||
            '';
          if (problems.length > 0) failures.push(`${label}: ${problems.join('; ')}`);
          if (!text) failures.push(`${label}: rendered nothing`);
          const injected = element ? injectedNodes(element) : [];
          if (injected.length > 0) failures.push(`${label}: injected ${injected.join(', ')}`);
        }
      }
      host.replaceChildren();
      expect(failures).to.deep.equal([]);
    });
  }

  it('a 10,000-step routine is refused with a clear message, and the page keeps working', async () => {
    const steps = Array.from({ length: 10_000 }, (_, index) => ({ exercise: index % 2 ? 'calves' : 'quadriceps', duration: 60 }));
    const el = await fixture<SmrRoutine>(html`<smr-routine no-persist></smr-routine>`);
    const problems = await watchPage(async () => {
      el.routine = { id: 'huge', title: 'Huge', steps };
      await el.updateComplete;
    });
    expect(problems).to.deep.equal([]);
    const error = el.shadowRoot!.querySelector('[part~="error"]')!;
    expect(error.textContent).to.include(`expected ${LIMITS.steps.min} to ${LIMITS.steps.max} steps, got 10000`);
    expect(el.resolvedRoutine).to.equal(null);
  });

  it('deeply nested and cyclic JSON give errors, never a crash', async () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    const el = await fixture<SmrRoutine>(html`<smr-routine no-persist><script type="application/json"></script></smr-routine>`);
    const problems = await watchPage(async () => {
      el.querySelector('script')!.textContent = deep;
      el.routine = undefined;
      await el.updateComplete;
      const cyclic: Record<string, unknown> = { id: 'c', title: 'Cyclic' };
      cyclic.steps = [cyclic];
      el.routine = cyclic as never;
      await el.updateComplete;
    });
    expect(problems).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent.trim()).not.to.equal('');
  });

  it('properties take hostile values too: throwing getters, proxies, NaN and Infinity', async () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    const host = await fixture<HTMLDivElement>(
      html`<div>
        <smr-timer></smr-timer>
        <smr-routine no-persist></smr-routine>
        <smr-exercise></smr-exercise>
        <smr-routine-builder></smr-routine-builder>
      </div>`,
    );
    const timer = host.querySelector<SmrTimer>('smr-timer')!;
    const routine = host.querySelector<SmrRoutine>('smr-routine')!;
    const exercise = host.querySelector<SmrExercise>('smr-exercise')!;
    const builder = host.querySelector<SmrRoutineBuilder>('smr-routine-builder')!;
    const values: [string, unknown][] = [
      ['NaN', Number.NaN],
      ['Infinity', Number.POSITIVE_INFINITY],
      ['-1', -1],
      ['1e308', 1e308],
      ['a throwing proxy', trap],
      ['null', null],
      ['undefined', undefined],
      ['a symbol', Symbol('x')],
      ['a function', () => 1],
    ];
    for (const [label, value] of values) {
      const problems = await watchPage(async () => {
        timer.duration = value as never;
        routine.routine = value as never;
        exercise.exercise = value as never;
        builder.value = value as never;
        await Promise.all([timer.updateComplete, routine.updateComplete, exercise.updateComplete, builder.updateComplete]);
      });
      expect(problems, label).to.deep.equal([]);
      for (const element of [timer, routine, exercise, builder]) expect(element.shadowRoot!.textContent.trim()).not.to.equal('');
    }
    expect(timer.shadowRoot!.querySelector('[part~="error"]')).to.exist;
  });
});
