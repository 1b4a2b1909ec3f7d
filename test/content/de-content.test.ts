import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import { registerContentTranslation } from '../../src/controllers/content-translations.js';
import { registerTranslation } from '../../src/controllers/translation-registry.js';
import { de } from '../../src/translations/de.js';
import { deContent } from '../../src/translations/de-content.js';
import type { SmrRoutine } from '../../src/components/routine/routine.js';
import { contentGaps, englishPhrasesIn } from '../support/content-coverage.js';
import { useFakeClock } from '../support/helpers.js';

/**
 * English texts that are legitimately the same in German. Empty: every English text of the built-in
 * content has a German wording; proper names and abbreviations ("TFL", "QL") only appear inside a
 * longer text, never as a whole text of their own.
 */
const SAME: readonly string[] = [];

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

describe('German content (de-content)', () => {
  before(() => {
    registerTranslation(de);
    expect(registerContentTranslation(deContent)).to.deep.equal([]);
  });
  // Starting a routine records on the device that the "before you start" check was confirmed, even
  // with no-persist; clear it so other test files (same origin, same storage) start from nothing.
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    sinon.restore();
    localStorage.clear();
  });

  it('is valid', () => {
    expect(registerContentTranslation(deContent)).to.deep.equal([]);
  });

  it('covers every exercise, preset, region, concern and safety text', () => {
    expect(contentGaps(deContent, SAME)).to.deep.equal([]);
  });

  it('says „Massagerolle“, never „Faszienrolle“', () => {
    expect(de.exercise.tools['foam-roller']).to.equal('Massagerolle');
    expect(JSON.stringify(deContent)).not.to.match(/faszienrolle/i);
  });

  it('leaves no English phrase in the elements of a German page', async () => {
    const page = await fixture<HTMLElement>(html`
      <div lang="de">
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

  it('speaks a routine in German with a German voice', async () => {
    const clock = useFakeClock();
    const speak = sinon.stub(window.speechSynthesis, 'speak');
    sinon.stub(window.speechSynthesis, 'cancel');
    try {
      const page = await fixture<HTMLElement>(html`<div lang="de"><smr-routine preset="lower-leg" no-persist voice></smr-routine></div>`);
      const routine = page.querySelector<SmrRoutine>('smr-routine')!;
      await routine.updateComplete;
      routine.start();
      await routine.updateComplete;
      // Past the lead-in and well into the first step (both sides of it and the switch between them).
      await clock.tickAsync(30_000);
      await routine.updateComplete;
      const utterances = speak.getCalls().map((call) => call.args[0]);
      const spoken = utterances.filter((utterance) => utterance.text.trim() !== '');
      expect(spoken.length).to.be.greaterThan(0);
      for (const utterance of utterances) expect(utterance.lang).to.match(/^de/);
      const said = document.createElement('div');
      for (const utterance of spoken) said.append(Object.assign(document.createElement('p'), { textContent: utterance.text }));
      document.body.append(said);
      try {
        expect(englishPhrasesIn(said)).to.deep.equal([]);
      } finally {
        said.remove();
      }
    } finally {
      clock.restore();
    }
  });
});
