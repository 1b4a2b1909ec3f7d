import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LocalizeController } from '../../controllers/localize.js';
import { formatErrors } from '../../core/format-errors.js';
import type { Side, ValidationError } from '../../core/types.js';
import { emit } from '../../events/emit.js';
import '../../events/error-event.js';
import { strings as coreStrings } from '../../translations/en/core.js';
import { registerEnglish } from '../../controllers/translation-registry.js';

registerEnglish(coreStrings);

/**
 * Registers a custom element once. A second registration of the same tag (the CDN bundle and
 * the npm build on one page, or a script included twice) is a no-op instead of an exception.
 * Named like Lit's decorator so the Custom Elements Manifest analyzer reads the tag name.
 */
export function customElement(tagName: string) {
  return (elementClass: CustomElementConstructor): void => {
    if (!customElements.get(tagName)) customElements.define(tagName, elementClass);
  };
}

/**
 * Converter for reflected properties that take text or numbers: writes the value as text, and
 * never throws on a value that can't become text (a throwing proxy, a symbol), which would
 * otherwise escape from Lit's update into the page. The attribute is then removed.
 */
export const reflectAsText = {
  toAttribute(value: unknown): string | null {
    try {
      // Numbers and text become text; anything else was already reported as invalid input.
      // eslint-disable-next-line @typescript-eslint/no-base-to-string
      return value === null || value === undefined ? null : String(value);
    } catch {
      return null;
    }
  },
};

/** Clamps an author-given heading level to 2–6; `fallback` when it is not a number. */
export function headingLevel(value: number, fallback: number): number {
  return Math.min(6, Math.max(2, Math.round(value) || fallback));
}

/**
 * A heading that fits the host page's outline (`role="heading"`, `aria-level` at most 6), so
 * authors choose the level with `heading-level`. Text only, never HTML.
 */
export function renderHeading(text: string, level: number, className: string, part?: string): TemplateResult {
  return html`<div part=${ifDefined(part)} class=${className} role="heading" aria-level=${Math.min(6, level)}>${text}</div>`;
}

/** The polite live region an element's announcements are read from; one message at a time. */
export function renderLiveRegion(text: string): TemplateResult {
  return html`<div class="visually-hidden" aria-live="polite" aria-atomic="true">${text}</div>`;
}

/**
 * The small base every element shares: localization and the one way bad input is reported
 * (visible message, one console warning, `smr-error`).
 */
export abstract class SmrElement extends LitElement {
  /** @internal */
  protected readonly localize = new LocalizeController(this);

  /** @internal Problems with the current input; rendered in place of the element's UI. */
  protected inputErrors: ValidationError[] = [];

  #lastReportedErrors = '';

  /**
   * Sets the current input errors. When they differ from the last ones reported and are not
   * empty: one console warning and one `smr-error`. Never throws.
   */
  protected reportErrors(errors: ValidationError[]): void {
    this.inputErrors = errors;
    const key = JSON.stringify(errors);
    if (key === this.#lastReportedErrors) return;
    this.#lastReportedErrors = key;
    this.requestUpdate();
    if (errors.length === 0) return;
    console.warn(`<${this.localName}>: ${formatErrors(errors).join('; ')}`);
    emit(this, 'smr-error', { errors });
  }

  /**
   * An error's text in the element's language: its `problem` worded by the translation, or its
   * `message` as given (English for a translation that cannot word the problem).
   */
  protected errorText(error: ValidationError): string {
    if (!error.problem) return error.message;
    try {
      return this.localize.t.errors.problem(error.problem) || error.message;
    } catch {
      return error.message;
    }
  }

  /** "Left" or "Right" in the element's language; empty for midline work. */
  protected sideName(side: Side): string {
    const { timer } = this.localize.t;
    return side === 'left' ? timer.left : side === 'right' ? timer.right : '';
  }

  /** The visible, accessible error block; text only, never HTML. */
  protected renderErrors(heading = this.localize.t.errors.heading): TemplateResult | typeof nothing {
    if (this.inputErrors.length === 0) return nothing;
    return html`<div part="error" role="alert">
      <strong>${heading}</strong>
      <ul>
        ${this.inputErrors.map((error) => html`<li>${error.path ? html`<code>${error.path}</code>: ` : nothing}${this.errorText(error)}</li>`)}
      </ul>
    </div>`;
  }
}
