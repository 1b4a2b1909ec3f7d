import { html, nothing, type TemplateResult } from 'lit';
import { localizedSafetyNote } from '../../content/translated.js';
import type { Routine } from '../../core/types.js';
import { stepDuration, type RoutineViewContext } from './view-context.js';

/** A one-page card for gym walls and handouts: the steps, their times, the first caution, the safety note. Shown only when printing. */
export function renderPrintCard(context: RoutineViewContext, routine: Routine): TemplateResult {
  return html`<section class="print-card" aria-hidden="true">
    <ol part="step-list">
      ${routine.steps.map(
        (step) =>
          html`<li>
            <strong>${step.name}</strong> — ${stepDuration(context.t, step)}
            ${step.cautions.length ? html`<div class="print-cautions">${step.cautions[0]}</div>` : nothing}
          </li>`,
      )}
    </ol>
    <p class="print-safety">${localizedSafetyNote(context.content)}</p>
  </section>`;
}
