import { html, type TemplateResult } from 'lit';
import { localizedSafetyNote } from '../../content/translated.js';
import type { ContentTranslation } from '../../core/content-translation.js';

/**
 * The visible note that SMR complements but never replaces a health professional. A labelled
 * `role="note"`, not a landmark: a page with several elements would otherwise repeat one
 * "Safety" landmark per element.
 */
export function renderSafetyNote(label: string, content: ContentTranslation | undefined): TemplateResult {
  return html`<div part="safety" class="safety" role="note" aria-label=${label}><p>${localizedSafetyNote(content)}</p></div>`;
}
