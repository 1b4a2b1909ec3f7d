/** The latest an idle callback may come on a busy page. */
const IDLE_TIMEOUT_MS = 3000;
/** Where idle callbacks are missing: this long after the element connects. */
const IDLE_FALLBACK_MS = 500;

/**
 * Calls `callback` once: when `element` first comes into view or when the page is first idle,
 * whichever comes first. Returns a function that cancels it. Used to fetch what a press will need
 * before the press, without slowing the first render.
 */
export function whenVisibleOrIdle(element: Element, callback: () => void): () => void {
  const cleanups: (() => void)[] = [];
  const cancel = (): void => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  };
  const fire = (): void => {
    cancel();
    callback();
  };
  if (typeof IntersectionObserver === 'function') {
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) fire();
    });
    observer.observe(element);
    cleanups.push(() => observer.disconnect());
  }
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fire, { timeout: IDLE_TIMEOUT_MS });
    cleanups.push(() => cancelIdleCallback(id));
  } else {
    // Safari has no requestIdleCallback: soon after the page settles.
    const id = setTimeout(fire, IDLE_FALLBACK_MS);
    cleanups.push(() => clearTimeout(id));
  }
  return cancel;
}
