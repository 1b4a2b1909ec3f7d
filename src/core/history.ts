/**
 * The session log: what `<smr-routine>` records of each finished session and `<smr-history>`
 * shows. Pure: the shapes, reading a session field by field, reading stored data leniently (an
 * entry that fails is dropped, the rest kept), merging without duplicates, the capped list and its
 * JSON. The strict check of an imported file is `history-import.ts`, the CSV export
 * `history-csv.ts`, the numbers the history shows (sessions per day, streaks, calendar, tenderness
 * trends) `history-stats.ts`. The storage is `controllers/history-store.ts`.
 */
import { Collector } from './collector.js';
import { describeValue } from './describe.js';
import { HISTORY_LIMITS, LIMITS } from './limits.js';
import { isRecord, own } from './records.js';
import type { SegmentPlan } from './segments.js';
/** The `format` of a stored log and of an exported file. */
export const HISTORY_FORMAT = 'smr-elements-history';
/** The version of the shape below; a new shape gets a new number and a new storage key. */
export const HISTORY_VERSION = 1;

/** How a session ended: run to the end, or stopped after at least one step. */
export type SessionStatus = 'completed' | 'stopped';

/** A tenderness rating (1–10) given to one step and side. */
export interface HistoryRating {
  /** Index of the step in its routine. */
  step: number;
  /** The catalog exercise of the step, when it is one. */
  exercise?: string;
  /** The step's name as the person saw it. */
  name: string;
  /** The side rated; absent for midline work. */
  side?: 'left' | 'right';
  rating: number;
}

/** One finished session of a routine, as logged on the device. */
export interface HistorySession {
  /** Unique: the routine and the moment the session started. */
  id: string;
  /** When the session started (ISO 8601, UTC). */
  date: string;
  routineId: string;
  /** The routine's title as the person saw it. */
  title: string;
  /** Seconds spent running, pauses excluded. */
  seconds: number;
  /** Steps in the routine. */
  steps: number;
  /** Steps done to the end. */
  completed: number;
  /** Steps skipped. */
  skipped: number;
  status: SessionStatus;
  /** Ratings given with `ask-feedback` (empty without). */
  ratings: HistoryRating[];
}

/** A stored log and an exported file. */
export interface HistoryFile {
  format: typeof HISTORY_FORMAT;
  version: typeof HISTORY_VERSION;
  sessions: HistorySession[];
}

const SESSION_KEYS = ['id', 'date', 'routineId', 'title', 'seconds', 'steps', 'completed', 'skipped', 'status', 'ratings'] as const;
const RATING_KEYS = ['step', 'exercise', 'name', 'side', 'rating'] as const;
const STATUSES: readonly SessionStatus[] = ['completed', 'stopped'];
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
/** Longest session id: a routine id, "@" and a timestamp. */
const MAX_ID = LIMITS.id + 40;

function wholeNumber(value: unknown, path: string, min: number, max: number, out: Collector): number | undefined {
  if (value === undefined) {
    out.add(path, { code: 'required' });
    return undefined;
  }
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    out.add(path, { code: 'range', unit: 'whole-number', min, max, got: describeValue(value) });
    return undefined;
  }
  return value as number;
}

function dateTime(value: unknown, path: string, out: Collector): string | undefined {
  if (value === undefined) {
    out.add(path, { code: 'required' });
    return undefined;
  }
  const time = typeof value === 'string' && ISO_DATE_TIME.test(value) ? Date.parse(value) : NaN;
  if (!Number.isFinite(time)) {
    out.add(path, { code: 'wrong-type', expected: 'date-time', got: describeValue(value) });
    return undefined;
  }
  return new Date(time).toISOString();
}

