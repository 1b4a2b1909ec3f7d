/** Something fetched on demand (a module, a file), once for the page. */
export interface LoadOnce<T> {
  /** Fetches it (the same promise for every caller while it comes); a failed fetch is forgotten, so a later call tries again. */
  load(): Promise<T>;
  /** It, once it has arrived, for callers that must act at once (inside a press, a page closing). */
  readonly loaded: T | undefined;
}

/**
 * Wraps a fetch so it runs once for the page (see `LoadOnce`). `fetch` is told how many fetches
 * failed before this one: a browser keeps a failed module import, so a caller that can reach the
 * same file at another URL (the catalog's files) asks for that one on a retry.
 */
export function loadOnce<T>(fetch: (failures: number) => Promise<T>): LoadOnce<T> {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  let failures = 0;
  return {
    load: () =>
      (loading ??= fetch(failures).then(
        (value) => (loaded = value),
        (error: unknown) => {
          // Offline or blocked: tried again at the caller's next chance.
          loading = undefined;
          failures += 1;
          throw error;
        },
      )),
    get loaded() {
      return loaded;
    },
  };
}
