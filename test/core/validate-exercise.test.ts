import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateExercise } from '../../src/core/validate-exercise.js';

const BASE = { id: 'wall-calf', name: 'Calf at a wall', steps: ['Lean in.'], duration: 45 };

describe('validateExercise: where it is done, the off-floor option and the longest time', () => {
  it('keeps a valid position, off-floor option and longest time', () => {
    const { exercise, errors } = validateExercise({
      ...BASE,
      tools: ['foam-roller', 'stick'],
      position: 'floor',
      offFloor: { position: 'seated', tool: 'stick', steps: [' Sit down. ', 'Roll.'] },
      maxDuration: 90,
    });
    expect(errors).to.deep.equal([]);
    expect(exercise).to.include({ position: 'floor', maxDuration: 90 });
    expect(exercise!.offFloor).to.deep.equal({ position: 'seated', tool: 'stick', steps: ['Sit down.', 'Roll.'] });
  });

  it('leaves them out of a custom exercise that does not give them, and requires them of the catalog', () => {
    const { exercise, errors } = validateExercise(BASE);
    expect(errors).to.deep.equal([]);
    expect(exercise).not.to.have.any.keys('position', 'offFloor', 'maxDuration');
    const strict = validateExercise(BASE, { strict: true }).errors.map((error) => error.path);
    expect(strict).to.include.members(['position', 'maxDuration']);
    expect(strict).not.to.include('offFloor');
  });

  it('names each bad value with its path', () => {
    const { exercise, errors } = validateExercise({
      ...BASE,
      tools: ['ball'],
      position: 'bed',
      offFloor: { position: 'floor', tool: 'stick', steps: [], extra: 1 },
      maxDuration: 30,
    });
    expect(exercise).to.equal(null);
    expect(errors.map((error) => [error.path, error.message])).to.deep.equal([
      ['position', 'expected one of floor, wall, seated, standing, got "bed"'],
      ['offFloor.extra', 'unknown field; expected one of position, tool, steps'],
      ['offFloor.position', 'expected "wall", "seated" or "standing", got "floor"'],
      ['offFloor.tool', 'expected "ball", got "stick"'],
      ['offFloor.steps', 'must list at least one step'],
      ['maxDuration', 'expected seconds from 45 to 600, got 30'],
    ]);
    expect(validateExercise({ ...BASE, offFloor: 'a chair' }).errors[0]).to.include({
      path: 'offFloor',
      message: 'expected { position, tool, steps }, got "a chair"',
    });
  });

  it('never throws, whatever the new fields hold', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (position, offFloor, maxDuration) => {
        const result = validateExercise({ ...BASE, position, offFloor, maxDuration });
        expect(result.exercise === null || result.errors.length === 0).to.equal(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('validateExercise: the spoken set-up of the voice coach', () => {
  it('keeps it trimmed, leaves it out of a custom exercise without one, and requires it of the catalog', () => {
    expect(validateExercise({ ...BASE, spoken: '  Face the wall. Lean in.  ' }).exercise).to.include({ spoken: 'Face the wall. Lean in.' });
    expect(validateExercise(BASE).exercise).not.to.have.any.keys('spoken');
    expect(validateExercise(BASE, { strict: true }).errors.map((error) => error.path)).to.include('spoken');
  });

  it('names a spoken set-up that is not text, or too long to be one', () => {
    expect(validateExercise({ ...BASE, spoken: 42 }).errors.map((error) => [error.path, error.message])).to.deep.equal([
      ['spoken', 'expected text, got 42'],
    ]);
    expect(validateExercise({ ...BASE, spoken: 'word '.repeat(100) }).errors[0]).to.include({ path: 'spoken' });
  });
});
