/** A module fetched on demand, once for the page. */
export interface LoadOnce<T> {
  /** Fetches it (the same promise for every caller while it comes); a failed fetch is forgotten, so a later call tries again. */
  load(): Promise<T>;
  /** The module once it has arrived, for callers that must act at once (inside a press, a page closing). */
  readonly loaded: T | undefined;
}

/** Wraps a dynamic import so it runs once for the page (see `LoadOnce`). */
export function loadOnce<T>(fetch: () => Promise<T>): LoadOnce<T> {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    load: () =>
      (loading ??= fetch().then(
        (module) => (loaded = module),
        (error: unknown) => {
          // Offline or blocked: tried again at the caller's next chance.
          loading = undefined;
          throw error;
        },
      )),
    get loaded() {
      return loaded;
    },
  };
}
