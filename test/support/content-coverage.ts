// Checks that a content translation covers all the built-in content, and that elements shown in
// another language contain no English sentence nor speak one. Shared by the Spanish and German
// content tests.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type { SmrRoutine } from '../../src/components/routine/routine.js';
import { registerContentTranslation } from '../../src/controllers/content-translations.js';
import { registerTranslation } from '../../src/controllers/translation-registry.js';
import type { ContentTranslation } from '../../src/core/content-translation.js';
import type { Translation } from '../../src/translations/translation.js';
import { useFakeClock } from './helpers.js';
import { recordSpeech } from './speech.js';
import { concerns } from '../../src/content/concerns.js';
import { exercises } from '../../src/content/exercises.js';
import { presets } from '../../src/content/presets.js';
import { regionLabels } from '../../src/content/regions.js';
import { beforeYouStart, redFlags, safetyNote, stopSigns } from '../../src/content/safety.js';

/**
 * Every place where `translation` leaves English showing: a missing or blank text, a list of another
 * length, or a text equal to the English one (unless it is on `sameInBothLanguages`, e.g. "TFL").
 * Empty when the translation is complete.
 */
export function contentGaps(translation: ContentTranslation, sameInBothLanguages: readonly string[] = []): string[] {
  const gaps: string[] = [];
  const text = (path: string, local: string | undefined, english: string): void => {
    if (typeof local !== 'string' || local.trim() === '') gaps.push(`${path}: missing`);
    else if (local.trim() === english.trim() && !sameInBothLanguages.includes(english)) gaps.push(`${path}: same as English`);
  };
  const list = (path: string, local: readonly string[] | undefined, english: readonly string[]): void => {
    if (!Array.isArray(local) || local.length !== english.length) {
      gaps.push(`${path}: expected ${english.length} items, got ${Array.isArray(local) ? local.length : 'none'}`);
      return;
    }
    english.forEach((item, i) => text(`${path}[${i}]`, local[i], item));
  };
  for (const exercise of exercises) {
    const local = translation.exercises?.[exercise.id];
    const path = `exercises.${exercise.id}`;
    text(`${path}.name`, local?.name, exercise.name);
    text(`${path}.setup`, local?.setup, exercise.setup);
    if (exercise.spoken) text(`${path}.spoken`, local?.spoken, exercise.spoken);
    list(`${path}.steps`, local?.steps, exercise.steps);
    list(`${path}.cues`, local?.cues, exercise.cues);
    list(`${path}.avoid`, local?.avoid, exercise.avoid);
    list(`${path}.cautions`, local?.cautions, exercise.cautions);
    text(`${path}.why`, local?.why, exercise.why);
    if (exercise.note) text(`${path}.note`, local?.note, exercise.note);
    text(`${path}.pressure.lighter`, local?.pressure?.lighter, exercise.pressure.lighter);
    text(`${path}.pressure.deeper`, local?.pressure?.deeper, exercise.pressure.deeper);
    list(
      `${path}.muscles`,
      local?.muscles,
      exercise.muscles.map((muscle) => muscle.plain),
    );
    if (exercise.offFloor) list(`${path}.offFloor`, local?.offFloor, exercise.offFloor.steps);
  }
  for (const preset of presets) {
    text(`presets.${preset.id}.title`, translation.presets?.[preset.id]?.title, preset.title);
    if (preset.description) text(`presets.${preset.id}.description`, translation.presets?.[preset.id]?.description, preset.description);
  }
  for (const [id, label] of Object.entries(regionLabels)) text(`regions.${id}`, translation.regions?.[id], label);
  for (const concern of concerns) {
    const local = translation.concerns?.[concern.id];
    text(`concerns.${concern.id}.label`, local?.label, concern.label);
    if (concern.note) text(`concerns.${concern.id}.note`, local?.note, concern.note);
    for (const entry of concern.exercises)
      text(`concerns.${concern.id}.reasons.${entry.exercise}`, local?.reasons?.[entry.exercise], entry.why);
  }
  const safety = translation.safety;
  text('safety.note', safety?.note, safetyNote);
  for (const item of beforeYouStart) text(`safety.beforeYouStart.${item.id}`, safety?.beforeYouStart?.[item.id], item.text);
  list('safety.stopSigns', safety?.stopSigns, stopSigns);
  for (const flag of redFlags) {
    text(`safety.redFlags.${flag.id}.text`, safety?.redFlags?.[flag.id]?.text, flag.text);
    text(`safety.redFlags.${flag.id}.advice`, safety?.redFlags?.[flag.id]?.advice, flag.advice);
  }
  return gaps;
}

/** Common English words that are not words in Spanish or German: two of them make an English phrase. */
const ENGLISH_WORDS = new Set(
  'the and your you with of to on for it is are this that from into over when then slowly roll hold keep back side left right step steps minutes seconds'.split(
    ' ',
  ),
);

