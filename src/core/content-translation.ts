/**
 * Translations of the built-in content (exercises, presets, body regions, concerns, safety copy),
 * supplied by a site through `registerContentTranslation`. Every field is optional: what a
 * translation leaves out shows in English. Validated like any input; never throws.
 */
import { unknownMatch } from './closest-match.js';
import { Collector } from './collector.js';
import { describeValue } from './describe.js';
import { LIMITS } from './limits.js';
import { isRecord, own, type PlainRecord } from './records.js';
import type { ValidationError } from './types.js';

/** The words of one catalog exercise in another language. Lists replace the English list whole. */
export interface ExerciseText {
  name?: string;
  setup?: string;
  /** The set-up as the voice coach says it (about 20 words, written for the ear). */
  spoken?: string;
  steps?: string[];
  cues?: string[];
  avoid?: string[];
  cautions?: string[];
  why?: string;
  note?: string;
  pressure?: { lighter?: string; deeper?: string };
  /** The plain names of the muscles, in the catalog's order (the anatomical names stay Latin-based). */
  muscles?: string[];
  /** The steps of the exercise's off-the-floor option (for exercises that have one). */
  offFloor?: string[];
}

/** The words of one concern of `<smr-finder>`: its label, its note and the reason for each exercise (by id). */
export interface ConcernText {
  label?: string;
  note?: string;
  reasons?: Record<string, string>;
}

/** The safety copy: the note every element shows, the "before you start" checks and red flags (by id), and the stop signs (in order). */
export interface SafetyText {
  note?: string;
  beforeYouStart?: Record<string, string>;
  stopSigns?: string[];
  redFlags?: Record<string, { text?: string; advice?: string }>;
}

/** Content in one language, keyed by the ids of the built-in content. */
export interface ContentTranslation {
  /** BCP 47 tag: `es`, `de-AT`. Elements pick it by their language, as they pick UI strings. */
  lang: string;
  exercises?: Record<string, ExerciseText>;
  presets?: Record<string, { title?: string; description?: string }>;
  /** Body region labels by region id (`hamstrings`: "Back of the thigh (hamstrings)"). */
  regions?: Record<string, string>;
  concerns?: Record<string, ConcernText>;
  safety?: SafetyText;
  /** What each exercise's illustration shows, in words (its text alternative), by exercise id. */
  pictures?: Record<string, string>;
}

/** The ids a translation may name, from the content it translates. */
export interface ContentIds {
  /** Exercise ids with the number of muscles each lists. */
  exercises: ReadonlyMap<string, number>;
  presets: readonly string[];
  regions: readonly string[];
  /** Concern ids with the exercise ids each gives a reason for. */
  concerns: ReadonlyMap<string, readonly string[]>;
  beforeYouStart: readonly string[];
  redFlags: readonly string[];
}

const EXERCISE_TEXT_KEYS = [
  'name',
  'setup',
  'spoken',
  'steps',
  'cues',
  'avoid',
  'cautions',
  'why',
  'note',
  'pressure',
  'muscles',
  'offFloor',
] as const;

/** Reads `record[key]` as a map of known ids to values; unknown ids are reported with the closest known ones. */
function byId<T>(
  out: Collector,
  value: unknown,
  path: string,
  known: readonly string[],
  read: (item: unknown, itemPath: string, id: string) => T | undefined,
): Record<string, T> | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    out.add(path, { code: 'wrong-type', expected: 'object', got: describeValue(value) });
    return undefined;
  }
  const result: Record<string, T> = {};
  for (const id of Object.keys(value).slice(0, 500)) {
    const itemPath = `${path}.${id}`;
    if (!known.includes(id)) {
      out.add(itemPath, unknownMatch('id', known, id, 2));
      continue;
    }
    const item = read(own(value, id), itemPath, id);
    if (item !== undefined) Object.defineProperty(result, id, { value: item, enumerable: true });
  }
  return result;
}

/** Keeps only the fields that are set, so a missing translation falls through to English. */
function defined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

function exerciseText(out: Collector, value: unknown, path: string, muscleCount: number): ExerciseText | undefined {
  if (!isRecord(value)) {
    out.add(path, { code: 'wrong-type', expected: 'object', got: describeValue(value) });
    return undefined;
  }
  out.unknownKeys(value, EXERCISE_TEXT_KEYS, path);
  const text = (key: string, max: number): string | undefined => out.text(own(value, key), `${path}.${key}`, max, false) || undefined;
  const list = (key: string): string[] | undefined => {
    const items = out.textList(own(value, key), `${path}.${key}`);
    return items && items.length > 0 ? items : undefined;
  };
  const muscles = list('muscles');
  if (muscles && muscles.length !== muscleCount) {
    out.add(`${path}.muscles`, { code: 'list-length', expected: muscleCount, count: muscles.length });
  }
  const pressureValue = own(value, 'pressure');
  let pressure: ExerciseText['pressure'];
  if (pressureValue !== undefined) {
    if (isRecord(pressureValue)) {
      out.unknownKeys(pressureValue, ['lighter', 'deeper'], `${path}.pressure`);
      pressure = defined({
        lighter: out.text(own(pressureValue, 'lighter'), `${path}.pressure.lighter`, LIMITS.text, false) || undefined,
        deeper: out.text(own(pressureValue, 'deeper'), `${path}.pressure.deeper`, LIMITS.text, false) || undefined,
      });
    } else out.add(`${path}.pressure`, { code: 'wrong-type', expected: 'object', got: describeValue(pressureValue) });
  }
  return defined({
    name: text('name', LIMITS.name),
    setup: text('setup', LIMITS.text),
    spoken: text('spoken', LIMITS.spoken),
    steps: list('steps'),
    cues: list('cues'),
    avoid: list('avoid'),
    cautions: list('cautions'),
    why: text('why', LIMITS.text),
    note: text('note', LIMITS.text),
    pressure,
    muscles: muscles && muscles.length === muscleCount ? muscles : undefined,
    offFloor: list('offFloor'),
  });
}

