/**
 * Dates and durations of the history in the element's language, through `Intl`. Formatters are
 * cached per language and style; a malformed `lang` falls back to English instead of throwing.
 */
import { cached } from '../../core/format.js';

const dateTime = (lang: string, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached(`date-${key}`, (tag) => new Intl.DateTimeFormat(tag, options), lang);

/** Local noon of a `YYYY-MM-DD` day (noon: no summer-time edge moves it to another day). */
export function dayDate(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date, 12);
}

/** When a session started: "3 Mar 2026, 18:30" in the language's own order. */
export function formatSessionDate(iso: string, lang: string): string {
  return dateTime(lang, 'session', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A day written out for screen readers: "Tuesday, 3 March 2026". */
export function formatLongDay(day: string, lang: string): string {
  return dateTime(lang, 'long', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(dayDate(day));
}

/** A day and month: "3 March". */
export function formatDayMonth(day: string, lang: string): string {
  return dateTime(lang, 'day-month', { day: 'numeric', month: 'long' }).format(dayDate(day));
}

/** A short date for a data table: "3 Mar 2026". */
export function formatShortDate(iso: string, lang: string): string {
  return dateTime(lang, 'short', { dateStyle: 'medium' }).format(new Date(iso));
}

/** The short name of a day's month ("Mar"), for the calendar's column heads. */
export function formatMonth(day: string, lang: string): string {
  return dateTime(lang, 'month', { month: 'short' }).format(dayDate(day));
}

/** A weekday's short (`Mon`) and long (`Monday`) names. */
export function weekdayNames(day: string, lang: string): { short: string; long: string } {
  const date = dayDate(day);
  return {
    short: dateTime(lang, 'weekday-short', { weekday: 'short' }).format(date),
    long: dateTime(lang, 'weekday-long', { weekday: 'long' }).format(date),
  };
}

/** A count in the language's digits and grouping ("1,000", "1.000"). */
export function formatCount(count: number, lang: string): string {
  return cached('count', (tag) => new Intl.NumberFormat(tag), lang).format(count);
}

const unit = (name: 'second' | 'minute' | 'hour', lang: string): Intl.NumberFormat =>
  cached(`unit-${name}`, (tag) => new Intl.NumberFormat(tag, { style: 'unit', unit: name, unitDisplay: 'short' }), lang);

/** A total time: "45 sec", "25 min", "3 hr, 20 min" (in the language's words). */
export function formatTotalTime(seconds: number, lang: string): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return unit('second', lang).format(whole);
  const minutes = Math.round(whole / 60);
  if (minutes < 60) return unit('minute', lang).format(minutes);
  const parts = [unit('hour', lang).format(Math.floor(minutes / 60))];
  if (minutes % 60) parts.push(unit('minute', lang).format(minutes % 60));
  return cached('list-unit', (tag) => new Intl.ListFormat(tag, { type: 'unit', style: 'narrow' }), lang).format(parts);
}
