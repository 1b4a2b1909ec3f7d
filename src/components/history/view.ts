import { html, nothing, type TemplateResult } from 'lit';
import type { ValidationError } from '../../core/types.js';
import type { Translation } from '../../translations/translation.js';
import { renderHeading } from '../shared/smr-element.js';

/** What every view of `<smr-history>` reads: its words, its language and its heading level. */
export interface HistoryViewContext {
  t: Translation;
  lang: string;
  /** Level of the element's title; sections are one below. */
  headingLevel: number;
  /** An error's text in the element's language. */
  errorText: (error: ValidationError) => string;
}

/** A section heading, one level below the title, with an id for `aria-labelledby`. */
export function sectionHeading(context: HistoryViewContext, id: string, text: string): TemplateResult {
  return html`<div id=${id} class="heading h1" role="heading" aria-level=${Math.min(6, context.headingLevel + 1)}>${text}</div>`;
}

/** The element's title. */
export function titleHeading(context: HistoryViewContext, text: string): TemplateResult {
  return renderHeading(text, context.headingLevel, 'heading h0', 'heading');
}

/** A visible, accessible list of problems, field by field (text only, never HTML). */
export function renderProblems(
  context: HistoryViewContext,
  heading: string,
  errors: readonly ValidationError[],
  id: string,
): TemplateResult | typeof nothing {
  if (errors.length === 0) return nothing;
  return html`<div part="error" id=${id} role="alert" tabindex="-1">
    <strong>${heading}</strong>
    <ul>
      ${errors.map((error) => html`<li>${error.path ? html`<code>${error.path}</code>: ` : nothing}${context.errorText(error)}</li>`)}
    </ul>
  </div>`;
}
