import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateRoutine } from '../../src/content/catalog.js';
import { draftFromRoutine, draftToInput, moveItem, slugify } from '../../src/core/routine-draft.js';
import type { RoutineInput } from '../../src/core/types.js';

describe('routine drafts', () => {
  it('keeps catalog defaults as defaults and writes durations and sides out', () => {
    const input: RoutineInput = {
      id: 'mine',
      title: 'Mine',
      rest: 10,
      steps: [
        { exercise: 'calves' },
        {
          exercise: 'adductors',
          name: 'Inner thigh',
          tool: 'foam-roller',
          cautions: ['Go gently.'],
        },
        {
          name: 'Arch',
          duration: '45' as unknown as number,
          instructions: [' Roll slowly '],
        },
      ],
    };
    let key = 0;
    const draft = draftFromRoutine(validateRoutine(input).routine!, input, () => ++key);
    expect(draft.steps.map((step) => step.key)).to.deep.equal([1, 2, 3]);
    expect(draft.steps[0]).to.include({ name: '', instructions: '', tool: '' });
    const output = draftToInput(draft);
    expect(output).to.deep.equal({
      id: 'mine',
      title: 'Mine',
      rest: 10,
      steps: [
        { exercise: 'calves', duration: 90, sides: 'both' },
        {
          exercise: 'adductors',
          name: 'Inner thigh',
          duration: 90,
          sides: 'both',
          tool: 'foam-roller',
          cautions: ['Go gently.'],
        },
        {
          name: 'Arch',
          duration: 45,
          sides: 'none',
          instructions: ['Roll slowly'],
        },
      ],
    });
    // The written-out routine plays the same as the original.
    expect(validateRoutine(output).routine).to.deep.equal(validateRoutine(input).routine);
  });

  it('round-trips every preset exactly', async () => {
    const { presets } = await import('../../src/content/catalog.js');
    for (const preset of presets) {
      const draft = draftFromRoutine(validateRoutine(preset).routine!, preset, () => 0);
      expect(validateRoutine(draftToInput(draft)).routine, preset.id).to.deep.equal(validateRoutine(preset).routine);
    }
  });

  it('moves one item and keeps every other in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 20 }),
        fc.integer({ min: -3, max: 25 }),
        fc.integer({ min: -3, max: 25 }),
        (list, from, to) => {
          const moved = moveItem(list, from, to);
          expect([...moved].sort()).to.deep.equal([...list].sort());
          if (list.length === 0) return;
          const source = Math.max(0, Math.min(list.length - 1, from));
          const target = Math.max(0, Math.min(list.length - 1, to));
          expect(moved[target]).to.equal(list[source]);
          const rest = list.filter((_, i) => i !== source);
          expect(moved.filter((_, i) => i !== target)).to.deep.equal(rest);
        },
      ),
    );
  });

  it('makes ids from titles', () => {
    expect(slugify("Runner's Reset — Día 2")).to.equal('runners-reset-dia-2');
    expect(slugify('   ')).to.equal('my-routine');
    expect(slugify('!!!', 'x')).to.equal('x');
    fc.assert(
      fc.property(fc.string(), (title) => {
        expect(slugify(title)).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }),
    );
  });
});
