import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateContentTranslation, type ContentIds } from '../../src/core/content-translation.js';

const IDS: ContentIds = {
  exercises: new Map([
    ['calves', 2],
    ['adductors', 3],
  ]),
  presets: ['lower-leg'],
  regions: ['calves', 'hamstrings', 'front-neck'],
  concerns: new Map([['runner-calves', ['calves', 'plantar-fascia']]]),
  beforeYouStart: ['no-recent-injury'],
  redFlags: ['numbness'],
};

describe('validateContentTranslation', () => {
  it('keeps every valid field, trimmed, and nothing else', () => {
    const complete = {
      lang: 'fr-CA',
      exercises: {
        calves: {
          name: 'Mollets',
          spoken: 'Assis, le rouleau sous le mollet. Roulez lentement.',
          steps: ['Roulez lentement.', 'Changez de jambe.'],
          muscles: ['Mollet', 'Soléaire'],
          pressure: { lighter: 'Moins de poids.' },
        },
      },
      presets: { 'lower-leg': { title: 'Bas de la jambe' } },
      regions: { calves: 'Mollets' },
      concerns: { 'runner-calves': { label: 'Mes mollets sont raides', reasons: { calves: 'Parce que.' } } },
      safety: {
        note: 'Note.',
        beforeYouStart: { 'no-recent-injury': 'Pas de blessure.' },
        stopSigns: ['Arrêtez.'],
        redFlags: { numbness: { advice: 'Consultez.' } },
      },
    };
    const spaced = structuredClone(complete);
    spaced.exercises.calves.name = ' Mollets\n ';
    const { translation, errors } = validateContentTranslation(spaced, IDS);
    expect(errors).to.deep.equal([]);
    expect(translation).to.deep.equal(complete);
  });

  it('leaves out what is wrong, keeps the rest, and names each problem with its path', () => {
    const { translation, errors } = validateContentTranslation(
      {
        lang: 'fr',
        exercises: {
          calfs: { name: 'Mollets' },
          calves: { name: 42, spoken: 'mot '.repeat(100), steps: ['Roulez.'], muscles: ['Un seul'], colour: 'red' },
          adductors: 'Adducteurs',
        },
        presets: { 'lower-leg': { title: 'x'.repeat(3000) } },
        regions: { calves: '', hamstrings: 'Ischios' },
        concerns: { 'runner-calves': { reasons: { quads: 'Non.' } } },
        safety: { stopSigns: 'Arrêtez.' },
      },
      IDS,
    );
    expect(errors.map((error) => error.path)).to.deep.equal([
      'exercises.calfs',
      'exercises.calves.colour',
      'exercises.calves.muscles',
      'exercises.calves.name',
      'exercises.calves.spoken',
      'exercises.adductors',
      'presets.lower-leg.title',
      'regions.calves',
      'concerns.runner-calves.reasons.quads',
      'safety.stopSigns',
    ]);
    const byPath = Object.fromEntries(errors.map((error) => [error.path, error.message]));
    expect(byPath['exercises.calfs']).to.equal('unknown id "calfs"; did you mean "calves"?');
    expect(byPath['exercises.calves.colour']).to.match(/^unknown field/);
    expect(byPath['exercises.calves.name']).to.equal('expected text, got 42');
    expect(byPath['exercises.calves.spoken']).to.equal('expected at most 300 characters, got 399');
    expect(byPath['exercises.calves.muscles']).to.equal('expected 2 items, one for each in English, got 1');
    expect(byPath['exercises.adductors']).to.equal('expected an object, got "Adducteurs"');
    expect(byPath['presets.lower-leg.title']).to.equal('expected at most 2000 characters, got 3000');
    expect(byPath['regions.calves']).to.equal('must not be empty');
    expect(byPath['concerns.runner-calves.reasons.quads']).to.equal('unknown id "quads"');
    expect(byPath['safety.stopSigns']).to.equal('expected a list of text, got "Arrêtez."');
    // The valid parts stay: the calves steps, the hamstrings label.
    expect(translation).to.deep.equal({
      lang: 'fr',
      exercises: { calves: { steps: ['Roulez.'] } },
      presets: { 'lower-leg': {} },
      regions: { hamstrings: 'Ischios' },
      concerns: { 'runner-calves': { reasons: {} } },
      safety: {},
    });
  });

  it('translates the steps of an off-the-floor option, checked like any list', () => {
    const good = validateContentTranslation(
      { lang: 'fr', exercises: { calves: { offFloor: [' Asseyez-vous.', 'Roulez le bâton.'] } } },
      IDS,
    );
    expect(good.errors).to.deep.equal([]);
    expect(good.translation!.exercises).to.deep.equal({ calves: { offFloor: ['Asseyez-vous.', 'Roulez le bâton.'] } });
    const bad = validateContentTranslation({ lang: 'fr', exercises: { calves: { offFloor: 'Asseyez-vous.', name: 'Mollets' } } }, IDS);
    expect(bad.errors.map((error) => [error.path, error.message])).to.deep.equal([
      ['exercises.calves.offFloor', 'expected a list of text, got "Asseyez-vous."'],
    ]);
    expect(bad.translation!.exercises).to.deep.equal({ calves: { name: 'Mollets' } });
  });

  it('refuses a translation without a usable language tag', () => {
    expect(validateContentTranslation({ exercises: {} }, IDS).translation).to.equal(null);
    const bad = validateContentTranslation({ lang: '<script>' }, IDS);
    expect(bad.translation).to.equal(null);
    expect(bad.errors[0]).to.include({ path: 'lang', message: 'expected a language tag such as "es" or "de-AT", got "<script>"' });
    expect(validateContentTranslation('fr', IDS).errors[0].message).to.equal('expected an object, got "fr"');
  });

  it('ignores __proto__ keys and never pollutes prototypes', () => {
    const input = JSON.parse(
      '{"lang":"fr","exercises":{"__proto__":{"name":"x"},"calves":{"__proto__":{"polluted":1},"name":"Mollets"}},"regions":{"__proto__":"x"}}',
    );
    const { translation, errors } = validateContentTranslation(input, IDS);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(translation!.exercises).to.deep.equal({ calves: { name: 'Mollets' } });
    expect(errors.map((error) => error.path)).to.include.members([
      'exercises.__proto__',
      'exercises.calves.__proto__',
      'regions.__proto__',
    ]);
  });

  it('never throws, whatever the input', () => {
    const trap = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    expect(validateContentTranslation({ lang: 'fr', exercises: trap }, IDS).errors[0].message).to.match(/could not be read/);
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (value) => {
        const result = validateContentTranslation(value, IDS);
        expect(result.translation === null || typeof result.translation.lang === 'string').to.equal(true);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('calves', 'adductors', 'nope'), fc.anything()), (exercises) => {
        const result = validateContentTranslation({ lang: 'fr', exercises }, IDS);
        expect(result.translation).not.to.equal(null);
      }),
      { numRuns: 300 },
    );
  });
});
