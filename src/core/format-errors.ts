import type { ValidationError } from './types.js';

/** Formats errors as lines a person can act on: `steps[2].duration: expected …`. */
export function formatErrors(errors: readonly ValidationError[]): string[] {
  return errors.map((error) => (error.path ? `${error.path}: ${error.message}` : error.message));
}
