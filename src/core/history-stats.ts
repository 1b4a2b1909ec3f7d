/**
 * The numbers `<smr-history>` shows of the session log: sessions per local day, streaks, the
 * calendar's weeks and shades, tenderness trends, and its `weeks` attribute read. Pure.
 */
import { describeValue } from './describe.js';
import type { HistorySession } from './history.js';
import { DEFAULT_HISTORY_WEEKS, HISTORY_LIMITS } from './limits.js';
import { problemAt } from './problems.js';
import { calendarDay } from './progress.js';
import type { ValidationError } from './types.js';

/** The local calendar day a session started on, `YYYY-MM-DD`. */
export function sessionDay(session: HistorySession): string {
  return calendarDay(new Date(session.date));
}

/** Sessions per local calendar day. */
export function sessionsPerDay(sessions: readonly HistorySession[]): Map<string, number> {
  const days = new Map<string, number>();
  for (const session of sessions) {
    const day = sessionDay(session);
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  return days;
}

/** The local midnight of a `YYYY-MM-DD` day. */
function dateOf(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date);
}

/** The day `offset` days after `day`, `YYYY-MM-DD` (calendar days, so summer time changes don't matter). */
export function addDays(day: string, offset: number): string {
  const date = dateOf(day);
  date.setDate(date.getDate() + offset);
  return calendarDay(date);
}

/**
 * Days in a row with at least one session: `current` counts back from today (or from yesterday,
 * when today has none yet), `longest` is the longest run ever.
 */
export function streaks(days: ReadonlyMap<string, number>, now: Date): { current: number; longest: number } {
  const active = [...days.keys()].filter((day) => (days.get(day) ?? 0) > 0).sort();
  let longest = 0;
  let run = 0;
  let previous = '';
  for (const day of active) {
    run = previous && addDays(previous, 1) === day ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  const set = new Set(active);
  const today = calendarDay(now);
  let cursor = set.has(today) ? today : addDays(today, -1);
  let current = 0;
  while (set.has(cursor)) {
    current += 1;
    cursor = addDays(cursor, -1);
  }
  return { current, longest };
}

/** One column of the calendar: a week from Monday to Sunday. */
export interface CalendarWeek {
  /** Its Monday, `YYYY-MM-DD`. */
  start: string;
  /** Its seven days; `future` for the days after today. */
  days: { day: string; future: boolean }[];
}

/** The last `weeks` weeks (Monday to Sunday), oldest first; the last one holds today. */
export function calendarWeeks(now: Date, weeks: number): CalendarWeek[] {
  const today = calendarDay(now);
  const sinceMonday = (now.getDay() + 6) % 7;
  const firstMonday = addDays(today, -sinceMonday - 7 * (weeks - 1));
  return Array.from({ length: weeks }, (_, week) => {
    const start = addDays(firstMonday, week * 7);
    return { start, days: Array.from({ length: 7 }, (_, i) => addDays(start, i)).map((day) => ({ day, future: day > today })) };
  });
}

/** How dark a calendar day is drawn: 0 for none, up to 4 for four sessions or more. */
export function dayLevel(count: number): number {
  return Math.min(4, Math.max(0, Math.floor(count)));
}

/** The ratings of one exercise and side over time. */
export interface Trend {
  /** Stable key: the exercise (or the step's name) and the side. */
  key: string;
  /** The most recent name the step had. */
  name: string;
  side?: 'left' | 'right';
  /** Oldest first, at most `maxPoints`: the most recent ones. */
  points: { date: string; rating: number }[];
}

/** Tenderness over time for each exercise and side rated, by name and side. `sessions` in date order. */
export function tendernessTrends(sessions: readonly HistorySession[], maxPoints: number = HISTORY_LIMITS.trendPoints): Trend[] {
  const trends = new Map<string, Trend>();
  for (const session of sessions) {
    for (const rating of session.ratings) {
      const key = `${rating.exercise ? `exercise:${rating.exercise}` : `name:${rating.name}`}|${rating.side ?? ''}`;
      let trend = trends.get(key);
      if (!trend) trends.set(key, (trend = { key, name: rating.name, ...(rating.side ? { side: rating.side } : {}), points: [] }));
      trend.name = rating.name;
      trend.points.push({ date: session.date, rating: rating.rating });
    }
  }
  const order = { left: 0, right: 1, '': 2 } as const;
  return [...trends.values()]
    .map((trend) => ({ ...trend, points: trend.points.slice(-maxPoints) }))
    .sort((a, b) => a.name.localeCompare(b.name) || order[a.side ?? ''] - order[b.side ?? '']);
}

/**
 * The `weeks` attribute of `<smr-history>`: a whole number of weeks in range; the default when
 * absent, and the default with a problem naming the value given when out of range or not a number.
 */
export function readHistoryWeeks(value: unknown): { weeks: number; errors: ValidationError[] } {
  const { min, max } = HISTORY_LIMITS.weeks;
  const text = typeof value === 'number' || typeof value === 'string' ? String(value).trim() : '';
  if (value === null || value === undefined || value === '') return { weeks: DEFAULT_HISTORY_WEEKS, errors: [] };
  const weeks = /^\d+$/.test(text) ? Number(text) : NaN;
  if (Number.isInteger(weeks) && weeks >= min && weeks <= max) return { weeks, errors: [] };
  return {
    weeks: DEFAULT_HISTORY_WEEKS,
    errors: [problemAt('weeks', { code: 'range', unit: 'whole-number', min, max, got: describeValue(value) })],
  };
}
