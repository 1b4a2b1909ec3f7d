import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { editDistance } from '../../src/core/closest-match.js';
import { formatErrors, validateRoutine } from '../../src/core/validate.js';
import type { Exercise } from '../../src/core/types.js';

const catalog = [
  { id: 'calves', name: 'Calves', duration: 90, sides: 'both', tools: ['foam-roller'], steps: ['Roll'], cautions: ['Careful'] },
  { id: 'adductors', name: 'Inner thigh', duration: 90, sides: 'both', tools: ['foam-roller'], steps: ['Roll'], cautions: [] },
  { id: 'neck', name: 'Neck', duration: 60, sides: 'none', tools: ['ball'], steps: ['Rest'], cautions: [] },
] as unknown as Exercise[];

const valid = { id: 'legs', title: 'Legs', steps: [{ exercise: 'calves' }, { name: 'Arch roll', duration: 45 }] };

describe('validateRoutine', () => {
  it('resolves catalog steps with their defaults and custom steps as written', () => {
    const { routine, errors } = validateRoutine(valid, catalog);
    expect(errors).to.deep.equal([]);
    expect(routine).to.deep.equal({
      id: 'legs',
      title: 'Legs',
      rest: 0,
      switchDuration: 5,
      steps: [
        {
          exercise: 'calves',
          name: 'Calves',
          duration: 90,
          sides: 'both',
          tool: 'foam-roller',
          instructions: ['Roll'],
          cautions: ['Careful'],
        },
        { name: 'Arch roll', duration: 45, sides: 'none', instructions: [], cautions: [] },
      ],
    });
  });

  it('lets a step override a catalog exercise and accepts durations as text', () => {
    const { routine } = validateRoutine(
      { ...valid, rest: '10s', steps: [{ exercise: 'calves', duration: '1:00', sides: 'none' }] },
      catalog,
    );
    expect(routine?.rest).to.equal(10);
    expect(routine?.steps[0]).to.include({ duration: 60, sides: 'none', name: 'Calves' });
  });

  it('names the path and the bad value of each error', () => {
    const { routine, errors } = validateRoutine(
      { id: 'x', title: 'X', steps: [{ exercise: 'calves' }, { exercise: 'calf' }, { name: 'N', duration: 'abc' }] },
      catalog,
    );
    expect(routine).to.equal(null);
    expect(formatErrors(errors)).to.deep.equal([
      'steps[1].exercise: unknown exercise "calf"; did you mean "calves"?',
      'steps[2].duration: expected seconds from 5 to 600, got "abc"',
    ]);
  });

  it('requires name and duration for custom steps, and id, title, steps for the routine', () => {
    const { errors } = validateRoutine({ steps: [{ tool: 'ball' }] }, catalog);
    expect(errors.map((e) => e.path)).to.have.members(['id', 'title', 'steps[0].name', 'steps[0].duration']);
  });

  it('refuses a blank name, even over a catalog exercise, instead of showing an empty step', () => {
    const { routine, errors } = validateRoutine(
      {
        id: 'r',
        title: 'R',
        steps: [
          { exercise: 'calves', name: ' \t ' },
          { name: '', duration: 30 },
        ],
      },
      catalog,
    );
    expect(routine).to.equal(null);
    expect(errors).to.deep.equal([
      { path: 'steps[0].name', message: 'must not be empty', problem: { code: 'empty' } },
      { path: 'steps[1].name', message: 'must not be empty', problem: { code: 'empty' } },
    ]);
  });

  it('rejects out-of-range values, unknown fields, wrong types and too many steps', () => {
    const bad = validateRoutine(
      {
        id: 'x',
        title: 'X',
        rest: -1,
        switchDuration: 999,
        colour: 'red',
        steps: [{ name: 'N', duration: 4, sides: 'left', tool: 'hammer', instructions: 'roll', cautions: [1] }],
      },
      catalog,
    );
    expect(bad.errors.map((e) => e.path)).to.have.members([
      'colour',
      'rest',
      'switchDuration',
      'steps[0].duration',
      'steps[0].sides',
      'steps[0].tool',
      'steps[0].instructions',
      'steps[0].cautions[0]',
    ]);
    const many = validateRoutine({ id: 'x', title: 'X', steps: Array.from({ length: 101 }, () => ({ exercise: 'neck' })) }, catalog);
    expect(formatErrors(many.errors)).to.deep.equal(['steps: expected 1 to 100 steps, got 101']);
  });

  it('never throws: non-objects, cyclic objects, throwing getters, __proto__ keys', () => {
    for (const input of [null, undefined, 42, 'routine', [], () => 1, Symbol('s')]) {
      const result = validateRoutine(input, catalog);
      expect(result.routine).to.equal(null);
      expect(result.errors.length).to.be.greaterThan(0);
    }
    const cyclic: Record<string, unknown> = { id: 'c', title: 'C', steps: [] };
    cyclic.self = cyclic;
    (cyclic.steps as unknown[]).push(cyclic);
    expect(validateRoutine(cyclic, catalog).errors.length).to.be.greaterThan(0);
    const throwing = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
        get: () => {
          throw new Error('boom');
        },
      },
    );
    expect(validateRoutine(throwing, catalog).errors[0].message).to.include('could not be read');
    const polluted = JSON.parse('{"id":"p","title":"P","__proto__":{"polluted":true},"steps":[{"exercise":"neck","__proto__":{"x":1}}]}');
    const result = validateRoutine(polluted, catalog);
    expect(result.errors.map((e) => e.path)).to.have.members(['__proto__', 'steps[0].__proto__']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('never throws on arbitrary JSON, and a returned routine is always within limits (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything({ withObjectString: true })), (input) => {
        const { routine, errors } = validateRoutine(input, catalog);
        expect(routine === null).to.equal(errors.length > 0);
        for (const step of routine?.steps ?? []) expect(step.duration).to.be.within(5, 600);
      }),
    );
  });

  it('never throws on routine-shaped input with arbitrary fields (property)', () => {
    const stepLike = fc.record(
      {
        exercise: fc.oneof(fc.constantFrom('calves', 'neck', 'adductor'), fc.string()),
        name: fc.oneof(fc.string(), fc.integer()),
        duration: fc.oneof(fc.integer({ min: -10, max: 1000 }), fc.string(), fc.double()),
        sides: fc.oneof(fc.constantFrom('both', 'none'), fc.string()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(stepLike, { maxLength: 12 }), (steps) => {
        const { routine, errors } = validateRoutine({ id: 'r', title: 'R', steps }, catalog);
        if (routine) expect(routine.steps.length).to.equal(steps.length);
        else expect(errors.every((e) => typeof e.path === 'string' && e.message.length > 0)).to.equal(true);
      }),
    );
  });
});

describe('editDistance', () => {
  it('counts edits', () => {
    expect(editDistance('calf', 'calves')).to.equal(3);
    expect(editDistance('kitten', 'sitting')).to.equal(3);
    expect(editDistance('', 'abc')).to.equal(3);
    expect(editDistance('neck', 'neck')).to.equal(0);
  });
});
