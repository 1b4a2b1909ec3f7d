/** Replaces a global (own property of the window, or one it inherits) and returns how to put it back. */
export function replaceGlobal(name: string, value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(window, name);
  Object.defineProperty(window, name, { value, configurable: true, writable: true });
  return () => {
    if (own) Object.defineProperty(window, name, own);
    else delete (window as unknown as Record<string, unknown>)[name];
  };
}
