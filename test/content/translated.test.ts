import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import { registerContentTranslation } from '../../src/controllers/content-translations.js';
import { getExercise, getPreset, suggest, validateRoutine } from '../../src/content/catalog.js';
import { localizeExercise, localizeStep } from '../../src/content/translated.js';
import { safetyNote } from '../../src/content/safety.js';
import type { ContentTranslation } from '../../src/core/content-translation.js';
import type { SmrExercise } from '../../src/components/exercise/exercise.js';
import type { SmrRoutine } from '../../src/components/routine/routine.js';
import type { SmrBodyMap } from '../../src/components/body-map/body-map.js';
import type { SmrFinder } from '../../src/components/finder/finder.js';
import type { SmrRoutineBuilder } from '../../src/components/routine-builder/routine-builder.js';
import { shadowText } from '../support/helpers.js';

/** A small French translation: enough to see each kind of content switch, and English show where it stops. */
const FRENCH: ContentTranslation = {
  lang: 'fr',
  exercises: {
    calves: {
      name: 'Mollets',
      steps: ['Roulez lentement de la cheville au genou, sans passer sur le genou.', 'Changez de jambe.'],
      cues: ['Respirez lentement.'],
      cautions: ['Évitez un mollet enflé, chaud ou rouge.'],
      muscles: ['Mollet', 'Soléaire'],
    },
  },
  presets: { 'lower-leg': { title: 'Bas de la jambe et pied' } },
  regions: { calves: 'Mollets', hamstrings: 'Arrière de la cuisse (ischio-jambiers)' },
  concerns: {
    'runner-calves': { label: 'Mes mollets sont raides après la course', reasons: { calves: 'Les mollets travaillent à chaque foulée.' } },
  },
  safety: {
    note: "L'automassage complète les soins d'un professionnel de santé mais ne les remplace pas.",
    beforeYouStart: { 'no-recent-injury': 'Aucune blessure, fracture ou opération récente dans les zones travaillées.' },
  },
};

