import sinon from 'sinon';

/** Fake timers for Date, performance and timeouts only (Lit's microtask updates stay real). */
export function useFakeClock(): sinon.SinonFakeTimers {
  return sinon.useFakeTimers({
    now: 1_700_000_000_000,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
  });
}

/** Records the names (and details) of the given events fired on `target`, in order. */
export function recordEvents(target: EventTarget, names: readonly string[]): { name: string; detail: unknown }[] {
  const log: { name: string; detail: unknown }[] = [];
  for (const name of names) target.addEventListener(name, (event) => log.push({ name, detail: (event as CustomEvent).detail }));
  return log;
}

/** Pretends the page went hidden and came back (the browser fires `visibilitychange`). */
export function simulateReturnToTab(): void {
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Text of an element's shadow root, whitespace folded. */
export function shadowText(element: Element, selector = ':host, *'): string {
  const root = element.shadowRoot!;
  const node = selector === ':host, *' ? root : root.querySelector(selector);
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
