import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { coachScript, firstLineFrom, lineDue, type CoachStep, type CoachWords } from '../../src/core/coach-script.js';
import { planSegments } from '../../src/core/segments.js';
import type { Routine, RoutineStep, Side } from '../../src/core/types.js';

/** Words that show which function made each line. */
const WORDS: CoachWords = {
  getReady: 'READY.',
  step: (name, side, setup) => `[${name}|${side}|${setup}]`,
  rest: (next) => `REST ${next}`,
  go: 'GO.',
  switchSides: 'SWITCH.',
  sideGo: (side) => `${side} GO.`,
  paceRoll: 'PACE-ROLL.',
  paceHold: 'PACE-HOLD.',
  halfway: 'HALF.',
  tenSeconds: 'TEN.',
  stepDone: 'STEP-DONE.',
  complete: 'DONE.',
};
const sideName = (side: Side): string => (side === 'left' ? 'L' : side === 'right' ? 'R' : '');

function step(duration: number, sides: 'none' | 'both'): RoutineStep {
  return { name: 'x', duration, sides, instructions: [], cautions: [] };
}

function routine(steps: RoutineStep[], rest: number, switchDuration: number): Routine {
  return { id: 'r', title: 'R', rest, switchDuration, steps };
}

const STEPS: CoachStep[] = [
  { name: 'Calves', setup: 'Sit.', pace: 12 },
  { name: 'Neck', setup: '', pace: 0 },
];

describe('coachScript', () => {
  it('says every moment of a plan, in order, each at its second', () => {
    // Lead-in 5; Calves 60 per side with a 5 s switch; rest 10; Neck 20 on the midline.
    const plan = planSegments(routine([step(60, 'both'), step(20, 'none')], 10, 5), { leadIn: 5 });
    const script = coachScript(plan, STEPS, WORDS, sideName);
    expect(script.map((line) => [line.at, line.kind, line.text, line.soft])).to.deep.equal([
      [0, 'get-ready', 'READY. [Calves|L|Sit.]', false],
      [5, 'go', 'GO.', true],
      [20, 'pace', 'PACE-ROLL.', false],
      [35, 'halfway', 'HALF.', false],
      [55, 'ten-seconds', 'TEN.', false],
      [65, 'switch', 'SWITCH.', false],
      [70, 'side', 'R GO.', false],
      [85, 'pace', 'PACE-ROLL.', false],
      [100, 'halfway', 'HALF.', false],
      [120, 'ten-seconds', 'TEN.', false],
      [130, 'rest', 'REST [Neck||]', false],
      [140, 'go', 'GO.', true],
      [150, 'ten-seconds', 'TEN.', false],
      [160, 'complete', 'DONE.', false],
    ]);
    // A jump to a "Go" (next, previous) lands past the introduction it follows, so it says that instead.
    expect(script.filter((line) => line.arrival).map((line) => [line.at, line.arrival])).to.deep.equal([
      [5, '[Calves|L|Sit.]'],
      [140, '[Neck||]'],
    ]);
  });

  it('introduces a step that has no get-ready or rest before it, and says "switch sides" with the side when there is no pause', () => {
    const plan = planSegments(routine([step(20, 'both'), step(60, 'none')], 0, 0));
    const script = coachScript(plan, STEPS, WORDS, sideName);
    expect(script.map((line) => [line.at, line.text])).to.deep.equal([
      [0, '[Calves|L|Sit.]'],
      [10, 'TEN.'],
      [20, 'SWITCH. R GO.'],
      [30, 'TEN.'],
      [40, '[Neck||]'],
      [55, 'PACE-HOLD.'],
      [70, 'HALF.'],
      [90, 'TEN.'],
      [100, 'DONE.'],
    ]);
  });

  it('keeps short holds quiet: no pace reminder or halfway under 60 s, no "10 seconds" at 15 s or less', () => {
    const plan = planSegments(routine([step(59, 'none'), step(15, 'none'), step(16, 'none')], 0, 0));
    const kinds = coachScript(plan, [...STEPS, STEPS[0]], WORDS, sideName).map((line) => `${line.at}:${line.kind}`);
    expect(kinds).to.deep.equal(['0:step', '49:ten-seconds', '59:step', '74:step', '80:ten-seconds', '90:complete']);
  });

  it('says nothing for an empty plan', () => {
    expect(coachScript({ segments: [], total: 0 }, [], WORDS, sideName)).to.deep.equal([]);
  });

  it('for any routine: ordered, within the plan, one line a moment, one pace reminder per long hold, "done" last', () => {
    const stepArbitrary = fc.record({
      duration: fc.integer({ min: 5, max: 600 }),
      sides: fc.constantFrom('none' as const, 'both' as const),
    });
    fc.assert(
      fc.property(
        fc.array(stepArbitrary, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 60 }),
        (steps, rest, switchDuration, leadIn) => {
          const plan = planSegments(
            routine(
              steps.map((s) => step(s.duration, s.sides)),
              rest,
              switchDuration,
            ),
            { leadIn },
          );
          const words = steps.map((_, i) => ({ name: `S${i}`, setup: '', pace: i % 2 }));
          const script = coachScript(plan, words, WORDS, sideName);
          const times = script.map((line) => line.at);
          expect(times).to.deep.equal([...times].sort((a, b) => a - b));
          expect(new Set(times).size).to.equal(times.length);
          for (const time of times) expect(time).to.be.within(0, plan.total);
          expect(script.at(-1)).to.include({ kind: 'complete', at: plan.total });
          const longHolds = plan.segments.filter((segment) => segment.kind === 'work' && segment.duration >= 60).length;
          expect(script.filter((line) => line.kind === 'pace').length).to.equal(longHolds);
          expect(script.filter((line) => line.kind === 'halfway').length).to.equal(longHolds);
          // Every step is introduced once, by name.
          for (let i = 0; i < steps.length; i++) {
            expect(script.filter((line) => line.text.includes(`[S${i}|`)).length, `step ${i}`).to.equal(1);
          }
        },
      ),
    );
  });
});

describe('lineDue and firstLineFrom', () => {
  const plan = planSegments(routine([step(60, 'both')], 0, 5), { leadIn: 5 });
  const script = coachScript(plan, STEPS, WORDS, sideName);

  it('gives the line due now, once', () => {
    const first = lineDue(script, 0, 0.01, 1.5);
    expect(first.line?.kind).to.equal('get-ready');
    expect(lineDue(script, first.next, 0.5, 1.5).line).to.equal(undefined);
    expect(lineDue(script, first.next, 5, 1.5).line?.kind).to.equal('go');
  });

  it('says only the latest of the lines due at one look, and none that is stale', () => {
    // Woken at 36 s after a look at 1 s: go, pace and halfway passed; halfway (35 s) is 1 s old.
    const late = lineDue(script, 1, 36, 1.5);
    expect(late.line?.kind).to.equal('halfway');
    expect(script[late.next].kind).to.equal('ten-seconds');
    // Woken at 40 s instead: halfway is 5 s old, so nothing is said, and nothing is left owing.
    const stale = lineDue(script, 1, 40, 1.5);
    expect(stale.line).to.equal(undefined);
    expect(stale.next).to.equal(late.next);
  });

  it('picks the script up again from an earlier point', () => {
    expect(firstLineFrom(script, 0)).to.equal(0);
    expect(script[firstLineFrom(script, 65)].kind).to.equal('switch');
    expect(script[firstLineFrom(script, 66)].kind).to.equal('side');
    expect(firstLineFrom(script, plan.total + 1)).to.equal(script.length);
  });
});
