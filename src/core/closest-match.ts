/** "Unknown id → did you mean …?": the known ids closest to a mistyped one. Used by every validator. */
import { describeValue } from './describe.js';
import { problemAt, type IdKind, type Problem, type ValidationError } from './problems.js';

/** The problem of an unknown id. */
export type UnknownIdProblem = Extract<Problem, { code: 'unknown' }>;

/** Up to `count` candidates close to `wanted` (containment or a small edit distance), closest first. */
export function closest(candidates: readonly string[], wanted: string, count = 3): string[] {
  const target = wanted.toLowerCase().slice(0, 60);
  return candidates
    .map((id) => ({ id, score: id.includes(target) || target.includes(id) ? 0 : editDistance(id, target) }))
    .filter(({ id, score }) => score <= Math.max(2, Math.ceil(id.length / 2)))
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, count)
    .map(({ id }) => id);
}

/** Levenshtein distance, two rows. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * The problem of an id that is not among `known`, with the closest known ones as suggestions
 * (`count` of them; none when the value is not text).
 */
export function unknownMatch(kind: IdKind, known: readonly string[], wanted: unknown, count = 3): UnknownIdProblem {
  const suggestions = typeof wanted === 'string' ? closest(known, wanted, count) : [];
  return { code: 'unknown', kind, got: describeValue(wanted), suggestions };
}

/** Splits a space- or comma-separated attribute into ids (at most `max`). */
export function splitIds(value: unknown, max = 200): string[] {
  return typeof value === 'string'
    ? value
        .split(/[\s,]+/)
        .filter(Boolean)
        .slice(0, max)
    : [];
}

/**
 * Keeps the ids of `ids` that are `known` and reports the first five unknown ones at `path`,
 * each with the two closest known ids.
 */
export function knownIds<T extends string>(
  ids: readonly unknown[],
  known: readonly T[],
  kind: IdKind,
  path: string,
): { ids: T[]; errors: ValidationError[] } {
  const isKnown = (id: unknown): id is T => (known as readonly unknown[]).includes(id);
  const errors = ids
    .filter((id) => !isKnown(id))
    .slice(0, 5)
    .map((id) => problemAt(path, unknownMatch(kind, known, id, 2)));
  return { ids: ids.filter(isKnown), errors };
}
