/**
 * The catalog's look-ups and routine validation against the built-in exercises: what the elements
 * that play or show routines need, without the finder's concerns and suggestions (`catalog.ts`),
 * so a page with a routine does not download those.
 */
import { validateRoutine as validateAgainst, type ValidationResult } from '../core/validate.js';
import type { RoutineInput } from '../core/types.js';
import { exerciseIds, exercises, getExercise } from './exercises.js';
import { presets } from './presets.js';

const presetsById = new Map(presets.map((preset) => [preset.id, preset]));

/** The ids of the catalog presets, for "did you mean …?" suggestions. */
export const presetIds: readonly string[] = [...presetsById.keys()];

/** The preset routine with this id, or `undefined`. */
export function getPreset(id: string): RoutineInput | undefined {
  return presetsById.get(id);
}

/**
 * Validates a routine from any source against the model and the built-in catalog.
 * Returns `{ routine, errors }`; never throws.
 */
export function validateRoutine(input: unknown): ValidationResult {
  return validateAgainst(input, exercises, exerciseIds);
}

export { exerciseIds, exercises, getExercise, presets };
