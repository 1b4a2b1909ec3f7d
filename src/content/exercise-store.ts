/**
 * The catalog's exercises fetched one at a time: what `exercises-on-demand.ts` (the autoloader's
 * build) is made of, apart so it can be tested with any fetcher.
 */
import { loadOnce, type LoadOnce } from '../core/load-once.js';
import type { Exercise } from '../core/types.js';
import type { ExerciseNeed } from './exercises.js';

export interface ExerciseFetchers {
  /** Every catalog id, in catalog order. */
  ids: readonly string[];
  /**
   * Fetches one exercise (its own small file). `attempt` counts the failed fetches before this
   * one: browsers keep a failed module import, so a retry must ask for another URL.
   */
  one(id: string, attempt: number): Promise<Exercise>;
  /** Fetches all of them at once (one file, for the finder and the builder). */
  all(attempt: number): Promise<readonly Exercise[]>;
}

export interface ExerciseStore {
  /** The exercises fetched so far, in catalog order (the same array, filled in as they arrive). */
  readonly exercises: readonly Exercise[];
  getExercise(id: string): Exercise | undefined;
  /** Whether every catalog exercise of `need` is here (ids the catalog lacks need nothing). */
  ready(need: ExerciseNeed): boolean;
  /** Fetches what `need` lacks. A fetch that fails is forgotten, so asking again fetches again. */
  load(need: ExerciseNeed): Promise<void>;
  /** Adds exercises that arrived another way (ids the catalog lacks are ignored). */
  add(list: readonly Exercise[]): void;
  /** Calls `listener` whenever exercises are added; returns the way to stop. */
  subscribe(listener: () => void): () => void;
}

export function createExerciseStore(fetchers: ExerciseFetchers): ExerciseStore {
  const byId = new Map<string, Exercise>();
  const exercises: Exercise[] = [];
  const listeners = new Set<() => void>();
  const catalogIds = new Set(fetchers.ids);
  const missing = (need: ExerciseNeed): string[] =>
    (need === 'all' ? fetchers.ids : need).filter((id) => catalogIds.has(id) && !byId.has(id));

  const add = (arrived: readonly Exercise[]): void => {
    for (const exercise of arrived) if (catalogIds.has(exercise.id)) byId.set(exercise.id, exercise);
    exercises.splice(0, exercises.length, ...fetchers.ids.flatMap((id) => byId.get(id) ?? []));
    for (const listener of [...listeners]) listener();
  };
  // One fetch per exercise (and one for the whole catalog), each forgotten when it fails.
  const fetches = new Map<string, LoadOnce<void>>();
  const once = (key: string, fetch: (attempt: number) => Promise<void>): Promise<void> => {
    let entry = fetches.get(key);
    if (!entry) fetches.set(key, (entry = loadOnce(fetch)));
    return entry.load();
  };

  return {
    exercises,
    add,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getExercise: (id) => byId.get(id),
    ready: (need) => missing(need).length === 0,
    async load(need) {
      const lacking = missing(need);
      if (lacking.length === 0) return;
      // The whole catalog is one file; fetching it a piece at a time would be 29 requests.
      if (need === 'all') return once('all', async (attempt) => add(await fetchers.all(attempt)));
      await Promise.all(lacking.map((id) => once(id, async (attempt) => add([await fetchers.one(id, attempt)]))));
    },
  };
}