describe('content translations', () => {
  before(() => expect(registerContentTranslation(FRENCH)).to.deep.equal([]));
  afterEach(() => sinon.restore());

  it('shows a catalog exercise in the translation, English where it has nothing, and a custom one as given', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="fr">
        <smr-exercise exercise="calves"></smr-exercise>
        <smr-exercise lang="en" exercise="calves"></smr-exercise>
      </div>`,
    );
    const [french, english] = [...page.querySelectorAll<SmrExercise>('smr-exercise')];
    await Promise.all([french.updateComplete, english.updateComplete]);
    const calves = getExercise('calves')!;
    expect(shadowText(french, '[part="heading"]')).to.equal('Mollets');
    const text = shadowText(french);
    for (const piece of [...FRENCH.exercises!.calves.steps!, 'Respirez lentement.', 'Soléaire', FRENCH.safety!.note!])
      expect(text).to.include(piece);
    // Not translated: shown in English rather than left empty.
    expect(text).to.include(calves.setup);
    expect(text).to.include(calves.why);
    expect(text).not.to.include(calves.steps[0]);
    expect(shadowText(french, '[part="safety"]')).not.to.include(safetyNote);
    expect(shadowText(english, '[part="heading"]')).to.equal(calves.name);
    expect(shadowText(english, '[part="safety"]')).to.equal(safetyNote);
    await expect(french).to.be.accessible();

    const custom = await fixture<SmrExercise>(html`<smr-exercise lang="fr"></smr-exercise>`);
    custom.exercise = { ...calves, name: 'My calves', steps: ['My own words.'] };
    await custom.updateComplete;
    expect(shadowText(custom, '[part="heading"]')).to.equal('My calves');
    expect(shadowText(custom)).to.include('My own words.');
  });

  it('translates what a routine took from the catalog, keeps what the author wrote, and keeps progress', async () => {
    const section = await fixture<HTMLElement>(
      html`<section lang="en"><smr-routine preset="lower-leg" no-persist></smr-routine></section>`,
    );
    const routine = section.querySelector<SmrRoutine>('smr-routine')!;
    await routine.updateComplete;
    const preset = getPreset('lower-leg')!;
    expect(shadowText(routine, '[part="heading"]')).to.equal(preset.title);
    const before = routine.resolvedRoutine;
    section.lang = 'fr';
    await new Promise((resolve) => setTimeout(resolve));
    await routine.updateComplete;
    expect(shadowText(routine, '[part="heading"]')).to.equal('Bas de la jambe et pied');
    const names = [...routine.shadowRoot!.querySelectorAll('.step-name')].map((name) => name.textContent.trim());
    expect(names).to.include('Mollets');
    expect(names).to.include(getExercise('tibialis-anterior')!.name);
    expect(shadowText(routine)).to.include(FRENCH.safety!.beforeYouStart!['no-recent-injury']);
    expect(shadowText(routine, '[part="safety"]')).to.equal(FRENCH.safety!.note);
    // The routine itself (events, storage) is unchanged: the translation is only shown.
    expect(routine.resolvedRoutine).to.equal(before);
    expect(routine.resolvedRoutine!.title).to.equal(preset.title);

    const authored = await fixture<SmrRoutine>(html`<smr-routine lang="fr" no-persist></smr-routine>`);
    authored.routine = {
      id: 'mine',
      title: 'Mine',
      steps: [{ exercise: 'calves', name: 'My calf stretch' }, { exercise: 'calves' }],
    };
    await authored.updateComplete;
    const authoredNames = [...authored.shadowRoot!.querySelectorAll('.step-name')].map((name) => name.textContent.trim());
    expect(authoredNames).to.deep.equal(['My calf stretch', 'Mollets']);
    expect(shadowText(authored, '[part="heading"]')).to.equal('Mine');
  });

  it('labels body regions, finder concerns and the builder catalog in the translation', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="fr">
        <smr-body-map selectable view="back"></smr-body-map>
        <smr-finder></smr-finder>
        <smr-routine-builder></smr-routine-builder>
      </div>`,
    );
    const map = page.querySelector<SmrBodyMap>('smr-body-map')!;
    const finder = page.querySelector<SmrFinder>('smr-finder')!;
    const builder = page.querySelector<SmrRoutineBuilder>('smr-routine-builder')!;
    await Promise.all([map.updateComplete, finder.updateComplete, builder.updateComplete]);
    expect(map.shadowRoot!.querySelector('[data-region="calves"]')!.getAttribute('aria-label')).to.equal('Mollets');
    expect(map.shadowRoot!.querySelector('[data-region="glute-max"]')!.getAttribute('aria-label')).to.match(/glut/i);
    expect(shadowText(finder)).to.include('Mes mollets sont raides après la course');
    const entries = [...builder.shadowRoot!.querySelectorAll('.entry-name')].map((entry) => entry.textContent.trim());
    expect(entries).to.include('Mollets');
    expect(entries).not.to.include('Calves');
    const presetOption = builder.shadowRoot!.querySelector<HTMLOptionElement>('option[value="lower-leg"]')!;
    expect(presetOption.textContent.trim()).to.equal('Bas de la jambe et pied');
    const areaOption = builder.shadowRoot!.querySelector<HTMLOptionElement>('option[value="hamstrings"]')!;
    expect(areaOption.textContent.trim()).to.equal('Arrière de la cuisse (ischio-jambiers)');
  });

  it('suggests with the translated reasons and labels', async () => {
    const finder = await fixture<SmrFinder>(html`<smr-finder lang="fr"></smr-finder>`);
    const routine = finder.suggest({ concerns: ['runner-calves'], minutes: 10 })!;
    // French content inside English UI words (no French UI translation is registered here).
    expect(routine.description).to.equal('For: mes mollets sont raides après la course.');
    const box = [...finder.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find(
      (input) => input.value === 'runner-calves',
    )!;
    box.click();
    finder.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button-primary"]')!.click();
    await finder.updateComplete;
    const reasons = shadowText(finder, '.reasons');
    expect(reasons).to.include('Mollets: Les mollets travaillent à chaque foulée.');
  });

  it("translates an exercise's off-the-floor option, and a step that follows it", () => {
    const content: ContentTranslation = { lang: 'fr', exercises: { calves: { offFloor: ['Asseyez-vous.', 'Roulez le bâton.'] } } };
    const calves = getExercise('calves')!;
    expect(localizeExercise(calves, content).offFloor).to.deep.equal({ ...calves.offFloor, steps: ['Asseyez-vous.', 'Roulez le bâton.'] });
    // An exercise without an option does not get one from a translation.
    expect(localizeExercise(getExercise('pecs')!, { lang: 'fr', exercises: { pecs: { offFloor: ['x'] } } }).offFloor).to.equal(undefined);
    const suggested = suggest({ concerns: ['runner-calves'], minutes: 10, offFloor: true }).routine!;
    const step = validateRoutine(suggested).routine!.steps.find((s) => s.exercise === 'calves')!;
    expect(step.instructions).to.deep.equal(calves.offFloor!.steps);
    expect(localizeStep(step, content).instructions).to.deep.equal(['Asseyez-vous.', 'Roulez le bâton.']);
    // Instructions the author wrote stay as written.
    expect(localizeStep({ ...step, instructions: ['Mine.'] }, content).instructions).to.deep.equal(['Mine.']);
  });

  it('reports bad parts of a translation, keeps the good ones, and re-renders elements already on the page', async () => {
    const card = await fixture<SmrExercise>(html`<smr-exercise lang="nl" exercise="calves"></smr-exercise>`);
    expect(shadowText(card, '[part="heading"]')).to.equal('Calves');
    const warn = sinon.stub(console, 'warn');
    const errors = registerContentTranslation({
      lang: 'nl',
      exercises: { calves: { name: 'Kuiten', steps: 'Rol langzaam.' } },
      presets: { 'lower-legs': { title: 'Onderbeen' } },
    } as unknown as ContentTranslation);
    expect(errors.map((error) => error.path)).to.deep.equal(['exercises.calves.steps', 'presets.lower-legs']);
    expect(errors[1].message).to.equal('unknown id "lower-legs"; did you mean "lower-leg"?');
    expect(warn.calledOnce).to.equal(true);
    expect(String(warn.firstCall.args[0])).to.include('presets.lower-legs');
    await card.updateComplete;
    expect(shadowText(card, '[part="heading"]')).to.equal('Kuiten');
    expect(shadowText(card)).to.include(getExercise('calves')!.steps[0]);
  });
});
