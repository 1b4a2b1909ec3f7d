/**
 * Validation of `<smr-illustration>` attributes. Pure: the element passes raw values and renders
 * the errors.
 */
import { unknownMatch } from './closest-match.js';
import { describeValue } from './describe.js';
import { LIMITS } from './limits.js';
import { problemAt, type ValidationError } from './problems.js';

export interface IllustrationOptions {
  /** The exercise id, when it is one of `known`. */
  exercise: string | undefined;
  mirrored: boolean;
  /** Passes per minute asked for, when valid; otherwise the exercise's own. */
  pace: number | undefined;
}

/** Reads `exercise`, `side` and `pace` against the ids that have an illustration. */
export function readIllustrationOptions(
  raw: { exercise: unknown; side: unknown; pace: unknown },
  known: readonly string[],
): { options: IllustrationOptions; errors: ValidationError[] } {
  const errors: ValidationError[] = [];
  const exercise = typeof raw.exercise === 'string' && known.includes(raw.exercise) ? raw.exercise : undefined;
  if (!exercise) errors.push(problemAt('exercise', unknownMatch('exercise', known, raw.exercise)));
  if (raw.side !== undefined && raw.side !== null && raw.side !== '' && raw.side !== 'left' && raw.side !== 'right') {
    errors.push(problemAt('side', { code: 'one-of', allowed: ['left', 'right'], got: describeValue(raw.side) }));
  }
  let pace: number | undefined;
  if (raw.pace !== undefined && raw.pace !== null) {
    const { min, max } = LIMITS.pace;
    if (typeof raw.pace === 'number' && Number.isFinite(raw.pace) && raw.pace >= min && raw.pace <= max) pace = raw.pace;
    else errors.push(problemAt('pace', { code: 'range', unit: 'rolls-per-minute', min, max, got: describeValue(raw.pace) }));
  }
  return { options: { exercise, mirrored: raw.side === 'left', pace }, errors };
}
