/** The CSV export of the session log: one row per session, safe to open in a spreadsheet. */
import type { HistoryRating, HistorySession } from './history.js';

/** The columns of the CSV export. */
export const CSV_COLUMNS = ['date', 'routine_id', 'title', 'time_spent_seconds', 'completed', 'skipped', 'ratings'] as const;

/**
 * One CSV cell: text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`,
 * `@`, a tab or a carriage return) gets a leading `'`; a cell with a comma, quote or line break
 * is quoted, its quotes doubled (RFC 4180).
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A session's ratings in one cell: `Calves (left): 6; Neck: 3`. */
export function ratingsText(ratings: readonly HistoryRating[]): string {
  return ratings.map((rating) => `${rating.name}${rating.side ? ` (${rating.side})` : ''}: ${rating.rating}`).join('; ');
}

/** The sessions as CSV, one row per session, oldest first, lines ending in CRLF. */
export function historyCsv(sessions: readonly HistorySession[]): string {
  const rows = sessions.map((session) =>
    [session.date, session.routineId, session.title, session.seconds, session.completed, session.skipped, ratingsText(session.ratings)]
      .map(csvCell)
      .join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].map((row) => `${row}\r\n`).join('');
}
