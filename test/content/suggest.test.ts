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
    expect(step.duration, `${step.exercise} stays within its longest worthwhile time`).to.be.at.most(
      getExercise(step.exercise!)!.maxDuration!,
    );
    if (query.offFloor) {
      const exercise = getExercise(step.exercise!)!;
      if (exercise.position === 'floor') {
        expect(step.tool, step.exercise).to.equal(exercise.offFloor!.tool);
        expect(step.instructions, step.exercise).to.deep.equal(exercise.offFloor!.steps);
      }
    }
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
        fc.boolean(),
        (regions, concernIds, minutes, tools, offFloor) => {
          check({ regions, concerns: concernIds, minutes, tools, offFloor });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never lengthens an exercise past its own longest time: the outer thigh stays light and short (issue 17)', () => {
    const suggestion = check({ regions: ['it-band'], minutes: 15 });
    const step = suggestion.routine!.steps.find((s) => s.exercise === 'it-band')!;
    expect(step.duration).to.be.at.most(60);
    expect(getExercise('it-band')!.maxDuration).to.be.at.most(60);
  });

  it("for someone who can't get down to the floor, suggests only what works standing, seated or at a wall (issue 17)", () => {
    for (const concern of concerns) {
      for (const minutes of [5, 10, 15]) {
        const suggestion = check({ concerns: [concern.id], minutes, offFloor: true });
        expect(suggestion.routine, concern.id).to.not.equal(null);
        expect(suggestion.routine!.id).to.match(/-off-floor$/);
        for (const step of suggestion.routine!.steps) {
          const exercise = getExercise(step.exercise!)!;
          const how = exercise.position === 'floor' ? exercise.offFloor!.position : exercise.position;
          expect(['wall', 'seated', 'standing'], step.exercise).to.include(how);
        }
      }
    }
    // Calves for a runner: the seated stick, with its own steps.
    const runner = check({ concerns: ['runner-calves'], minutes: 10, offFloor: true });
    const calves = runner.routine!.steps.find((s) => s.exercise === 'calves')!;
    expect(calves).to.include({ tool: 'stick' });
    expect(calves.instructions![0]).to.match(/Sit on a chair/);
    // With only a foam roller, no floor exercise has an off-floor way: nothing fits.
    expect(check({ concerns: ['sore-legs'], minutes: 10, tools: ['foam-roller'], offFloor: true }).routine).to.equal(null);
    // The same answers with the floor allowed use the catalog's own how-to.
    expect(check({ concerns: ['runner-calves'], minutes: 10 }).routine!.steps.every((s) => s.instructions === undefined)).to.equal(true);
  });

  it('proposes nothing but professional advice for each new red flag (issue 17)', () => {
    for (const flag of ['chest-breathless', 'bladder-bowel', 'cancer-history', 'head-neck', 'hot-joint']) {
      const suggestion = suggest({ concerns: ['sore-legs'], redFlags: [flag] });
      expect(suggestion.routine, flag).to.equal(null);
      expect(suggestion.redFlags).to.deep.equal([flag]);
    }
  });

  it('names a bad offFloor answer', () => {
    const bad = suggest({ concerns: ['sore-legs'], offFloor: 'yes' as never });
    expect(bad.routine).to.equal(null);
    expect(bad.errors.map((e) => [e.path, e.message])).to.deep.equal([['offFloor', 'expected "true" or "false", got "yes"']]);
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
