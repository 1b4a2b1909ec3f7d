import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import { registerTranslation, translationFor } from '../../src/controllers/translation-registry.js';
import { en, type Translation } from '../../src/translations/en.js';
import { es } from '../../src/translations/es.js';
import { de } from '../../src/translations/de.js';
import type { SmrTimer } from '../../src/components/timer/timer.js';
import type { SmrRoutine } from '../../src/components/routine/routine.js';
import type { SmrRoutineBuilder } from '../../src/components/routine-builder/routine-builder.js';
import { shadowText, useFakeClock } from '../support/helpers.js';
import type { Problem } from '../../src/core/problems.js';

/** Argument lists tried on each string function; the first that English fills cleanly is used. */
const SAMPLE_ARGUMENTS: unknown[][] = [
  [3, 12, 'Calves'],
  ['Calves', 3, 12],
  ['Calves', 'Left side', 3],
  [2, 'Calves', 'Left side'],
  [{ code: 'too-long', max: 120, count: 130 }],
  [['My calves are tight', 'My neck is stiff']],
];

/** One problem of every code, with parameters that show in the text. */
const PROBLEMS = {
  required: { code: 'required' },
  'required-custom': { code: 'required-custom' },
  empty: { code: 'empty' },
  'empty-list': { code: 'empty-list' },
  'no-input': { code: 'no-input' },
  'unknown-field': { code: 'unknown-field', expected: ['id', 'title', 'steps'] },
  'wrong-type': { code: 'wrong-type', expected: 'step-list', got: 'an object' },
  'list-of': { code: 'list-of', allowed: ['roller', 'ball'], got: '42' },
  'one-of': { code: 'one-of', allowed: ['both', 'none'], got: '"left"' },
  'too-long': { code: 'too-long', max: 120, count: 1234 },
  'too-many': { code: 'too-many', max: 30, count: 31 },
  'step-count': { code: 'step-count', min: 1, max: 100, count: 10000 },
  'list-length': { code: 'list-length', expected: 3, count: 2 },
  range: { code: 'range', unit: 'seconds', min: 5, max: 600, got: '"abc"' },
  'at-most-seconds': { code: 'at-most-seconds', max: 86400, got: '"2 days"' },
  duration: { code: 'duration', got: '"soon"' },
  'not-positive': { code: 'not-positive', got: '-5' },
  'kebab-case': { code: 'kebab-case', got: '"Inner Thigh"' },
  url: { code: 'url', got: '"javascript:alert(1)"' },
  unknown: { code: 'unknown', kind: 'exercise', got: '"calfs"', suggestions: ['calves'] },
  unreadable: { code: 'unreadable', detail: 'Error: trap' },
  unavailable: { code: 'unavailable' },
  'share-link': { code: 'share-link', reason: 'too-large', max: 262144 },
} satisfies { [Code in Problem['code']]: Extract<Problem, { code: Code }> };
const clean = (text: unknown): boolean =>
  typeof text === 'string' && text.trim() !== '' && !/undefined|NaN|\[object|no arguments give/.test(text);

/** Paths of `value` with their kinds ('string', 'function', 'object'), to compare shapes. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [`${path}:${typeof value}`];
  return Object.entries(value)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([key, inner]) => shape(inner, `${path}.${key}`));
}

/** Every string of `translation`, with its functions called on the arguments that suit English. */
function texts(translation: unknown, english: unknown): string[] {
  if (typeof translation === 'string') return [translation];
  if (typeof translation === 'function' && typeof english === 'function') {
    const attempt = (fn: (...args: unknown[]) => unknown, args: unknown[]): unknown => {
      try {
        return fn(...args);
      } catch {
        return undefined;
      }
    };
    const args = SAMPLE_ARGUMENTS.find(
      (candidate) => clean(attempt(english as never, candidate)) && clean(attempt(translation as never, candidate)),
    );
    return [args ? String(translation(...args)) : `${translation.name}: no arguments give a clean string`];
  }
  if (typeof translation === 'object' && translation !== null) {
    return Object.entries(translation).flatMap(([key, inner]) => texts(inner, (english as Record<string, unknown>)[key]));
  }
  return [];
}

const primary = (timer: SmrTimer) => timer.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button-primary"]')!;

describe('UI languages', () => {
  before(() => {
    registerTranslation(es);
    registerTranslation(de);
  });
  afterEach(() => {
    document.documentElement.lang = 'en';
    sinon.restore();
  });

  for (const translation of [es, de]) {
    it(`${translation.lang} has every string English has, and each reads as a sentence`, () => {
      expect(shape(translation)).to.deep.equal(shape(en));
      const all = texts(translation, en);
      expect(all.length).to.be.greaterThan(200);
      expect(all.filter((text) => !clean(text))).to.deep.equal([]);
      // Not English left in place: most strings differ from English.
      const englishTexts = texts(en, en);
      const same = all.filter((text, index) => text === englishTexts[index]);
      expect(same.length).to.be.lessThan(all.length * 0.1);
    });
  }

  for (const translation of [es, de]) {
    it(`${translation.lang} words every validation problem itself, keeping the values`, () => {
      for (const problem of Object.values(PROBLEMS) as Problem[]) {
        const text = translation.errors.problem(problem);
        const english = en.errors.problem(problem);
        expect(clean(text), `${problem.code}: ${text}`).to.equal(true);
        expect(text, problem.code).not.to.equal(english);
        for (const value of [/"[^"]*"|\b\d+\b/g].flatMap((pattern) => english.match(pattern) ?? [])) {
          // Literal values stay as written; numbers may take the language's grouping (86.400, 10.000).
          const grouped = /^\d+$/.test(value) ? new Intl.NumberFormat(translation.lang).format(Number(value)) : value;
          expect(text.includes(value) || text.includes(grouped), `${problem.code} keeps ${value}: ${text}`).to.equal(true);
        }
      }
      expect(translation.errors.problem(PROBLEMS['wrong-type'])).not.to.include('an object');
    });
  }

  it('shows validation errors in the element language, while smr-error keeps the English message', async () => {
    const section = await fixture<HTMLElement>(html`<section lang="es"><smr-timer duration="soon"></smr-timer></section>`);
    const timer = section.querySelector('smr-timer')!;
    await timer.updateComplete;
    expect(shadowText(timer, '[part="error"]')).to.include(es.errors.problem({ code: 'duration', got: '"soon"' }));
    expect(shadowText(timer, '[part="error"]')).to.include(es.errors.heading);
    section.lang = 'de';
    await new Promise((resolve) => setTimeout(resolve));
    await timer.updateComplete;
    expect(shadowText(timer, '[part="error"]')).to.include('erwartet: eine Dauer in Sekunden');
    const event = new Promise<CustomEvent>((resolve) =>
      timer.addEventListener('smr-error', (e) => resolve(e as CustomEvent), { once: true }),
    );
    timer.setAttribute('duration', '0');
    const { errors } = (await event).detail;
    expect(errors).to.deep.equal([
      { path: 'duration', message: 'expected a duration greater than 0 seconds, got "0"', problem: { code: 'not-positive', got: '"0"' } },
    ]);
  });

  it('falls back to the English message when a translation cannot word a problem', async () => {
    const partial = { ...es, lang: 'xq', errors: { ...es.errors, problem: undefined } } as unknown as Translation;
    registerTranslation(partial);
    const timer = await fixture<SmrTimer>(html`<smr-timer lang="xq" duration="soon"></smr-timer>`);
    expect(shadowText(timer, '[part="error"]')).to.include('expected a duration in seconds such as 90');
  });

  it('a translation written before newer strings existed shows those in English instead of breaking', async () => {
    // As a site's own translation written for an earlier version would be: no positions, no off-floor words.
    const older: Record<string, unknown> = { ...(es as unknown as Record<string, unknown>), lang: 'xo' };
    for (const [section, key] of [
      ['exercise', 'positions'],
      ['exercise', 'offFloor'],
      ['routine', 'onFloor'],
      ['finder', 'offFloor'],
      ['builder', 'offFloor'],
    ] as const) {
      const copy = { ...(older[section] as Record<string, unknown>) };
      delete copy[key];
      older[section] = copy;
    }
    registerTranslation(older as unknown as Translation);
    const page = await fixture<HTMLDivElement>(
      html`<div lang="xo">
        <smr-exercise exercise="hamstrings"></smr-exercise>
        <smr-routine preset="lower-leg" no-persist></smr-routine>
      </div>`,
    );
    const [card, routine] = [...page.children] as HTMLElement[];
    await (routine as SmrRoutine).updateComplete;
    expect(shadowText(routine, '[part~="button-primary"]')).to.equal(es.routine.start);
    expect(shadowText(card)).to.include(en.exercise.positions.floor);
    expect(translationFor('xo').exercise.positions).to.deep.equal(en.exercise.positions);
    expect(translationFor('xo').timer.start).to.equal(es.timer.start);
  });

  it('picks the best match for a language tag', () => {
    expect(translationFor('es-MX')).to.equal(es);
    expect(translationFor('DE-at')).to.equal(de);
    expect(translationFor('de')).to.equal(de);
    expect(translationFor('fr')).to.equal(translationFor('en'));
    expect(translationFor('')).to.equal(translationFor('en'));
  });

  it("follows the element's lang, then the nearest ancestor's, then the document's", async () => {
    document.documentElement.lang = 'de';
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <smr-timer id="document" duration="30"></smr-timer>
        <section lang="es-ES"><smr-timer id="ancestor" duration="30"></smr-timer></section>
        <section lang="es"><smr-timer id="own" lang="en" duration="30"></smr-timer></section>
      </div>`,
    );
    const timers = [...page.querySelectorAll('smr-timer')];
    await Promise.all(timers.map((timer) => timer.updateComplete));
    const [fromDocument, fromAncestor, own] = timers.map(primary);
    expect(fromDocument.textContent.trim()).to.equal(de.timer.start);
    expect(fromAncestor.textContent.trim()).to.equal(es.timer.start);
    expect(fromAncestor.getAttribute('aria-label')).to.equal(es.timer.startName(''));
    expect(own.textContent.trim()).to.equal(en.timer.start);
  });

  it('re-renders when a lang changes, and when a translation arrives after the elements', async () => {
    const section = await fixture<HTMLElement>(html`<section lang="en"><smr-timer duration="30"></smr-timer></section>`);
    const timer = section.querySelector('smr-timer')!;
    await timer.updateComplete;
    expect(primary(timer).textContent.trim()).to.equal('Start');
    section.lang = 'de';
    await new Promise((resolve) => setTimeout(resolve));
    await timer.updateComplete;
    expect(primary(timer).textContent.trim()).to.equal(de.timer.start);

    section.lang = 'xx';
    await new Promise((resolve) => setTimeout(resolve));
    await timer.updateComplete;
    expect(primary(timer).textContent.trim()).to.equal('Start');
    const late: Translation = { ...en, lang: 'xx', timer: { ...en.timer, start: 'Late start' } };
    registerTranslation(late);
    await timer.updateComplete;
    expect(primary(timer).textContent.trim()).to.equal('Late start');
  });

  it('a routine shows its overview and its session in the language around it', async () => {
    const section = await fixture<HTMLElement>(
      html`<section lang="es"><smr-routine preset="lower-leg" no-persist></smr-routine></section>`,
    );
    const routine = section.querySelector<SmrRoutine>('smr-routine')!;
    await routine.updateComplete;
    expect(shadowText(routine)).to.include(es.routine.beforeTitle);
    const steps = routine.resolvedRoutine!.steps.length;
    routine.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button-primary"]')!.click();
    await routine.updateComplete;
    expect(shadowText(routine)).to.include(es.routine.stepOf(1, steps));
    expect(shadowText(routine)).not.to.include(en.routine.stepOf(1, steps));
  });

  it('speaks German cues with a German voice on a German page', async () => {
    const clock = useFakeClock();
    const speak = sinon.stub(window.speechSynthesis, 'speak');
    sinon.stub(window.speechSynthesis, 'cancel');
    try {
      const section = await fixture<HTMLElement>(html`<div lang="de-AT"><smr-timer duration="12" sides="both" voice></smr-timer></div>`);
      const timer = section.querySelector('smr-timer')!;
      await timer.updateComplete;
      primary(timer).click();
      clock.tick(12_000);
      clock.tick(5_000);
      clock.tick(12_000);
    } finally {
      clock.restore();
    }
    const spoken = speak.getCalls().map((call) => [call.args[0].text, call.args[0].lang]);
    expect(spoken.slice(1)).to.deep.equal([
      [de.voice.switchSides, 'de-AT'],
      [de.voice.right, 'de-AT'],
      [de.voice.done, 'de-AT'],
    ]);
  });

  it('names the next side after "switch sides" in sentence case, keeping German nouns capitalized', () => {
    expect(de.announce.switchSides(de.timer.right)).to.equal('Seite wechseln. Als Nächstes rechts.');
    expect(de.announce.switchSides(de.voice.right)).to.equal('Seite wechseln. Als Nächstes rechte Seite.');
    expect(es.announce.switchSides(es.timer.right)).to.equal('Cambia de lado. A continuación: lado derecho.');
    expect(en.announce.switchSides(en.timer.right)).to.equal('Switch sides. Right side next.');
  });

  it('formats numbers the way the language writes them', () => {
    expect(de.routine.stepCount(1200)).to.include('1.200');
    expect(es.routine.stepCount(1)).to.not.equal(es.routine.stepCount(2).replace('2', '1'));
  });

  for (const [lang, translation] of [
    ['es', es],
    ['de', de],
  ] as const) {
    it(`passes axe in ${lang}: timer, routine and builder`, async () => {
      const section = await fixture<HTMLElement>(
        html`<section lang=${lang}>
          <smr-timer duration="30" label="Waden"></smr-timer>
          <smr-routine preset="lower-leg" no-persist></smr-routine>
          <smr-routine-builder></smr-routine-builder>
        </section>`,
      );
      const builder = section.querySelector<SmrRoutineBuilder>('smr-routine-builder')!;
      await builder.updateComplete;
      expect(shadowText(builder)).to.include(translation.builder.title);
      await expect(section).to.be.accessible();
    });
  }
});
