/**
 * The strict check of an imported history file: any problem refuses the whole file, each named by
 * its field; nothing is taken. Never throws. The shapes and the field-by-field reader are `history.ts`.
 */
import { Collector } from './collector.js';
import { describeValue } from './describe.js';
import { HISTORY_FORMAT, HISTORY_VERSION, mergeSessions, readSession, type HistorySession } from './history.js';
import { HISTORY_LIMITS } from './limits.js';
import { problemAt } from './problems.js';
import { isRecord, own } from './records.js';
import type { ValidationError } from './types.js';

const FILE_KEYS = ['format', 'version', 'sessions'] as const;

export interface HistoryValidation {
  /** The file's sessions (in date order, without duplicates), or none when there are errors. */
  sessions: HistorySession[];
  /** What is wrong, field by field (at most 50). */
  errors: ValidationError[];
}

/** Checks an imported file strictly: any problem refuses the whole file. Never throws. */
export function validateHistory(input: unknown): HistoryValidation {
  const out = new Collector();
  if (!isRecord(input)) {
    out.add('', { code: 'wrong-type', expected: 'history', got: describeValue(input) });
    return { sessions: [], errors: out.errors };
  }
  out.unknownKeys(input, FILE_KEYS, '');
  const format = own(input, 'format');
  if (format !== HISTORY_FORMAT) {
    out.add(
      'format',
      format === undefined ? { code: 'required' } : { code: 'one-of', allowed: [HISTORY_FORMAT], got: describeValue(format) },
    );
  }
  const version = own(input, 'version');
  if (version !== HISTORY_VERSION) {
    out.add(
      'version',
      version === undefined ? { code: 'required' } : { code: 'one-of', allowed: [String(HISTORY_VERSION)], got: describeValue(version) },
    );
  }
  const raw = own(input, 'sessions');
  const sessions: HistorySession[] = [];
  if (raw === undefined) out.add('sessions', { code: 'required' });
  else if (!Array.isArray(raw)) out.add('sessions', { code: 'wrong-type', expected: 'list', got: describeValue(raw) });
  else if (raw.length > HISTORY_LIMITS.importSessions) {
    out.add('sessions', { code: 'too-many', max: HISTORY_LIMITS.importSessions, count: raw.length });
  } else {
    raw.forEach((entry, i) => {
      const session = readSession(entry, `sessions[${i}]`, out);
      if (session) sessions.push(session);
    });
  }
  if (out.errors.length > 0) return { sessions: [], errors: out.errors };
  return { sessions: mergeSessions([], sessions).sessions, errors: [] };
}

/** Parses and validates the text of an imported file; unreadable JSON is one error. */
export function parseHistoryJson(text: string): HistoryValidation {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = String((error as Error).message).slice(0, 120);
    return { sessions: [], errors: [problemAt('', { code: 'unreadable', detail })] };
  }
  return validateHistory(value);
}
