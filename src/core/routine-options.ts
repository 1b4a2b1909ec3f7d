/**
 * Validation of the `<smr-routine>` attributes that are not part of the routine itself. Pure: the
 * element passes raw values and renders the errors.
 */
import { describeValue } from './describe.js';
import { parseDuration } from './duration.js';
import { LIMITS } from './limits.js';
import { problemAt, type ValidationError } from './problems.js';

/** Seconds of "get ready" from `lead-in` (`0`, empty or none turn it off), or an error and 0. */
export function readLeadIn(value: unknown): { seconds: number; errors: ValidationError[] } {
  if (value === 0 || value === '0' || value === '') return { seconds: 0, errors: [] };
  const parsed = parseDuration(value);
  if (parsed.ok && parsed.seconds <= LIMITS.leadIn.max) return { seconds: parsed.seconds, errors: [] };
  const { min, max } = LIMITS.leadIn;
  return { seconds: 0, errors: [problemAt('lead-in', { code: 'range', unit: 'seconds', min, max, got: describeValue(value) })] };
}
