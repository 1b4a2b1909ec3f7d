/**
 * Validation of exercises: the built-in catalog (strict: every field) and custom exercises
 * given to `<smr-exercise>` through its `.exercise` property (only id, name, steps and duration
 * required; the rest gets empty defaults, and `spoken` stays out when not given). Never throws.
 */
import { Collector } from './collector.js';
import { describeValue } from './describe.js';
import { LIMITS } from './limits.js';
import { isRecord, own } from './records.js';
import { problemAt } from './problems.js';
import { GOALS, POSITIONS, REGIONS, TECHNIQUES, TOOLS } from './types.js';
import type { Exercise, Goal, Muscle, OffFloor, Position, PressureGuide, RegionId, Technique, Tool, ValidationError } from './types.js';

const EXERCISE_KEYS = [
  'id',
  'name',
  'tools',
  'techniques',
  'muscles',
  'regions',
  'setup',
  'spoken',
  'position',
  'offFloor',
  'steps',
  'cues',
  'pace',
  'pressure',
  'avoid',
  'duration',
  'maxDuration',
  'sides',
  'goal',
  'cautions',
  'why',
  'note',
] as const;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ExerciseValidationResult {
  exercise: Exercise | null;
  errors: ValidationError[];
}

function oneOfList<T extends string>(
  out: Collector,
  value: unknown,
  path: string,
  allowed: readonly T[],
  required: boolean,
): T[] | undefined {
  if (value === undefined) {
    if (required) out.add(path, { code: 'required' });
    return undefined;
  }
  if (!Array.isArray(value) || value.length > LIMITS.listItems) {
    out.add(path, { code: 'list-of', allowed: allowed.slice(0, 4), got: describeValue(value) });
    return undefined;
  }
  const items: T[] = [];
  value.forEach((item: unknown, i) => {
    if ((allowed as readonly unknown[]).includes(item)) items.push(item as T);
    else out.add(`${path}[${i}]`, { code: 'one-of', allowed, got: describeValue(item) });
  });
  return items;
}

function muscles(out: Collector, value: unknown, path: string, required: boolean): Muscle[] | undefined {
  if (value === undefined) {
    if (required) out.add(path, { code: 'required' });
    return undefined;
  }
  if (!Array.isArray(value) || value.length > LIMITS.listItems) {
    out.add(path, { code: 'wrong-type', expected: 'muscle-list', got: describeValue(value) });
    return undefined;
  }
  const list: Muscle[] = [];
  value.forEach((item: unknown, i) => {
    if (!isRecord(item)) {
      out.add(`${path}[${i}]`, { code: 'wrong-type', expected: 'muscle', got: describeValue(item) });
      return;
    }
    out.unknownKeys(item, ['anatomical', 'plain'], `${path}[${i}]`);
    const anatomical = out.text(own(item, 'anatomical'), `${path}[${i}].anatomical`, LIMITS.name, true);
    const plain = out.text(own(item, 'plain'), `${path}[${i}].plain`, LIMITS.name, true);
    if (anatomical !== undefined && plain !== undefined) list.push({ anatomical, plain });
  });
  return list;
}

function pressure(out: Collector, value: unknown, path: string, required: boolean): PressureGuide | undefined {
  if (value === undefined) {
    if (required) out.add(path, { code: 'required' });
    return undefined;
  }
  if (!isRecord(value)) {
    out.add(path, { code: 'wrong-type', expected: 'pressure', got: describeValue(value) });
    return undefined;
  }
  out.unknownKeys(value, ['target', 'lighter', 'deeper'], path);
  const target = own(value, 'target');
  const lighter = out.text(own(value, 'lighter'), `${path}.lighter`, LIMITS.text, true);
  const deeper = out.text(own(value, 'deeper'), `${path}.deeper`, LIMITS.text, true);
  if (typeof target !== 'number' || !Number.isInteger(target) || target < 1 || target > 10) {
    out.add(`${path}.target`, { code: 'range', unit: 'whole-number', min: 1, max: 10, got: describeValue(target) });
    return undefined;
  }
  return lighter !== undefined && deeper !== undefined ? { target, lighter, deeper } : undefined;
}

function oneOf<T extends string>(out: Collector, value: unknown, path: string, allowed: readonly T[], required: boolean): T | undefined {
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  if (value !== undefined || required) out.add(path, { code: 'one-of', allowed, got: describeValue(value) });
  return undefined;
}

/** The off-floor option: where, with which of the exercise's tools, and its steps. */
function offFloor(out: Collector, value: unknown, path: string, tools: readonly Tool[] | undefined): OffFloor | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    out.add(path, { code: 'wrong-type', expected: 'off-floor', got: describeValue(value) });
    return undefined;
  }
  out.unknownKeys(value, ['position', 'tool', 'steps'], path);
  const position = oneOf(out, own(value, 'position'), `${path}.position`, ['wall', 'seated', 'standing'] as const, true);
  const tool = oneOf(out, own(value, 'tool'), `${path}.tool`, tools?.length ? tools : TOOLS, true);
  const steps = out.textList(own(value, 'steps'), `${path}.steps`);
  if (own(value, 'steps') === undefined) out.add(`${path}.steps`, { code: 'required' });
  else if (steps && steps.length === 0) out.add(`${path}.steps`, { code: 'empty-list' });
  return position && tool && steps?.length ? { position, tool, steps } : undefined;
}

