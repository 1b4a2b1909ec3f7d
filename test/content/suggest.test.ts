import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { concerns, getExercise, suggest, validateRoutine } from '../../src/content/catalog.js';
import { planSegments } from '../../src/core/segments.js';
import { REGIONS, TOOLS, type Tool } from '../../src/core/types.js';

const TOOL_SETS: Tool[][] = [[...TOOLS], ['foam-roller'], ['ball'], ['foam-roller', 'ball'], ['stick']];

function check(query: Parameters<typeof suggest>[0]) {
  const suggestion = suggest(query);
  expect(suggestion.errors).to.deep.equal([]);
  if (!suggestion.routine) return suggestion;
  const { routine, errors } = validateRoutine(suggestion.routine);
  expect(errors, JSON.stringify(query)).to.deep.equal([]);
  const total = planSegments(routine!, { leadIn: 5 }).total;
  expect(total, JSON.stringify(query)).to.be.at.most((query.minutes ?? 10) * 60);
  const ids = routine!.steps.map((s) => s.exercise);
  expect(new Set(ids).size, 'duplicates').to.equal(ids.length);
  for (const step of routine!.steps) {
    expect(query.tools ?? TOOLS, `${step.exercise} uses ${step.tool}`).to.include(step.tool);
    expect(suggestion.reasons[step.exercise!], step.exercise).to.be.a('string').and.not.equal('');
    expect(step.duration).to.be.within(30, 120);
  }
  return suggestion;
}

describe('suggest()', () => {
  it('has the documented concern ids, each pointing at catalog exercises', () => {
    const ids = concerns.map((c) => c.id);
    expect(ids).to.include.members(['knee-valgus', 'desk-neck', 'runner-calves', 'low-back-sitting']);
    for (const concern of concerns) for (const entry of concern.exercises) expect(getExercise(entry.exercise), entry.exercise).to.exist;
  });

  it('fits every concern into every time budget with only the tools owned and no duplicates', () => {
    for (const concern of concerns) {
      for (const minutes of [5, 10, 15]) {
        for (const tools of TOOL_SETS) {
          const suggestion = check({ concerns: [concern.id], minutes, tools });
          if (tools.length === TOOLS.length) {
            expect(suggestion.routine, `${concern.id} ${minutes}`).to.not.equal(null);
            const total = planSegments(validateRoutine(suggestion.routine).routine!).total;
            expect(total, `${concern.id} ${minutes} min uses the time`).to.be.at.least(minutes * 60 * 0.6);
          }
        }
      }
    }
  });

  it('puts the adductors first for knees that cave in, with an honest reason and note', () => {
    const suggestion = check({ concerns: ['knee-valgus'], minutes: 10, tools: ['foam-roller', 'ball'] });
    expect(suggestion.routine!.steps[0].exercise).to.equal('adductors');
    expect(suggestion.reasons.adductors).to.match(/pectineus/);
    expect(suggestion.notes.join(' ')).to.match(/strength/);
    expect(suggestion.routine!.steps.map((s) => s.exercise)).to.include('calves');
  });

  it('builds from body-map regions alone and from mixed answers (property)', () => {
    fc.assert(
      fc.property(
        fc.subarray([...REGIONS], { maxLength: 5 }),
        fc.subarray(
          concerns.map((c) => c.id),
          { maxLength: 3 },
        ),
        fc.constantFrom(5, 10, 15, 20),
        fc.subarray([...TOOLS], { minLength: 1 }),
        (regions, concernIds, minutes, tools) => {
          check({ regions, concerns: concernIds, minutes, tools });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('proposes nothing but professional advice when a red flag is reported', () => {
    const suggestion = suggest({ concerns: ['desk-neck'], redFlags: ['numbness'] });
    expect(suggestion.routine).to.equal(null);
    expect(suggestion.redFlags).to.deep.equal(['numbness']);
  });

  it('proposes nothing when nothing is asked, and names bad input without throwing', () => {
    expect(suggest({}).routine).to.equal(null);
    const bad = suggest({ concerns: ['knees'], regions: 'calves' as never, minutes: 1000, tools: ['hammer'] });
    expect(bad.routine).to.equal(null);
    expect(bad.errors.map((e) => e.path)).to.have.members(['concerns[0]', 'regions', 'tools[0]', 'minutes']);
    for (const input of [null, undefined, 5, 'x', { minutes: NaN }]) expect(() => suggest(input as never)).not.to.throw();
  });
});
