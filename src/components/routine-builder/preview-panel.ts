import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { RoutineInput } from '../../core/types.js';
import { heading, type ViewContext } from './fields.js';
import '../routine/routine.js';

export interface PreviewPanelState extends ViewContext {
  value: RoutineInput;
  valid: boolean;
  hasSteps: boolean;
  theme: 'light' | 'dark' | undefined;
}

/** The routine as `<smr-routine>` plays it, once it is valid; why not, until then. */
export function renderPreviewPanel(state: PreviewPanelState): TemplateResult {
  const t = state.t.builder;
  return html`<section part="preview" class="preview" aria-labelledby="preview-title">
    <div id="preview-title">${heading(t.previewTitle, state.headingLevel, 1)}</div>
    ${
      state.valid
        ? html`<p class="hint">${t.previewHint}</p>
            <smr-routine
              .routine=${state.value}
              no-persist
              heading-level=${Math.min(6, state.headingLevel + 2)}
              theme=${ifDefined(state.theme)}
            ></smr-routine>`
        : html`<p class="empty">${state.hasSteps ? t.previewInvalid : t.empty}</p>`
    }
  </section>`;
}
