import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };

/**
 * Keeps keyboard focus inside an element whose views replace one another (overview → player →
 * summary): when the new view took the focused button with it, focus moves to the new view's
 * main button (`[part~="button-primary"]`) instead of falling to the page.
 */
export class ViewFocusController implements ReactiveController {
  #focusInside = false;
  #shownView = '';

  constructor(
    private readonly host: Host,
    private readonly currentView: () => string,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.#focusInside = this.host.shadowRoot?.activeElement != null;
  }

  hostUpdated(): void {
    const view = this.currentView();
    const changed = view !== this.#shownView;
    this.#shownView = view;
    if (changed && this.#focusInside && this.host.shadowRoot?.activeElement == null) {
      this.host.renderRoot.querySelector<HTMLElement>('[part~="button-primary"]')?.focus();
    }
  }
}