function readRating(input: unknown, path: string, out: Collector): HistoryRating | undefined {
  if (!isRecord(input)) {
    out.add(path, { code: 'wrong-type', expected: 'object', got: describeValue(input) });
    return undefined;
  }
  const before = out.errors.length;
  out.unknownKeys(input, RATING_KEYS, path);
  const step = wholeNumber(own(input, 'step'), `${path}.step`, 0, LIMITS.steps.max - 1, out);
  const exercise = out.text(own(input, 'exercise'), `${path}.exercise`, LIMITS.id, false);
  const name = out.text(own(input, 'name'), `${path}.name`, LIMITS.name, true);
  const side = own(input, 'side');
  if (side !== undefined && side !== 'left' && side !== 'right') {
    out.add(`${path}.side`, { code: 'one-of', allowed: ['left', 'right'], got: describeValue(side) });
  }
  const rating = wholeNumber(own(input, 'rating'), `${path}.rating`, 1, 10, out);
  if (out.errors.length > before || step === undefined || name === undefined || rating === undefined) return undefined;
  return {
    step,
    ...(exercise ? { exercise } : {}),
    name,
    ...(side === 'left' || side === 'right' ? { side } : {}),
    rating,
  };
}

/** Reads one session field by field, adding what is wrong to `out`; `undefined` when anything is. */
export function readSession(input: unknown, path: string, out: Collector): HistorySession | undefined {
  if (!isRecord(input)) {
    out.add(path, { code: 'wrong-type', expected: 'object', got: describeValue(input) });
    return undefined;
  }
  const before = out.errors.length;
  out.unknownKeys(input, SESSION_KEYS, path);
  const id = out.text(own(input, 'id'), `${path}.id`, MAX_ID, true);
  const date = dateTime(own(input, 'date'), `${path}.date`, out);
  const routineId = out.text(own(input, 'routineId'), `${path}.routineId`, LIMITS.id, true);
  const title = out.text(own(input, 'title'), `${path}.title`, LIMITS.title, true);
  const seconds = wholeNumber(own(input, 'seconds'), `${path}.seconds`, 0, HISTORY_LIMITS.seconds, out);
  const steps = wholeNumber(own(input, 'steps'), `${path}.steps`, LIMITS.steps.min, LIMITS.steps.max, out);
  const most = steps ?? LIMITS.steps.max;
  const completed = wholeNumber(own(input, 'completed'), `${path}.completed`, 0, most, out);
  const skipped = wholeNumber(own(input, 'skipped'), `${path}.skipped`, 0, most - (completed ?? 0), out);
  const status = own(input, 'status');
  if (!STATUSES.includes(status as SessionStatus)) {
    out.add(
      `${path}.status`,
      status === undefined ? { code: 'required' } : { code: 'one-of', allowed: STATUSES, got: describeValue(status) },
    );
  }
  const rawRatings = own(input, 'ratings') ?? [];
  const ratings: HistoryRating[] = [];
  if (!Array.isArray(rawRatings)) {
    out.add(`${path}.ratings`, { code: 'wrong-type', expected: 'list', got: describeValue(rawRatings) });
  } else if (rawRatings.length > HISTORY_LIMITS.ratingsPerSession) {
    out.add(`${path}.ratings`, { code: 'too-many', max: HISTORY_LIMITS.ratingsPerSession, count: rawRatings.length });
  } else {
    rawRatings.forEach((item, i) => {
      const rating = readRating(item, `${path}.ratings[${i}]`, out);
      if (rating) ratings.push(rating);
    });
  }
  if (out.errors.length > before) return undefined;
  return {
    id: id!,
    date: date!,
    routineId: routineId!,
    title: title!,
    seconds: seconds!,
    steps: steps!,
    completed: completed!,
    skipped: skipped!,
    status: status as SessionStatus,
    ratings,
  };
}

/**
 * The sessions of a stored log, leniently: anything that is not a log of this version reads as
 * none, and an entry that fails its checks is dropped while the others are kept.
 */
export function readStoredHistory(value: unknown): HistorySession[] {
  if (!isRecord(value) || own(value, 'format') !== HISTORY_FORMAT || own(value, 'version') !== HISTORY_VERSION) return [];
  const sessions = own(value, 'sessions');
  if (!Array.isArray(sessions)) return [];
  const kept: HistorySession[] = [];
  for (const entry of sessions.slice(-HISTORY_LIMITS.importSessions)) {
    const session = readSession(entry, '', new Collector());
    if (session) kept.push(session);
  }
  return mergeSessions([], kept).sessions;
}

