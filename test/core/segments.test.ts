import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { cueAt, paceTicks, planHold, planSegments, positionAt, secondsUntilNextChange } from '../../src/core/segments.js';
import type { Routine, RoutineStep } from '../../src/core/types.js';
import { validateRoutine } from '../../src/core/validate.js';
import { exercises } from '../../src/content/exercises.js';

const stepArbitrary: fc.Arbitrary<RoutineStep> = fc.record({
  name: fc.string({ minLength: 1, maxLength: 10 }),
  duration: fc.integer({ min: 5, max: 600 }),
  sides: fc.constantFrom('none' as const, 'both' as const),
  instructions: fc.constant([]),
  cautions: fc.constant([]),
});

const routineArbitrary: fc.Arbitrary<Routine> = fc.record({
  id: fc.constant('r'),
  title: fc.constant('R'),
  rest: fc.integer({ min: 0, max: 120 }),
  switchDuration: fc.integer({ min: 0, max: 30 }),
  steps: fc.array(stepArbitrary, { minLength: 1, maxLength: 20 }),
});

describe('planHold', () => {
  it('runs one side for the duration', () => {
    const plan = planHold({ duration: 60 });
    expect(plan.total).to.equal(60);
    expect(plan.segments).to.deep.equal([{ kind: 'work', duration: 60, start: 0, stepIndex: 0, side: null }]);
  });

  it('gives each side the full duration with a switch pause between, after the lead-in', () => {
    const plan = planHold({ duration: 45, sides: 'both', switchDuration: 5, leadIn: 3 });
    expect(plan.segments.map((s) => [s.kind, s.side, s.duration, s.start])).to.deep.equal([
      ['lead-in', 'left', 3, 0],
      ['work', 'left', 45, 3],
      ['switch', 'right', 5, 48],
      ['work', 'right', 45, 53],
    ]);
    expect(plan.total).to.equal(98);
  });

  it('leaves out zero-length switch and lead-in', () => {
    const plan = planHold({ duration: 30, sides: 'both', switchDuration: 0, leadIn: 0 });
    expect(plan.segments.map((s) => s.kind)).to.deep.equal(['work', 'work']);
  });
});

describe('planSegments (properties)', () => {
  it('total is the sum of segments, segments are contiguous, none is zero-length', () => {
    fc.assert(
      fc.property(routineArbitrary, fc.integer({ min: 0, max: 10 }), (routine, leadIn) => {
        const { segments, total } = planSegments(routine, { leadIn });
        let start = 0;
        for (const segment of segments) {
          expect(segment.duration).to.be.greaterThan(0);
          expect(segment.start).to.equal(start);
          start += segment.duration;
        }
        expect(total).to.equal(start);
      }),
    );
  });

  it('works left before right within a step, steps in order, rest only between steps', () => {
    fc.assert(
      fc.property(routineArbitrary, (routine) => {
        const { segments } = planSegments(routine);
        routine.steps.forEach((step, index) => {
          const work = segments.filter((s) => s.stepIndex === index && s.kind === 'work');
          expect(work.map((s) => s.side)).to.deep.equal(step.sides === 'both' ? ['left', 'right'] : [null]);
          expect(work.every((s) => s.duration === step.duration)).to.equal(true);
        });
        const stepOrder = segments.map((s) => s.stepIndex);
        expect(stepOrder).to.deep.equal([...stepOrder].sort((a, b) => a - b));
        const rests = segments.filter((s) => s.kind === 'rest');
        expect(rests.length).to.equal(routine.rest > 0 ? routine.steps.length - 1 : 0);
        expect(segments[segments.length - 1].kind).to.equal('work');
      }),
    );
  });
});

describe('positionAt', () => {
  const plan = planHold({ duration: 10, sides: 'both', switchDuration: 5 });

  it('finds the segment and the time left in it and overall', () => {
    expect(positionAt(plan, 0)).to.deep.equal({ index: 0, segmentRemaining: 10, totalRemaining: 25, complete: false });
    expect(positionAt(plan, 12)).to.deep.equal({ index: 1, segmentRemaining: 3, totalRemaining: 13, complete: false });
    expect(positionAt(plan, 15)).to.deep.equal({ index: 2, segmentRemaining: 10, totalRemaining: 10, complete: false });
    expect(positionAt(plan, 25).complete).to.equal(true);
    expect(positionAt(plan, -4).index).to.equal(0);
  });

  it('agrees with a linear scan at any time (property)', () => {
    fc.assert(
      fc.property(routineArbitrary, fc.double({ min: 0, max: 1, noNaN: true }), (routine, fraction) => {
        const p = planSegments(routine);
        const elapsed = fraction * p.total;
        const position = positionAt(p, elapsed);
        if (position.complete) return;
        const linear = p.segments.findIndex((s) => elapsed >= s.start && elapsed < s.start + s.duration);
        expect(position.index).to.equal(linear);
        expect(position.totalRemaining).to.be.closeTo(p.total - elapsed, 1e-9);
      }),
    );
  });
});

