import sinon from 'sinon';

/**
 * Hands out the page's real query lists, whose `matches` says `reduce()`, while recording every
 * `change` listener added to and removed from each one: what is still listening is what was added
 * to a list and never removed from that same list.
 */
export function recordMotionQueryListeners(reduce: () => boolean): { listening: () => unknown[]; lists: MediaQueryList[] } {
  const matchMedia = window.matchMedia.bind(window);
  const lists: MediaQueryList[] = [];
  const calls = new Map<MediaQueryList, { added: unknown[]; removed: unknown[] }>();
  sinon.stub(window, 'matchMedia').callsFake((query: string) => {
    const list = matchMedia(query);
    if (query.includes('prefers-reduced-motion')) Object.defineProperty(list, 'matches', { get: reduce });
    const record = { added: [] as unknown[], removed: [] as unknown[] };
    const add = list.addEventListener.bind(list);
    const remove = list.removeEventListener.bind(list);
    list.addEventListener = ((type: string, listener: EventListener, options?: AddEventListenerOptions) => {
      if (type === 'change') record.added.push(listener);
      add(type, listener, options);
    }) as MediaQueryList['addEventListener'];
    list.removeEventListener = ((type: string, listener: EventListener, options?: EventListenerOptions) => {
      if (type === 'change') record.removed.push(listener);
      remove(type, listener, options);
    }) as MediaQueryList['removeEventListener'];
    calls.set(list, record);
    lists.push(list);
    return list;
  });
  return {
    lists,
    listening: () => [...calls.values()].flatMap(({ added, removed }) => added.filter((listener) => !removed.includes(listener))),
  };
}
