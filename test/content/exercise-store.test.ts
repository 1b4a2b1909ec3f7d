import { expect } from '@open-wc/testing';
import { createExerciseStore, type ExerciseFetchers } from '../../src/content/exercise-store.js';
import { exerciseIds, exercises, getExercise } from '../../src/content/exercises.js';
import { validateRoutine } from '../../src/core/validate.js';
import type { Exercise } from '../../src/core/types.js';

/** Fetchers over the real catalog that record each call and can be told to fail. */
function recordingFetchers() {
  const calls: string[] = [];
  const failing = new Set<string>();
  const fetchers: ExerciseFetchers = {
    ids: exerciseIds,
    async one(id, attempt) {
      calls.push(`${id}#${attempt}`);
      await Promise.resolve();
      if (failing.has(id)) throw new Error(`503 for ${id}`);
      return getExercise(id)!;
    },
    async all(attempt) {
      calls.push(`all#${attempt}`);
      await Promise.resolve();
      if (failing.has('all')) throw new Error('503 for the catalog');
      return exercises;
    },
  };
  return { fetchers, calls, failing };
}

const ids = (list: readonly Exercise[]) => list.map((exercise) => exercise.id);

// The autoloader's catalog on demand (`exercises-on-demand.ts` is this store over the build's files).
describe('exercise store (exercises fetched on demand)', () => {
  it('fetches each needed exercise once, keeps catalog order, and ignores ids the catalog lacks', async () => {
    const { fetchers, calls } = recordingFetchers();
    const store = createExerciseStore(fetchers);
    expect(store.ready(['peroneals', 'calves'])).to.equal(false);
    expect(store.ready(['no-such-exercise'])).to.equal(true);
    await Promise.all([store.load(['peroneals', 'calves', 'no-such-exercise']), store.load(['calves'])]);
    expect(calls).to.deep.equal(['peroneals#0', 'calves#0']);
    expect(store.ready(['calves', 'peroneals'])).to.equal(true);
    expect(ids(store.exercises)).to.deep.equal(['calves', 'peroneals']);
    expect(store.getExercise('calves')).to.equal(getExercise('calves'));
    expect(store.getExercise('hamstrings')).to.equal(undefined);
    await store.load(['calves']);
    expect(calls).to.have.length(2);
  });

  it('fetches the whole catalog as one file, and then needs nothing more', async () => {
    const { fetchers, calls } = recordingFetchers();
    const store = createExerciseStore(fetchers);
    await store.load(['calves']);
    await store.load('all');
    expect(calls).to.deep.equal(['calves#0', 'all#0']);
    expect(ids(store.exercises)).to.deep.equal(exerciseIds);
    expect(store.ready('all')).to.equal(true);
    await store.load(['hamstrings']);
    expect(calls).to.have.length(2);
  });

  it('a failed fetch rejects, is forgotten, and is asked for again at another attempt', async () => {
    const { fetchers, calls, failing } = recordingFetchers();
    const store = createExerciseStore(fetchers);
    failing.add('calves');
    let error: unknown;
    await store.load(['calves', 'peroneals']).catch((caught: unknown) => (error = caught));
    expect(String(error)).to.contain('503 for calves');
    expect(store.ready(['peroneals'])).to.equal(true);
    expect(store.ready(['calves'])).to.equal(false);
    failing.delete('calves');
    await store.load(['calves']);
    expect(calls).to.deep.equal(['calves#0', 'peroneals#0', 'calves#1']);
    expect(ids(store.exercises)).to.deep.equal(['calves', 'peroneals']);
  });

  it('tells subscribers when exercises arrive, until they stop listening', async () => {
    const store = createExerciseStore(recordingFetchers().fetchers);
    let heard = 0;
    const stop = store.subscribe(() => heard++);
    await store.load(['calves']);
    store.add([getExercise('neck')!]);
    expect(heard).to.equal(2);
    stop();
    await store.load(['peroneals']);
    expect(heard).to.equal(2);
    expect(ids(store.exercises)).to.deep.equal(['calves', 'peroneals', 'neck']);
  });

  it('validation against a partly fetched catalog still suggests from every id', () => {
    const store = createExerciseStore(recordingFetchers().fetchers);
    const { errors } = validateRoutine({ id: 'r', title: 'R', steps: [{ exercise: 'calfs' }] }, store.exercises, exerciseIds);
    expect(errors).to.have.length(1);
    expect(errors[0].message).to.contain('calves');
  });
});