describe('secondsUntilNextChange', () => {
  const plan = planHold({ duration: 10.5 });
  it('wakes when the shown second ticks over or the segment ends, never later', () => {
    expect(secondsUntilNextChange(plan, 0)).to.be.closeTo(0.5, 1e-9);
    expect(secondsUntilNextChange(plan, 0.5)).to.be.closeTo(1, 1e-9);
    expect(secondsUntilNextChange(plan, 10.2)).to.be.closeTo(0.3, 1e-9);
    expect(secondsUntilNextChange(plan, 11)).to.equal(Infinity);
  });
});

describe('cueAt', () => {
  const plan = planHold({ duration: 10, sides: 'both', switchDuration: 5, leadIn: 3 });
  it('marks counts, switch, go and completion distinctly', () => {
    expect(cueAt(plan, 1, 3)).to.equal('count'); // lead-in shows 2
    expect(cueAt(plan, 3, 3)).to.equal('go');
    expect(cueAt(plan, 5, 3)).to.equal(null); // 8 shown, not in the last 3
    expect(cueAt(plan, 10, 3)).to.equal('count'); // 3 left
    expect(cueAt(plan, 12, 3)).to.equal('count'); // 1 left
    expect(cueAt(plan, 13, 3)).to.equal('switch');
    expect(cueAt(plan, 18, 3)).to.equal('go');
    expect(cueAt(plan, 28, 3)).to.equal('complete');
    expect(cueAt(plan, 27, 0)).to.equal(null);
  });
});

describe('paceTicks', () => {
  it('ticks every 60/pace seconds inside work segments only', () => {
    const plan = planHold({ duration: 10, sides: 'both', switchDuration: 5 });
    expect(paceTicks(plan, 0, 25, 30)).to.deep.equal([2, 4, 6, 8, 17, 19, 21, 23]);
    expect(paceTicks(plan, 3, 7, 30)).to.deep.equal([4, 6]);
    expect(paceTicks(plan, 0, 25, 0)).to.deep.equal([]);
  });
});

describe('planSegments over arbitrary JSON (validated first, as the elements do)', () => {
  it('every routine that validates plans into finite, contiguous, positive segments', () => {
    const junk = fc.oneof(fc.jsonValue(), fc.string(), fc.double(), fc.integer({ min: -1000, max: 100_000 }));
    /** Mostly plausible values with junk mixed in, so that some inputs validate and reach the planner. */
    const mostly = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: junk, weight: 1 });
    const stepLike = fc.record(
      {
        exercise: mostly(fc.constantFrom('calves', 'neck', 'adductors', 'quadriceps')),
        name: mostly(fc.string({ minLength: 1, maxLength: 20 })),
        duration: mostly(fc.oneof(fc.integer({ min: 5, max: 600 }), fc.constantFrom('1:30', '90s', '2m', 'NaN', '-5', '1e9'))),
        sides: mostly(fc.constantFrom('both', 'none')),
        instructions: mostly(fc.array(fc.string({ minLength: 1 }), { maxLength: 3 })),
      },
      { requiredKeys: ['exercise'] },
    );
    const routineLike = fc.oneof(
      { arbitrary: fc.jsonValue(), weight: 1 },
      {
        weight: 4,
        arbitrary: fc.record(
          {
            id: mostly(fc.constant('r')),
            title: mostly(fc.constant('R')),
            rest: mostly(fc.integer({ min: 0, max: 600 })),
            switchDuration: mostly(fc.integer({ min: 0, max: 60 })),
            steps: mostly(fc.array(stepLike, { minLength: 1, maxLength: 8 })),
          },
          { requiredKeys: ['id', 'title', 'steps'] },
        ),
      },
    );
    let planned = 0;
    fc.assert(
      fc.property(routineLike, (input) => {
        const { routine } = validateRoutine(input, exercises);
        if (!routine) return;
        planned += 1;
        const { segments, total } = planSegments(routine);
        expect(Number.isFinite(total) && total > 0).to.equal(true);
        let at = 0;
        for (const segment of segments) {
          expect(segment.start).to.equal(at);
          expect(segment.duration > 0 && Number.isFinite(segment.duration)).to.equal(true);
          at += segment.duration;
        }
        expect(at).to.equal(total);
      }),
      { numRuns: 400 },
    );
    // The generator must reach the planner often enough for the property to mean something.
    // About 45 of 400 validate; 10 is far below any likely run.
    expect(planned).to.be.greaterThan(10);
  });
});
