/**
 * Validation of routines from any source (JSON, attributes, properties, storage). Never throws:
 * every problem becomes a `{ path, message, problem }` that names the field and the bad value.
 */
import { unknownMatch } from './closest-match.js';
import { Collector } from './collector.js';
import { describeValue } from './describe.js';
import { DEFAULT_SWITCH_DURATION, LIMITS } from './limits.js';
import { readMedia } from './media.js';
import { problemAt } from './problems.js';
import { isRecord, own } from './records.js';
import type { Exercise, Routine, RoutineStep, ValidationError } from './types.js';

export interface ValidationResult {
  /** The validated routine with catalog defaults filled in, or `null` when there are errors. */
  routine: Routine | null;
  errors: ValidationError[];
}

const ROUTINE_KEYS = ['id', 'title', 'description', 'rest', 'switchDuration', 'steps'] as const;
const STEP_KEYS = ['exercise', 'name', 'duration', 'sides', 'tool', 'instructions', 'cautions', 'media'] as const;

function validateStep(
  input: unknown,
  path: string,
  catalog: ReadonlyMap<string, Exercise>,
  knownIds: readonly string[],
  out: Collector,
): RoutineStep | undefined {
  if (!isRecord(input)) {
    out.add(path, { code: 'wrong-type', expected: 'step', got: describeValue(input) });
    return undefined;
  }
  const before = out.errors.length;
  out.unknownKeys(input, STEP_KEYS, path);
  const exerciseId = out.text(own(input, 'exercise'), `${path}.exercise`, LIMITS.id, false);
  let exercise: Exercise | undefined;
  if (exerciseId !== undefined) {
    exercise = catalog.get(exerciseId);
    if (!exercise) {
      out.add(`${path}.exercise`, unknownMatch('exercise', knownIds, exerciseId));
    }
  }
  const custom = exerciseId === undefined;
  // A name given (even over a catalog exercise) must say something: blank text is refused, not shown.
  const name = out.text(own(input, 'name'), `${path}.name`, LIMITS.name, custom || own(input, 'name') !== undefined);
  const duration = out.seconds(own(input, 'duration'), `${path}.duration`, LIMITS.stepDuration);
  if (custom && own(input, 'duration') === undefined) out.add(`${path}.duration`, { code: 'required-custom' });
  const sides = out.sides(own(input, 'sides'), `${path}.sides`);
  const tool = out.tool(own(input, 'tool'), `${path}.tool`);
  const instructions = out.textList(own(input, 'instructions'), `${path}.instructions`);
  const cautions = out.textList(own(input, 'cautions'), `${path}.cautions`);
  const media = readMedia(own(input, 'media'), `${path}.media`, out);
  if (out.errors.length > before) return undefined;

  const step: RoutineStep = {
    name: name ?? exercise?.name ?? '',
    duration: duration ?? exercise?.duration ?? 0,
    sides: sides ?? exercise?.sides ?? 'none',
    instructions: instructions ?? exercise?.steps.slice() ?? [],
    cautions: cautions ?? exercise?.cautions.slice() ?? [],
  };
  if (exercise) step.exercise = exercise.id;
  const resolvedTool = tool ?? exercise?.tools[0];
  if (resolvedTool) step.tool = resolvedTool;
  if (media) step.media = media;
  return step;
}

/**
 * Validates a routine against the model and the given catalog. Returns the resolved routine
 * (catalog defaults filled in) or every error found, each with a JSON path and the bad value.
 * Never throws, whatever the input: non-objects, huge arrays, cyclic objects, throwing getters,
 * `__proto__` keys. `knownIds` are the ids "did you mean …?" picks from: every catalog id, when
 * only some of the catalog's exercises have been fetched.
 */
export function validateRoutine(
  input: unknown,
  catalog: readonly Exercise[],
  knownIds: readonly string[] = catalog.map((exercise) => exercise.id),
): ValidationResult {
  try {
    return validateRoutineUnsafe(input, catalog, knownIds);
  } catch (error) {
    // Proxies and getters can throw while being read; report instead of passing it on.
    return { routine: null, errors: [problemAt('', { code: 'unreadable', detail: String(error).slice(0, 100) })] };
  }
}

function validateRoutineUnsafe(input: unknown, catalog: readonly Exercise[], knownIds: readonly string[]): ValidationResult {
  const out = new Collector();
  if (!isRecord(input)) {
    out.add('', { code: 'wrong-type', expected: 'routine', got: describeValue(input) });
    return { routine: null, errors: out.errors };
  }
  out.unknownKeys(input, ROUTINE_KEYS, '');
  const id = out.text(own(input, 'id'), 'id', LIMITS.id, true);
  const title = out.text(own(input, 'title'), 'title', LIMITS.title, true);
  const description = out.text(own(input, 'description'), 'description', LIMITS.description, false);
  const rest = out.seconds(own(input, 'rest'), 'rest', LIMITS.rest);
  const switchDuration = out.seconds(own(input, 'switchDuration'), 'switchDuration', LIMITS.switchDuration);
  const rawSteps = own(input, 'steps');
  const steps: RoutineStep[] = [];
  if (!Array.isArray(rawSteps)) {
    out.add(
      'steps',
      rawSteps === undefined ? { code: 'required' } : { code: 'wrong-type', expected: 'step-list', got: describeValue(rawSteps) },
    );
  } else if (rawSteps.length < LIMITS.steps.min || rawSteps.length > LIMITS.steps.max) {
    out.add('steps', { code: 'step-count', min: LIMITS.steps.min, max: LIMITS.steps.max, count: rawSteps.length });
  } else {
    const byId = new Map(catalog.map((exercise) => [exercise.id, exercise]));
    rawSteps.forEach((rawStep: unknown, i) => {
      const step = validateStep(rawStep, `steps[${i}]`, byId, knownIds, out);
      if (step) steps.push(step);
    });
  }
  if (out.errors.length > 0 || id === undefined || title === undefined) {
    return { routine: null, errors: out.errors };
  }
  const routine: Routine = {
    id,
    title,
    rest: rest ?? 0,
    switchDuration: switchDuration ?? DEFAULT_SWITCH_DURATION,
    steps,
  };
  if (description) routine.description = description;
  return { routine, errors: [] };
}

// Kept apart (every element warns with it, few validate routines) and re-exported here.
export { formatErrors } from './format-errors.js';
