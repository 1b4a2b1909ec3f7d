/**
 * The catalog bound to the model: look-ups and validation against the built-in exercises.
 */
import { validateRoutine as validateAgainst, type ValidationResult } from '../core/validate.js';
import type { Exercise, RoutineInput } from '../core/types.js';
import { exercises } from './exercises.js';
import { presets } from './presets.js';

const exercisesById = new Map(exercises.map((exercise) => [exercise.id, exercise]));
const presetsById = new Map(presets.map((preset) => [preset.id, preset]));

/** The catalog exercise with this id, or `undefined`. */
export function getExercise(id: string): Exercise | undefined {
  return exercisesById.get(id);
}

/** The preset routine with this id, or `undefined`. */
export function getPreset(id: string): RoutineInput | undefined {
  return presetsById.get(id);
}

/**
 * Validates a routine from any source against the model and the built-in catalog.
 * Returns `{ routine, errors }`; never throws.
 */
export function validateRoutine(input: unknown): ValidationResult {
  return validateAgainst(input, exercises);
}

export { exercises, presets };