function textOnly(out: Collector, value: unknown, path: string, max: number): string | undefined {
  return out.text(value, path, max, true);
}

/** The text fields `keys` of an object; `allowed` lists every key it may have. */
function fields<K extends string>(
  out: Collector,
  value: unknown,
  path: string,
  keys: readonly K[],
  max: number,
  allowed: readonly string[] = keys,
): Partial<Record<K, string>> | undefined {
  if (!isRecord(value)) {
    out.add(path, { code: 'wrong-type', expected: 'object', got: describeValue(value) });
    return undefined;
  }
  out.unknownKeys(value, allowed, path);
  const result: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const text = out.text(own(value, key), `${path}.${key}`, max, false);
    if (text) result[key] = text;
  }
  return result;
}

/**
 * Validates a content translation against the ids of the content it translates. Returns what is
 * valid (bad fields left out, so English shows there) and every problem, each with its path.
 */
export function validateContentTranslation(
  input: unknown,
  ids: ContentIds,
): { translation: ContentTranslation | null; errors: ValidationError[] } {
  try {
    return validateUnsafe(input, ids);
  } catch (error) {
    const out = new Collector();
    out.add('', { code: 'unreadable', detail: String(error).slice(0, 100) });
    return { translation: null, errors: out.errors };
  }
}

function validateUnsafe(input: unknown, ids: ContentIds): { translation: ContentTranslation | null; errors: ValidationError[] } {
  const out = new Collector();
  if (!isRecord(input)) {
    out.add('', { code: 'wrong-type', expected: 'object', got: describeValue(input) });
    return { translation: null, errors: out.errors };
  }
  out.unknownKeys(input, ['lang', 'exercises', 'presets', 'regions', 'concerns', 'safety', 'pictures'], '');
  const lang = out.text(own(input, 'lang'), 'lang', 35, true);
  if (lang !== undefined && !/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(lang)) {
    out.add('lang', { code: 'wrong-type', expected: 'language-tag', got: describeValue(lang) });
    return { translation: null, errors: out.errors };
  }
  if (lang === undefined) return { translation: null, errors: out.errors };
  const translation: ContentTranslation = { lang };
  const exercises = byId(out, own(input, 'exercises'), 'exercises', [...ids.exercises.keys()], (value, path, id) =>
    exerciseText(out, value, path, ids.exercises.get(id) ?? 0),
  );
  if (exercises) translation.exercises = exercises;
  const presets = byId(out, own(input, 'presets'), 'presets', ids.presets, (value, path) =>
    fields(out, value, path, ['title', 'description'] as const, LIMITS.description),
  );
  if (presets) translation.presets = presets;
  const regions = byId(out, own(input, 'regions'), 'regions', ids.regions, (value, path) => textOnly(out, value, path, LIMITS.name));
  if (regions) translation.regions = regions;
  const pictures = byId(out, own(input, 'pictures'), 'pictures', [...ids.exercises.keys()], (value, path) =>
    textOnly(out, value, path, LIMITS.text),
  );
  if (pictures) translation.pictures = pictures;
  const concerns = byId(out, own(input, 'concerns'), 'concerns', [...ids.concerns.keys()], (value, path, id) => {
    const text = fields(out, value, path, ['label', 'note'] as const, LIMITS.text, ['label', 'note', 'reasons']);
    if (!text || !isRecord(value)) return text;
    const reasons = byId(out, own(value, 'reasons'), `${path}.reasons`, ids.concerns.get(id) ?? [], (reason, reasonPath) =>
      textOnly(out, reason, reasonPath, LIMITS.text),
    );
    return reasons ? { ...text, reasons } : text;
  });
  if (concerns) translation.concerns = concerns;
  const safety = own(input, 'safety');
  if (safety !== undefined) {
    if (isRecord(safety)) translation.safety = safetyText(out, safety, ids);
    else out.add('safety', { code: 'wrong-type', expected: 'object', got: describeValue(safety) });
  }
  return { translation, errors: out.errors };
}

function safetyText(out: Collector, safety: PlainRecord, ids: ContentIds): SafetyText {
  out.unknownKeys(safety, ['note', 'beforeYouStart', 'stopSigns', 'redFlags'], 'safety');
  const stopSigns = out.textList(own(safety, 'stopSigns'), 'safety.stopSigns');
  return defined({
    note: out.text(own(safety, 'note'), 'safety.note', LIMITS.description, false) || undefined,
    beforeYouStart: byId(out, own(safety, 'beforeYouStart'), 'safety.beforeYouStart', ids.beforeYouStart, (value, path) =>
      textOnly(out, value, path, LIMITS.text),
    ),
    stopSigns: stopSigns && stopSigns.length > 0 ? stopSigns : undefined,
    redFlags: byId(out, own(safety, 'redFlags'), 'safety.redFlags', ids.redFlags, (value, path) =>
      fields(out, value, path, ['text', 'advice'] as const, LIMITS.text),
    ),
  });
}
