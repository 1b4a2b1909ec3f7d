import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  HISTORY_FORMAT,
  HISTORY_VERSION,
  mergeSessions,
  readStoredHistory,
  recordSession,
  type HistoryFile,
  type HistorySession,
} from '../core/history.js';
import { HISTORY_LIMITS } from '../core/limits.js';
import { isRecord } from '../core/records.js';
import { readStored, removeStored, STORAGE_PREFIX, writeStored } from './local-storage.js';

/** The log's key under the library's prefix; a new shape of the log gets a new version here. */
const HISTORY_KEY = `history:v${HISTORY_VERSION}`;
/** The full `localStorage` key of the log (what a `storage` event names). */
export const HISTORY_STORAGE_KEY = STORAGE_PREFIX + HISTORY_KEY;
/**
 * Dispatched on `window` after this page changed the log (a routine finished, an import, a
 * clear), so every `<smr-history>` on the page updates; other tabs hear the `storage` event.
 * Internal: not one of the public `smr-*` events.
 */
const CHANGED_EVENT = 'smr-elements:history-changed';

const isOurLog = (value: unknown): value is HistoryFile =>
  isRecord(value) && value.format === HISTORY_FORMAT && value.version === HISTORY_VERSION;

/**
 * The logged sessions, oldest first. Missing, disabled, corrupt or foreign storage reads as none
 * (a log that is not ours is removed; an entry that fails its checks is dropped). Never throws.
 */
export function readHistory(): HistorySession[] {
  return readStoredHistory(readStored(HISTORY_KEY, isOurLog, HISTORY_LIMITS.storedChars));
}

/** Stores the log and tells the page; false when storage is full, disabled or refuses. */
function writeHistory(sessions: readonly HistorySession[]): boolean {
  const file: HistoryFile = { format: HISTORY_FORMAT, version: HISTORY_VERSION, sessions: [...sessions] };
  const written = writeStored(HISTORY_KEY, file);
  if (written) announceChange();
  return written;
}

function announceChange(): void {
  try {
    window.dispatchEvent(new CustomEvent(CHANGED_EVENT));
  } catch {
    // A listener's problem is not the session's.
  }
}

/**
 * Records a finished session (replacing an earlier record of the same session, one stopped and
 * then resumed); the oldest sessions go past the cap. False when it could not be stored: full or
 * disabled storage never breaks a session.
 */
export function logSession(session: HistorySession): boolean {
  return writeHistory(recordSession(readHistory(), session));
}

/** Adds imported sessions without duplicates: how many were new, or `undefined` when storage refused. */
export function importSessions(incoming: readonly HistorySession[]): number | undefined {
  const { sessions, added } = mergeSessions(readHistory(), incoming);
  return writeHistory(sessions) ? added : undefined;
}

/**
 * Forgets the sessions `remove` picks (all of them without it). False when storage refused.
 */
export function clearHistory(remove?: (session: HistorySession) => boolean): boolean {
  if (!remove) {
    removeStored(HISTORY_KEY);
    announceChange();
    return readHistory().length === 0;
  }
  const kept = readHistory().filter((session) => !remove(session));
  if (kept.length === 0) return clearHistory();
  return writeHistory(kept);
}

/**
 * Keeps an element's copy of the log current: read on connect, and again whenever this page
 * (a routine finishing, another history's import or clear) or another tab (the `storage` event)
 * changes it.
 */
export class HistoryController implements ReactiveController {
  /** The logged sessions, oldest first. */
  sessions: HistorySession[] = [];

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
    window.addEventListener(CHANGED_EVENT, this.refresh);
    window.addEventListener('storage', this.#onStorage);
  }

  hostDisconnected(): void {
    window.removeEventListener(CHANGED_EVENT, this.refresh);
    window.removeEventListener('storage', this.#onStorage);
  }

  /** Reads the log again and re-renders. */
  refresh = (): void => {
    this.sessions = readHistory();
    this.host.requestUpdate();
  };

  #onStorage = (event: StorageEvent): void => {
    // `key` is null when another tab cleared all of storage.
    if (event.key === null || event.key === HISTORY_STORAGE_KEY) this.refresh();
  };
}