/**
 * Validates an exercise. `strict` (used for the built-in catalog) requires every field;
 * otherwise only `id`, `name`, `steps` and `duration` are required.
 */
export function validateExercise(input: unknown, { strict = false } = {}): ExerciseValidationResult {
  try {
    return validateExerciseUnsafe(input, strict);
  } catch (error) {
    return { exercise: null, errors: [problemAt('', { code: 'unreadable', detail: String(error).slice(0, 100) })] };
  }
}

function validateExerciseUnsafe(input: unknown, strict: boolean): ExerciseValidationResult {
  const out = new Collector();
  if (!isRecord(input)) {
    out.add('', { code: 'wrong-type', expected: 'exercise', got: describeValue(input) });
    return { exercise: null, errors: out.errors };
  }
  out.unknownKeys(input, EXERCISE_KEYS, '');
  const id = out.text(own(input, 'id'), 'id', LIMITS.id, true);
  if (id !== undefined && !KEBAB.test(id)) out.add('id', { code: 'kebab-case', got: describeValue(id) });
  const name = out.text(own(input, 'name'), 'name', LIMITS.name, true);
  const tools = oneOfList<Tool>(out, own(input, 'tools'), 'tools', TOOLS, strict);
  const techniques = oneOfList<Technique>(out, own(input, 'techniques'), 'techniques', TECHNIQUES, strict);
  const muscleList = muscles(out, own(input, 'muscles'), 'muscles', strict);
  const regions = oneOfList<RegionId>(out, own(input, 'regions'), 'regions', REGIONS, strict);
  const setup = out.text(own(input, 'setup'), 'setup', LIMITS.text, strict);
  const spoken = out.text(own(input, 'spoken'), 'spoken', LIMITS.spoken, strict);
  const position = oneOf<Position>(out, own(input, 'position'), 'position', POSITIONS, strict);
  const offFloorOption = offFloor(out, own(input, 'offFloor'), 'offFloor', tools);
  const steps = out.textList(own(input, 'steps'), 'steps');
  if (own(input, 'steps') === undefined) out.add('steps', { code: 'required' });
  else if (steps && steps.length === 0) out.add('steps', { code: 'empty-list' });
  const cues = out.textList(own(input, 'cues'), 'cues');
  if (strict && own(input, 'cues') === undefined) out.add('cues', { code: 'required' });
  const paceValue = own(input, 'pace');
  let pace: number | undefined;
  if (paceValue === undefined) {
    if (strict) out.add('pace', { code: 'required' });
  } else if (typeof paceValue === 'number' && Number.isFinite(paceValue) && paceValue >= 0 && paceValue <= 120) {
    pace = paceValue;
  } else {
    out.add('pace', { code: 'range', unit: 'rolls-per-minute', min: 0, max: 120, got: describeValue(paceValue) });
  }
  const pressureGuide = pressure(out, own(input, 'pressure'), 'pressure', strict);
  const avoid = out.textList(own(input, 'avoid'), 'avoid');
  if (strict && own(input, 'avoid') === undefined) out.add('avoid', { code: 'required' });
  const duration = out.seconds(own(input, 'duration'), 'duration', LIMITS.stepDuration);
  if (own(input, 'duration') === undefined) out.add('duration', { code: 'required' });
  const maxDuration = out.seconds(own(input, 'maxDuration'), 'maxDuration', {
    min: duration ?? LIMITS.stepDuration.min,
    max: LIMITS.stepDuration.max,
  });
  if (strict && own(input, 'maxDuration') === undefined) out.add('maxDuration', { code: 'required' });
  const sides = out.sides(own(input, 'sides'), 'sides');
  if (strict && sides === undefined) out.add('sides', { code: 'required' });
  const goal = oneOf<Goal>(out, own(input, 'goal'), 'goal', GOALS, strict);
  const cautions = out.textList(own(input, 'cautions'), 'cautions');
  if (strict && own(input, 'cautions') === undefined) out.add('cautions', { code: 'required' });
  const why = out.text(own(input, 'why'), 'why', LIMITS.text, strict);
  const note = out.text(own(input, 'note'), 'note', LIMITS.text, false);

  if (out.errors.length > 0 || id === undefined || name === undefined || !steps || duration === undefined) {
    return { exercise: null, errors: out.errors };
  }
  const exercise: Exercise = {
    id,
    name,
    tools: tools ?? [],
    techniques: techniques ?? [],
    muscles: muscleList ?? [],
    regions: regions ?? [],
    setup: setup ?? '',
    steps,
    cues: cues ?? [],
    pace: pace ?? 0,
    pressure: pressureGuide ?? { target: 5, lighter: '', deeper: '' },
    avoid: avoid ?? [],
    duration,
    sides: sides ?? 'none',
    goal: goal ?? 'tender-spots',
    cautions: cautions ?? [],
    why: why ?? '',
  };
  if (note) exercise.note = note;
  if (spoken) exercise.spoken = spoken;
  if (position) exercise.position = position;
  if (offFloorOption) exercise.offFloor = offFloorOption;
  if (maxDuration !== undefined) exercise.maxDuration = maxDuration;
  return { exercise, errors: [] };
}
