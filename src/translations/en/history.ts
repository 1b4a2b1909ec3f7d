/** English strings of `<smr-history>`. Registered by the element, so each bundle carries only its own strings. */
import type { Translation } from '../translation.js';

const plural = (count: number, one: string, many: string): string => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

export const strings: Pick<Translation, 'history'> = {
  history: {
    title: 'Your sessions',
    privacy: 'Kept only on this device. Nothing is sent anywhere.',
    empty: 'No sessions yet. When you finish a routine on this device, it shows up here.',
    emptyRoutine: 'No sessions of this routine on this device yet.',
    overview: 'Overview',
    sessions: 'Sessions',
    totalTime: 'Total time',
    currentStreak: 'Current streak',
    longestStreak: 'Longest streak',
    days: (count) => plural(count, 'day', 'days'),
    calendarTitle: (weeks) => `Sessions per day, last ${plural(weeks, 'week', 'weeks')}`,
    dayCount: (date, count) => `${date}: ${count === 0 ? 'no sessions' : plural(count, 'session', 'sessions')}`,
    weekOf: (date) => `Week of ${date}`,
    fewer: 'Fewer',
    more: 'More',
    recentTitle: 'Recent sessions',
    timeSpent: (clock) => `${clock} spent`,
    completed: (count) => `${count} completed`,
    skipped: (count) => `${count} skipped`,
    stopped: 'Stopped early',
    showMore: 'Show more',
    trendsTitle: 'Tenderness over time',
    trendsHint: 'Your ratings from 1 (barely tender) to 10 (very tender), oldest first.',
    noRatings: 'No ratings yet. Routines that ask “how tender was it?” add them here.',
    trendName: (name, side) => (side ? `${name}, ${side}` : name),
    trendSummary: (count, first, last) =>
      count === 1 ? `1 rating: ${first} of 10` : `${plural(count, 'rating', 'ratings')}, from ${first} to ${last} of 10`,
    showNumbers: 'Show the numbers',
    dateColumn: 'Date',
    ratingColumn: 'Tenderness (1–10)',
    dataTitle: 'Your data',
    exportCsv: 'Export CSV',
    exportJson: 'Export JSON',
    importJson: 'Import JSON',
    clear: 'Clear history',
    exported: (file) => `Downloaded ${file}.`,
    imported: (added) =>
      added === 0 ? 'Nothing new: every session in the file is already here.' : `Imported ${plural(added, 'new session', 'new sessions')}.`,
    importFailed: 'This file could not be imported. Nothing was changed.',
    fileTooLarge: (file) => `${file} is larger than 5 MB.`,
    storageFailed: 'This device did not let the history be saved (its storage is full or turned off).',
    clearQuestion: (count) =>
      `Delete ${count === 1 ? 'the 1 session' : `all ${plural(count, 'session', 'sessions')}`} shown here from this device? This cannot be undone.`,
    clearYes: 'Delete',
    clearNo: 'Keep them',
    cleared: 'History cleared.',
  },
};
