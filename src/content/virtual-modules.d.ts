/**
 * Made by the autoloader build's `exercisesOnDemand` plugin (scripts/cdn-build-options.mjs) from
 * `exercises.ts`, whose types already checked what the files hold (an `Exercise`, or all of them).
 */
declare module 'virtual:smr-exercises' {
  /** Every catalog id, in catalog order. */
  export const EXERCISE_IDS: readonly string[];
  /** One exercise's own file; after `attempt` failures, at another URL (browsers keep a failed import). */
  export function importExercise(id: string, attempt: number): Promise<{ default: unknown }>;
  /** The whole catalog in one file (`attempt` as above). */
  export function importAllExercises(attempt: number): Promise<{ default: unknown }>;
}