/** Of two records of the same session, the later state: run to the end, or run longer. */
function laterState(a: HistorySession, b: HistorySession): HistorySession {
  if (a.status !== b.status) return a.status === 'completed' ? a : b;
  return b.seconds > a.seconds || b.completed > a.completed ? b : a;
}

/**
 * `incoming` added to `base` without duplicates (the same id is one session: the later state of
 * it is kept), in date order, capped to the newest `HISTORY_LIMITS.sessions`. `added` counts the
 * kept sessions that `base` did not have.
 */
export function mergeSessions(
  base: readonly HistorySession[],
  incoming: readonly HistorySession[],
): { sessions: HistorySession[]; added: number } {
  const byId = new Map<string, HistorySession>();
  for (const session of base) byId.set(session.id, byId.has(session.id) ? laterState(byId.get(session.id)!, session) : session);
  const known = new Set(byId.keys());
  for (const session of incoming) byId.set(session.id, byId.has(session.id) ? laterState(byId.get(session.id)!, session) : session);
  const sessions = [...byId.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).slice(-HISTORY_LIMITS.sessions);
  return { sessions, added: sessions.filter((session) => !known.has(session.id)).length };
}

/** The log with `session` recorded: it replaces an earlier record of the same session (a session stopped, then resumed). */
export function recordSession(log: readonly HistorySession[], session: HistorySession): HistorySession[] {
  return mergeSessions(
    log.filter((entry) => entry.id !== session.id),
    [session],
  ).sessions;
}

/** What a session player knows when a session ends. */
export interface SessionFacts {
  routineId: string;
  title: string;
  /** `Date.now()` when the session started. */
  startedAt: number;
  /** Milliseconds spent running. */
  activeMs: number;
  stepCount: number;
  completed: number;
  skipped: number;
  status: SessionStatus;
  ratings: readonly HistoryRating[];
}

/** The log entry for a session (texts cut to the limits, so it always reads back). */
export function sessionRecord(facts: SessionFacts): HistorySession {
  const ratings = facts.ratings
    .filter((rating) => Number.isInteger(rating.rating) && rating.rating >= 1 && rating.rating <= 10)
    .slice(0, HISTORY_LIMITS.ratingsPerSession)
    .map((rating) => ({ ...rating, name: rating.name.trim().slice(0, LIMITS.name) || '?' }))
    .sort((a, b) => a.step - b.step || (a.side ?? '').localeCompare(b.side ?? ''));
  const steps = Math.min(LIMITS.steps.max, Math.max(LIMITS.steps.min, facts.stepCount));
  const completed = Math.min(steps, facts.completed);
  return {
    id: `${facts.routineId}@${facts.startedAt}`,
    date: new Date(facts.startedAt).toISOString(),
    routineId: facts.routineId,
    title: facts.title.trim().slice(0, LIMITS.title) || facts.routineId,
    seconds: Math.min(HISTORY_LIMITS.seconds, Math.max(0, Math.round(facts.activeMs / 1000))),
    steps,
    completed,
    skipped: Math.min(steps - completed, facts.skipped),
    status: facts.status,
    ratings,
  };
}

/** The steps of a plan done to the end by `elapsed` seconds (their last work passed), skipped ones left out. */
export function stepsCompleted(plan: SegmentPlan, elapsed: number, skipped: ReadonlySet<number>): number[] {
  const ends = new Map<number, number>();
  for (const segment of plan.segments) if (segment.kind === 'work') ends.set(segment.stepIndex, segment.start + segment.duration);
  return [...ends].filter(([index, end]) => elapsed >= end && !skipped.has(index)).map(([index]) => index);
}

/** A log or an export as JSON text. */
export function historyJson(sessions: readonly HistorySession[]): string {
  const file: HistoryFile = { format: HISTORY_FORMAT, version: HISTORY_VERSION, sessions: [...sessions] };
  return JSON.stringify(file, null, 2);
}
