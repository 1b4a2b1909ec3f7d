import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a key does while a session runs or is paused. */
export type RoutineShortcut = 'primary' | 'next' | 'previous';

/**
 * The session's keyboard shortcuts: Space pauses and resumes (unless a control has focus, which
 * uses Space itself), ← and → go to the previous and next step (not inside a select, which uses
 * them). Modified keys and handled events are left alone.
 */
export function routineShortcut(event: KeyboardEvent): RoutineShortcut | undefined {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const target = event.composedPath()[0] as Element | undefined;
  const interactive = target?.closest?.('button, input, select, textarea, summary, a, [contenteditable]');
  const inSelect = target instanceof HTMLSelectElement;
  if (event.key === ' ' && !interactive) return 'primary';
  if (event.key === 'ArrowRight' && !inSelect) return 'next';
  if (event.key === 'ArrowLeft' && !inSelect) return 'previous';
  return undefined;
}

/**
 * Listens for the shortcuts on the element while `active()` (a session runs or is paused) and calls
 * the matching action; the listener comes and goes with the element.
 */
export class RoutineShortcutsController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly active: () => boolean,
    private readonly actions: Record<RoutineShortcut, () => void>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.#onKeyDown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.#onKeyDown);
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    if (!this.active()) return;
    const shortcut = routineShortcut(event);
    if (!shortcut) return;
    event.preventDefault();
    this.actions[shortcut]();
  };
}
