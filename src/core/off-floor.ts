/**
 * For people who cannot get down to the floor (older adults, pregnancy, an injury): which
 * exercises and routine steps work standing, seated or at a wall. Pure.
 */
import type { Exercise, OffFloor, RoutineStep } from './types.js';

/**
 * How an exercise is done without the floor: `'as-written'` when its set-up is at a wall, seated or
 * standing; its off-the-floor option when it is a floor exercise that has one; `undefined` when it
 * needs the floor (or does not say where it is done).
 */
export function offFloorWay(exercise: Pick<Exercise, 'position' | 'offFloor'>): 'as-written' | OffFloor | undefined {
  if (exercise.position === undefined) return undefined;
  return exercise.position === 'floor' ? exercise.offFloor : 'as-written';
}

/** Whether an exercise can be done without getting down to the floor. */
export function worksOffFloor(exercise: Pick<Exercise, 'position' | 'offFloor'>): boolean {
  return offFloorWay(exercise) !== undefined;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * Whether a routine step is done on the floor: its catalog exercise is a floor exercise and the step
 * does not follow the exercise's off-the-floor option (`optionWordings`: that option's steps in other
 * words, such as a translation's). A custom step, or one without a catalog exercise, is not counted.
 */
export function stepNeedsFloor(
  step: Pick<RoutineStep, 'instructions'>,
  exercise: Pick<Exercise, 'position' | 'offFloor'> | undefined,
  optionWordings: readonly (readonly string[])[] = [],
): boolean {
  if (exercise?.position !== 'floor') return false;
  const wordings = exercise.offFloor ? [exercise.offFloor.steps, ...optionWordings] : [];
  return !wordings.some((steps) => sameList(step.instructions, steps));
}