/**
 * The English phrases in the text an element and the elements inside it show (their shadow roots,
 * visible text only): runs of text with at least two common English words. Empty when none.
 */
export function englishPhrasesIn(root: Element): string[] {
  const texts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      if (parent && !parent.closest('style, script, code')) texts.push(node.textContent ?? '');
      return;
    }
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return texts
    .flatMap((text) => text.split(/(?<=[.!?:;])\s+|\n/))
    .map((phrase) => phrase.trim())
    .filter((phrase) => (phrase.toLowerCase().match(/[a-z]+/g) ?? []).filter((word) => ENGLISH_WORDS.has(word)).length >= 2);
}

/** Waits until an element and every custom element in its shadow roots have rendered. */
async function settled(root: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const updates: Promise<unknown>[] = [];
    const visit = (node: Element | ShadowRoot): void => {
      for (const child of node.querySelectorAll('*')) {
        const pending = (child as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
        if (pending) updates.push(pending);
        if (child.shadowRoot) visit(child.shadowRoot);
      }
    };
    visit(root);
    await Promise.all(updates);
  }
}

/**
 * The checks every built-in content language passes: valid, complete (no English left, but for
 * `sameInBothLanguages`), no English phrase in the elements of a page in that language, and a
 * routine's voice in that language. Call inside the language's `describe`.
 */
export function checkContentLanguage({
  name,
  ui,
  content,
  sameInBothLanguages,
}: {
  name: string;
  ui: Translation;
  content: ContentTranslation;
  sameInBothLanguages: readonly string[];
}): void {
  const lang = content.lang;
  before(() => {
    registerTranslation(ui);
    expect(registerContentTranslation(content)).to.deep.equal([]);
  });
  // Starting a routine records on the device that the "before you start" check was confirmed, even
  // with no-persist; clear it so other test files (same origin, same storage) start from nothing.
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    sinon.restore();
    localStorage.clear();
  });

  it('is valid', () => {
    expect(registerContentTranslation(content)).to.deep.equal([]);
  });

  it('covers every exercise, preset, region, concern and safety text', () => {
    expect(contentGaps(content, sameInBothLanguages)).to.deep.equal([]);
  });

  it(`gives every exercise a short spoken set-up in ${name}, and a missing one is caught`, () => {
    for (const exercise of exercises) {
      const spoken = content.exercises?.[exercise.id]?.spoken ?? '';
      expect(spoken.split(/\s+/).filter(Boolean).length, `${exercise.id}: at most 22 words`).to.be.within(8, 22);
    }
    const without = structuredClone(content);
    delete without.exercises!.calves.spoken;
    expect(contentGaps(without, sameInBothLanguages)).to.deep.equal(['exercises.calves.spoken: missing']);
  });

  it(`leaves no English phrase in the elements of a ${name} page`, async () => {
    const page = await fixture<HTMLElement>(html`
      <div lang=${lang}>
        <smr-routine preset="lower-leg" no-persist></smr-routine>
        <smr-routine preset="neck-relief" no-persist></smr-routine>
        <smr-exercise exercise="adductors"></smr-exercise>
        <smr-exercise exercise="forearm-flexors"></smr-exercise>
        <smr-finder></smr-finder>
        <smr-routine-builder></smr-routine-builder>
      </div>
    `);
    await settled(page);
    expect(englishPhrasesIn(page)).to.deep.equal([]);
  });

  it(`speaks a routine in ${name} with a ${name} voice`, async () => {
    const clock = useFakeClock();
    const speech = recordSpeech();
    try {
      const page = await fixture<HTMLElement>(
        html`<div lang=${lang}><smr-routine preset="lower-leg" no-persist voice></smr-routine></div>`,
      );
      const routine = page.querySelector<SmrRoutine>('smr-routine')!;
      await routine.updateComplete;
      routine.start();
      await routine.updateComplete;
      // Through the first step and into the second: the voice coach's get-ready with the set-up, pace
      // reminder, halfway, 10 seconds, switch, right side, and the rest that says the next set-up.
      await clock.tickAsync(145_000);
      expect(routine.currentIndex).to.equal(1);
      await routine.updateComplete;
      const utterances = speech.utterances;
      const spoken = speech.said();
      expect(spoken.length).to.be.greaterThan(0);
      for (const utterance of utterances) expect(utterance.lang).to.match(new RegExp(`^${lang}`));
      const said = document.createElement('div');
      for (const utterance of spoken) said.append(Object.assign(document.createElement('p'), { textContent: utterance.text }));
      document.body.append(said);
      try {
        expect(englishPhrasesIn(said)).to.deep.equal([]);
      } finally {
        said.remove();
      }
    } finally {
      speech.restore();
      clock.restore();
    }
  });
}
