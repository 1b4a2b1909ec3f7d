import { html, nothing, type TemplateResult } from 'lit';
import type { ValidationError } from '../../core/types.js';
import { renderProblems, sectionHeading, type HistoryViewContext } from './view.js';

export interface DataPanelState {
  /** Sessions shown: export and clear need some. */
  count: number;
  /** The in-element "are you sure?" of Clear history is open. */
  confirming: boolean;
  /** What the last export, import or clear did. */
  status: string;
  /** Why the last import was refused (nothing was changed). */
  importErrors: readonly ValidationError[];
}

export interface DataPanelHandlers {
  exportCsv: () => void;
  exportJson: () => void;
  importFile: (file: File) => Promise<void>;
  askClear: () => void;
  clear: () => void;
  cancelClear: () => void;
}

/** Export CSV and JSON, Import JSON, Clear history (asking first, in the element), and what each did. */
export function renderDataPanel(context: HistoryViewContext, state: DataPanelState, on: DataPanelHandlers): TemplateResult {
  const t = context.t.history;
  const some = state.count > 0;
  return html`<section part="data" class="data" aria-labelledby="data-title">
    ${sectionHeading(context, 'data-title', t.dataTitle)}
    <div part="actions" class="actions">
      ${
        some
          ? html`<button part="button" class="secondary export-csv" type="button" @click=${on.exportCsv}>${t.exportCsv}</button>
              <button part="button" class="secondary export-json" type="button" @click=${on.exportJson}>${t.exportJson}</button>`
          : nothing
      }
      <label part="button" class="file secondary">
        ${t.importJson}
        <input
          class="visually-hidden import"
          type="file"
          accept="application/json,.json"
          @change=${(event: Event) => chosenFile(event, on)}
        />
      </label>
      ${
        some && !state.confirming
          ? html`<button part="button" class="secondary danger clear" type="button" @click=${on.askClear}>${t.clear}</button>`
          : nothing
      }
    </div>
    ${
      some && state.confirming
        ? html`<div
            part="confirm"
            class="confirm"
            role="group"
            aria-labelledby="confirm-question"
            @keydown=${(event: KeyboardEvent) => {
              if (event.key === 'Escape') on.cancelClear();
            }}
          >
            <p id="confirm-question">${t.clearQuestion(state.count)}</p>
            <div class="actions">
              <button part="button" class="secondary danger confirm-yes" type="button" @click=${on.clear}>${t.clearYes}</button>
              <button part="button" class="secondary confirm-no" type="button" @click=${on.cancelClear}>${t.clearNo}</button>
            </div>
          </div>`
        : nothing
    }
    ${renderProblems(context, t.importFailed, state.importErrors, 'import-errors')}
    <p part="status" class="status" role="status" tabindex="-1">${state.status}</p>
  </section>`;
}

function chosenFile(event: Event, on: DataPanelHandlers): void {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  // Choosing the same file again (after fixing it) must fire `change` again.
  input.value = '';
  if (file) void on.importFile(file);
}
