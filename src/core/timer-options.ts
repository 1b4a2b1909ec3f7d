/**
 * Validation of `<smr-timer>` attributes into a hold plan. Pure: the element passes raw values
 * and renders the errors.
 */
import { describeValue } from './describe.js';
import { parseDuration } from './duration.js';
import { LIMITS } from './limits.js';
import { problemAt } from './problems.js';
import type { Sides, ValidationError } from './types.js';

export interface TimerOptions {
  duration: number;
  sides: Sides;
  switchDuration: number;
  leadIn: number;
  cueSeconds: number;
  pace: number;
}

export interface RawTimerOptions {
  duration: unknown;
  sides: unknown;
  switchDuration: unknown;
  leadIn: unknown;
  cueSeconds: unknown;
  pace: unknown;
}

function seconds(
  value: unknown,
  attribute: string,
  { allowZero, max }: { allowZero: boolean; max: number },
  errors: ValidationError[],
): number | undefined {
  if (allowZero && (value === 0 || (typeof value === 'string' && /^\s*0*\s*$/.test(value)))) return 0;
  const parsed = parseDuration(value);
  if (!parsed.ok) {
    errors.push(problemAt(attribute, parsed.problem));
    return undefined;
  }
  if (parsed.seconds > max) {
    errors.push(problemAt(attribute, { code: 'at-most-seconds', max, got: describeValue(value) }));
    return undefined;
  }
  return parsed.seconds;
}

function wholeNumber(value: unknown, attribute: string, max: number, errors: ValidationError[]): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number === 'number' && Number.isFinite(number) && number >= 0 && number <= max) return number;
  errors.push(problemAt(attribute, { code: 'range', unit: 'number', min: 0, max, got: describeValue(value) }));
  return undefined;
}

/** Checks every timer attribute; names the attribute and the bad value in each error. */
export function validateTimerOptions(raw: RawTimerOptions): { options: TimerOptions | null; errors: ValidationError[] } {
  const errors: ValidationError[] = [];
  const duration = seconds(raw.duration, 'duration', { allowZero: false, max: LIMITS.timerDuration.max }, errors);
  let sides: Sides | undefined;
  if (raw.sides === undefined || raw.sides === null || raw.sides === '' || raw.sides === 'none') sides = 'none';
  else if (raw.sides === 'both') sides = 'both';
  else errors.push(problemAt('sides', { code: 'one-of', allowed: ['none', 'both'], got: describeValue(raw.sides) }));
  const switchDuration = seconds(raw.switchDuration, 'switch-duration', { allowZero: true, max: LIMITS.switchDuration.max }, errors);
  const leadIn = seconds(raw.leadIn, 'lead-in', { allowZero: true, max: LIMITS.leadIn.max }, errors);
  const cueSeconds = wholeNumber(raw.cueSeconds, 'cue-seconds', LIMITS.cueSeconds.max, errors);
  const pace = wholeNumber(raw.pace, 'pace', LIMITS.pace.max, errors);
  if (
    errors.length > 0 ||
    duration === undefined ||
    sides === undefined ||
    switchDuration === undefined ||
    leadIn === undefined ||
    cueSeconds === undefined ||
    pace === undefined
  ) {
    return { options: null, errors };
  }
  return { options: { duration, sides, switchDuration, leadIn, cueSeconds: Math.floor(cueSeconds), pace }, errors };
}
