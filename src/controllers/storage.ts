/**
 * localStorage that never breaks a session: full, disabled (throws on access) or corrupt storage
 * and foreign data in our keys all read as "nothing saved". Everything stays on the device.
 */

const PREFIX = 'smr-elements:';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    // Access itself throws when storage is disabled (privacy settings, sandboxed iframes).
    return undefined;
  }
}

/**
 * Reads and parses a value, keeping it only if `accept` recognises its shape. Anything else
 * (missing, unparsable, foreign) is removed and `undefined` is returned.
 */
export function readStored<T>(key: string, accept: (value: unknown) => value is T): T | undefined {
  const store = storage();
  if (!store) return undefined;
  try {
    const raw = store.getItem(PREFIX + key);
    if (raw === null) return undefined;
    if (raw.length > 100_000) throw new Error('too large');
    const value: unknown = JSON.parse(raw);
    if (accept(value)) return value;
  } catch {
    // Corrupt: fall through and discard.
  }
  removeStored(key);
  return undefined;
}

/** Saves a value; returns false when storage is full, disabled or refuses. */
export function writeStored(key: string, value: unknown): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(PREFIX + key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function removeStored(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // Nothing to do: storage is unavailable.
  }
}

/** Type guard for numbers in stored shapes (objects: `isRecord` from core). */
export const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
