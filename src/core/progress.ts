/**
 * The shapes `<smr-routine>` keeps on the device (a session to resume, the streak, tenderness
 * ratings) and the guards that recognise them. Anything that fails a guard is foreign or
 * corrupt and reads as "nothing saved". Pure: the storage itself is `controllers/progress-store.ts`.
 */
import { isRecord } from './records.js';

/** A session in progress, saved so a reload can pick it up. */
export interface SavedProgress {
  /** Seconds of the plan run. */
  elapsed: number;
  /** Indexes of the steps skipped so far. */
  skipped: number[];
  /** Milliseconds spent running (pauses excluded). */
  active: number;
  /** `Date.now()` when saved. */
  savedAt: number;
  /** `Date.now()` when the session began (absent in progress saved by earlier versions). */
  startedAt?: number;
}

/** Days in a row with a completed session, and the last such day (`YYYY-MM-DD`, local). */
export interface Streak {
  last: string;
  days: number;
}

/** Tenderness ratings 1–10 by `"<step index>:<side or none>"`. */
export type Ratings = Record<string, number>;

/** Most skipped steps a saved session may list (a routine has at most that many steps). */
const MAX_SAVED_SKIPS = 100;

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

export const isSavedProgress = (value: unknown): value is SavedProgress =>
  isRecord(value) &&
  isFiniteNumber(value.elapsed) &&
  value.elapsed >= 0 &&
  isFiniteNumber(value.active) &&
  isFiniteNumber(value.savedAt) &&
  (value.startedAt === undefined || isFiniteNumber(value.startedAt)) &&
  Array.isArray(value.skipped) &&
  value.skipped.length <= MAX_SAVED_SKIPS &&
  value.skipped.every((index) => Number.isInteger(index) && index >= 0);

export const isStreak = (value: unknown): value is Streak =>
  isRecord(value) &&
  typeof value.last === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(value.last) &&
  Number.isInteger(value.days) &&
  (value.days as number) > 0;

export const isRating = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 10;

export const isRatings = (value: unknown): value is Ratings => isRecord(value) && Object.values(value).every(isRating);

/** The local calendar day of `date`, `YYYY-MM-DD`. */
export function calendarDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The local calendar day before the one `now` falls on. */
function dayBefore(now: Date): string {
  const previous = new Date(now);
  previous.setDate(previous.getDate() - 1);
  return calendarDay(previous);
}

/** Days of the streak still alive on `now` (its last day is today or yesterday), else 0. */
export function currentStreakDays(streak: Streak | undefined, now: Date): number {
  return streak && (streak.last === calendarDay(now) || streak.last === dayBefore(now)) ? streak.days : 0;
}

/** The streak after a session completed on `now`. */
export function extendStreak(streak: Streak | undefined, now: Date): Streak {
  const today = calendarDay(now);
  const days = streak?.last === today ? streak.days : streak?.last === dayBefore(now) ? streak.days + 1 : 1;
  return { last: today, days };
}

/** The key a rating is stored under. */
export function ratingKey(stepIndex: number, side: string | null): string {
  return `${stepIndex}:${side ?? 'none'}`;
}

/** The ratings as the list `smr-routine-complete` reports: step index, side, rating. */
export function ratingsList(ratings: Ratings): { index: number; side: 'left' | 'right' | null; rating: number }[] {
  return Object.entries(ratings).map(([key, rating]) => {
    const [index, side] = key.split(':');
    return { index: Number(index), side: side === 'left' || side === 'right' ? side : null, rating };
  });
}
