/**
 * The one way the library touches `localStorage`, for the progress store and the session log:
 * every key under the `smr-elements:` prefix, and storage that is full, disabled (throws on
 * access: privacy settings, sandboxed iframes) or corrupt never throws into a session.
 */

/** Every key the library stores is this prefix plus its own name. */
export const STORAGE_PREFIX = 'smr-elements:';
/** Stored values larger than this (characters) are not ours, unless a reader says otherwise. */
const MAX_STORED_CHARS = 100_000;

/** The page's `localStorage`, or `undefined` when it is missing or disabled. */
export function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    // Access itself throws when storage is disabled (privacy settings, sandboxed iframes).
    return undefined;
  }
}

/**
 * Reads and parses a value, keeping it only if `accept` recognises its shape. Anything else
 * (missing, unparsable, larger than `maxChars`, foreign) is removed and `undefined` is returned.
 */
export function readStored<T>(key: string, accept: (value: unknown) => value is T, maxChars = MAX_STORED_CHARS): T | undefined {
  const store = storage();
  if (!store) return undefined;
  try {
    const raw = store.getItem(STORAGE_PREFIX + key);
    if (raw === null) return undefined;
    if (raw.length > maxChars) throw new Error('too large');
    const value: unknown = JSON.parse(raw);
    if (accept(value)) return value;
  } catch {
    // Corrupt: fall through and discard.
  }
  removeStored(key);
  return undefined;
}

/** Saves a value; false when storage is full, disabled or refuses. */
export function writeStored(key: string, value: unknown): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(STORAGE_PREFIX + key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Forgets a value; nothing happens when storage is unavailable. */
export function removeStored(key: string): void {
  try {
    storage()?.removeItem(STORAGE_PREFIX + key);
  } catch {
    // Nothing to do: storage is unavailable.
  }
}
