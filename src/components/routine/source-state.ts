import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../../translations/translation.js';

/** The routine while there is none to show: loading `src`, or the problems (with Retry when `src` failed). */
export function renderSourceState(
  t: Translation['routine'],
  state: { loading: boolean; retry: boolean; errors: TemplateResult | typeof nothing },
  retry: () => void,
): TemplateResult {
  if (state.loading) return html`<div part="base" class="surface"><p class="loading" role="status">${t.loading}</p></div>`;
  return html`<div part="base" class="surface">
    ${state.errors}
    ${
      state.retry
        ? html`<div class="controls"><button part="button" class="secondary" type="button" @click=${retry}>${t.retry}</button></div>`
        : nothing
    }
  </div>`;
}
