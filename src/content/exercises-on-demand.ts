/**
 * What `exercises.ts` is in the autoloader's build (`dist/cdn/smr-autoloader.js`): the same
 * look-ups, but each exercise is a file of its own (with its picture and the picture's words),
 * fetched the first time a page needs it (`loadExercises`), so a page with one routine downloads
 * the exercises it plays, not the catalog.
 * The build plugin `exercisesOnDemand` (scripts/cdn-build-options.mjs) makes those files from
 * `exercises.ts` and swaps this module in; the npm build and `smr-elements.js` keep `exercises.ts`.
 */
import { EXERCISE_IDS, importAllExercises, importExercise } from 'virtual:smr-exercises';
import type { IllustrationData } from '../core/illustration.js';
import type { Exercise } from '../core/types.js';
import { createExerciseStore } from './exercise-store.js';
import type { ExerciseNeed } from './exercises.js';
import { addPictureData } from './picture-data-on-demand.js';

export type { ExerciseNeed } from './exercises.js';

/** An exercise's file: the exercise, its picture and the picture's words (made from the typed sources). */
interface ExerciseFile {
  exercise: Exercise;
  illustration?: IllustrationData;
  picture?: string;
}

const unpack = (files: readonly ExerciseFile[]): Exercise[] =>
  files.map(({ exercise, illustration, picture }) => {
    addPictureData(exercise.id, illustration, picture);
    return exercise;
  });

const store = createExerciseStore({
  ids: EXERCISE_IDS,
  one: async (id, attempt) => unpack([(await importExercise(id, attempt)).default as ExerciseFile])[0],
  all: async (attempt) => unpack((await importAllExercises(attempt)).default as readonly ExerciseFile[]),
});

export const exercises: readonly Exercise[] = store.exercises;
export const exerciseIds: readonly string[] = EXERCISE_IDS;
export const getExercise = (id: string): Exercise | undefined => store.getExercise(id);
export const exercisesReady = (need: ExerciseNeed): boolean => store.ready(need);

export const loadExercises = (need: ExerciseNeed): Promise<void> => store.load(need);
export const onExercisesAdded = (listener: () => void): (() => void) => store.subscribe(listener);

/** The whole catalog, imported by the finder and the builder before they first render (see the build plugin). */
export const addExercises = (files: readonly ExerciseFile[]): void => store.add(unpack(files));
