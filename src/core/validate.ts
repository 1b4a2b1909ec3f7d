/**
 * Validation of routines from any source (JSON, attributes, properties, storage). Never throws:
 * every problem becomes a `{ path, message, problem }` that names the field and the bad value.
 */
import { describeValue, parseDuration } from './duration.js';
import { problemAt, type Problem } from './problems.js';
import { TOOLS } from './types.js';
import type { Exercise, Routine, RoutineStep, Sides, Tool, ValidationError } from './types.js';

export const LIMITS = {
  stepDuration: { min: 5, max: 600 },
  rest: { min: 0, max: 600 },
  switchDuration: { min: 0, max: 60 },
  steps: { min: 1, max: 100 },
  id: 100,
  title: 200,
  description: 2000,
  name: 120,
  text: 1000,
  listItems: 30,
} as const;

export const DEFAULT_SWITCH_DURATION = 5;

export interface ValidationResult {
  /** The validated routine with catalog defaults filled in, or `null` when there are errors. */
  routine: Routine | null;
  errors: ValidationError[];
}

const ROUTINE_KEYS = ['id', 'title', 'description', 'rest', 'switchDuration', 'steps'] as const;
const STEP_KEYS = ['exercise', 'name', 'duration', 'sides', 'tool', 'instructions', 'cautions'] as const;

export type PlainRecord = Record<string, unknown>;

/**
 * Folds runs of HTML whitespace into one space, as a browser shows text. List items (instructions,
 * cautions) are stored folded, so a line break a formatter or CMS adds inside one changes nothing.
 */
export function foldSpace(text: string): string {
  return text.replace(/[ \t\n\f\r]+/g, ' ');
}

export function isRecord(value: unknown): value is PlainRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an own property only, so `__proto__` and inherited keys never leak in. */
export function own<T = unknown>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** Up to `count` candidates close to `wanted` (containment or a small edit distance), closest first. */
export function closest(candidates: readonly string[], wanted: string, count = 3): string[] {
  const target = wanted.toLowerCase().slice(0, 60);
  return candidates
    .map((id) => ({ id, score: id.includes(target) || target.includes(id) ? 0 : editDistance(id, target) }))
    .filter(({ id, score }) => score <= Math.max(2, Math.ceil(id.length / 2)))
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, count)
    .map(({ id }) => id);
}

/** Levenshtein distance, two rows. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The problem of an unknown catalog id, with the known ids closest to it. */
export function unknownId(kind: 'exercise' | 'preset', known: readonly Pick<Exercise, 'id'>[], wanted: string): Problem {
  const suggestions = closest(
    known.map((item) => item.id),
    wanted,
  );
  return { code: 'unknown', kind, got: describeValue(wanted), suggestions };
}

/** Gathers errors while reading untrusted input field by field. Shared by the routine and exercise validators. */
export class Collector {
  readonly errors: ValidationError[] = [];
  add(path: string, problem: Problem): void {
    // A flood of errors helps nobody; the first 50 show the pattern.
    if (this.errors.length < 50) this.errors.push(problemAt(path, problem));
  }

  unknownKeys(record: PlainRecord, allowed: readonly string[], path: string): void {
    for (const key of Object.keys(record).slice(0, 100)) {
      if (!allowed.includes(key)) {
        this.add(path ? `${path}.${key}` : key, { code: 'unknown-field', expected: allowed });
      }
    }
  }

  text(value: unknown, path: string, max: number, required: boolean): string | undefined {
    if (value === undefined) {
      if (required) this.add(path, { code: 'required' });
      return undefined;
    }
    if (typeof value !== 'string') {
      this.add(path, { code: 'wrong-type', expected: 'text', got: describeValue(value) });
      return undefined;
    }
    const trimmed = value.trim();
    if (required && trimmed === '') {
      this.add(path, { code: 'empty' });
      return undefined;
    }
    if (trimmed.length > max) {
      this.add(path, { code: 'too-long', max, count: trimmed.length });
      return undefined;
    }
    return trimmed;
  }

  textList(value: unknown, path: string): string[] | undefined {
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) {
      this.add(path, { code: 'wrong-type', expected: 'text-list', got: describeValue(value) });
      return undefined;
    }
    if (value.length > LIMITS.listItems) {
      this.add(path, { code: 'too-many', max: LIMITS.listItems, count: value.length });
      return undefined;
    }
    const items: string[] = [];
    value.forEach((item, i) => {
      const text = this.text(item, `${path}[${i}]`, LIMITS.text, true);
      if (text !== undefined) items.push(foldSpace(text));
    });
    return items;
  }

  seconds(value: unknown, path: string, range: { min: number; max: number }): number | undefined {
    if (value === undefined) return undefined;
    const parsed = typeof value === 'number' || typeof value === 'string' ? parseDuration(value) : undefined;
    const zeroAllowed = range.min === 0 && (value === 0 || (typeof value === 'string' && /^\s*0+\s*$/.test(value)));
    if (zeroAllowed) return 0;
    if (!parsed || !parsed.ok || parsed.seconds < range.min || parsed.seconds > range.max) {
      this.add(path, { code: 'range', unit: 'seconds', min: range.min, max: range.max, got: describeValue(value) });
      return undefined;
    }
    return Math.round(parsed.seconds * 1000) / 1000;
  }

  sides(value: unknown, path: string): Sides | undefined {
    if (value === undefined) return undefined;
    if (value === 'both' || value === 'none') return value;
    this.add(path, { code: 'one-of', allowed: ['both', 'none'], got: describeValue(value) });
    return undefined;
  }

  tool(value: unknown, path: string): Tool | undefined {
    if (value === undefined) return undefined;
    if ((TOOLS as readonly unknown[]).includes(value)) return value as Tool;
    this.add(path, { code: 'one-of', allowed: TOOLS, got: describeValue(value) });
    return undefined;
  }
}

function validateStep(
  input: unknown,
  path: string,
  catalog: ReadonlyMap<string, Exercise>,
  allExercises: readonly Exercise[],
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
      out.add(`${path}.exercise`, unknownId('exercise', allExercises, exerciseId));
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
  return step;
}

/**
 * Validates a routine against the model and the given catalog. Returns the resolved routine
 * (catalog defaults filled in) or every error found, each with a JSON path and the bad value.
 * Never throws, whatever the input: non-objects, huge arrays, cyclic objects, throwing getters,
 * `__proto__` keys.
 */
export function validateRoutine(input: unknown, catalog: readonly Exercise[]): ValidationResult {
  try {
    return validateRoutineUnsafe(input, catalog);
  } catch (error) {
    // Proxies and getters can throw while being read; report instead of passing it on.
    return { routine: null, errors: [problemAt('', { code: 'unreadable', detail: String(error).slice(0, 100) })] };
  }
}

function validateRoutineUnsafe(input: unknown, catalog: readonly Exercise[]): ValidationResult {
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
      const step = validateStep(rawStep, `steps[${i}]`, byId, catalog, out);
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

/** Formats errors as lines a person can act on: `steps[2].duration: expected …`. */
export function formatErrors(errors: readonly ValidationError[]): string[] {
  return errors.map((error) => (error.path ? `${error.path}: ${error.message}` : error.message));
}
