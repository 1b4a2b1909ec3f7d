import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A step's control that can take focus: its handle, a move button or its name field. */
export type StepControl = 'handle' | 'up' | 'down' | 'name';

/** A control of the step with `key`, or "Add custom step". */
export type StepFocus = { key: number; target: StepControl } | 'add-custom';

/**
 * Puts focus on a step once the steps have re-rendered. Moving a row takes it out of the page and
 * back, and removing one takes the focused control with it: either way keyboard users would lose
 * their place. A new custom step is focused at its name, ready to type.
 */
export class StepFocusController implements ReactiveController {
  #pending: StepFocus | undefined;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    host.addController(this);
  }

  /** Focuses `focus` after the next render. */
  request(focus: StepFocus): void {
    this.#pending = focus;
  }

  hostUpdated(): void {
    const focus = this.#pending;
    if (focus === undefined) return;
    this.#pending = undefined;
    const root = this.host.renderRoot;
    const selector =
      focus === 'add-custom'
        ? '.add-custom'
        : `[data-key="${focus.key}"] ${focus.target === 'name' ? 'input[name="name"]' : `[data-action="${focus.target}"]`}`;
    const target = root.querySelector<HTMLElement>(selector);
    if (target && !(target as HTMLButtonElement).disabled) target.focus();
    // A move button is disabled at the end of the list; the step's handle is the next best place.
    else if (focus !== 'add-custom') root.querySelector<HTMLElement>(`[data-key="${focus.key}"] [data-action="handle"]`)?.focus();
  }
}
