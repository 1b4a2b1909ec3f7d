import { downloadText } from '../shared/download.js';
import { html, nothing, type TemplateResult } from 'lit';
import { fitsStepMarkup, type EmbedFormat } from '../../core/embed.js';
import type { RoutineInput } from '../../core/types.js';
import { heading, type ViewContext } from './fields.js';
import { renderSharePanel, type SharePanelHandlers, type SharePanelState } from './share-panel.js';

export interface ExportPanelState extends ViewContext, SharePanelState {
  value: RoutineInput;
  /** The routine can be embedded: nothing blocks it. */
  valid: boolean;
  /** The embed snippet; empty while the routine is not valid. */
  code: string;
  format: EmbedFormat;
  hasSteps: boolean;
  /** What the last copy or download did. */
  status: string;
  showJson: boolean;
}

export interface ExportPanelHandlers extends SharePanelHandlers {
  chooseFormat: (format: EmbedFormat) => void;
  /** Copies the embed code shown. */
  copyEmbed: (code: string) => Promise<void>;
  /** Copies the JSON shown. */
  copyJson: (json: string) => Promise<void>;
  download: () => void;
  toggleJson: (open: boolean) => void;
}

/** The fields that show what can be copied, for selecting the text by hand when the clipboard refuses. */
export type CopyField = '.embed-code' | '.json-code' | '.share-link';

/** The routine file: indented JSON. */
export function routineJson(value: RoutineInput): string {
  return JSON.stringify(value, null, 2);
}

/**
 * Copies `text` to the clipboard. Where the page may not (an iframe, an old browser), `reveal`
 * makes sure `field` is shown, then its text is selected for Ctrl+C. True when the clipboard took it.
 */
export async function copyOrSelect(text: string, root: ParentNode, field: CopyField, reveal: () => Promise<unknown>): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    await reveal();
    const shown = root.querySelector<HTMLTextAreaElement | HTMLInputElement>(field);
    shown?.focus();
    shown?.select();
    return false;
  }
}

/** Saves the routine as `<id>.json` through the browser's download; returns the file name. */
export function downloadRoutine(value: RoutineInput): string {
  return downloadText(`${value.id}.json`, routineJson(value), 'application/json');
}

/** What still blocks the embed code, the embed-format choice, the code, copy and download, and the JSON. */
export function renderExportPanel(state: ExportPanelState, handlers: ExportPanelHandlers): TemplateResult {
  const { code } = state;
  const t = state.t.builder;
  const json = routineJson(state.value);
  const fallback = state.format === 'steps' && !fitsStepMarkup(state.value);
  const formats: [EmbedFormat, string][] = [
    ['steps', t.formatSteps],
    ['json', t.formatJson],
  ];
  // An empty routine already shows as empty in the steps panel.
  const blocking = state.problems.filter((problem) => !(problem.path === 'steps' && !state.hasSteps));
  return html`<section part="export" class="export" aria-labelledby="export-title">
    <div id="export-title">${heading(t.exportTitle, state.headingLevel, 1)}</div>
    ${
      blocking.length > 0
        ? html`<div class="blocking">
            <p>${t.problems(blocking.length)}</p>
            <ul>
              ${blocking.map((problem) => html`<li>${problem.path ? html`<code>${problem.path}</code>: ` : nothing}${problem.text}</li>`)}
            </ul>
          </div>`
        : nothing
    }
    <fieldset class="formats">
      <legend>${t.format}</legend>
      ${formats.map(
        ([format, label]) =>
          html`<label class="choice"
            ><input
              type="radio"
              name="format"
              value=${format}
              .checked=${state.format === format}
              @change=${() => handlers.chooseFormat(format)}
            />${label}</label
          >`,
      )}
    </fieldset>
    ${fallback ? html`<p class="hint">${t.formatFallback}</p>` : nothing}
    <div class="field">
      <label for="embed-code">${t.embedCode}</label>
      <textarea part="embed-code" id="embed-code" class="code embed-code" readonly rows="10" spellcheck="false" .value=${code}></textarea>
    </div>
    <div class="row">
      <button part="button button-primary" class="primary" type="button" ?disabled=${!state.valid} @click=${() => handlers.copyEmbed(code)}>
        ${t.copyEmbed}
      </button>
      <button part="button" class="secondary" type="button" ?disabled=${!state.hasSteps} @click=${() => handlers.copyJson(json)}>
        ${t.copyJson}
      </button>
      <button part="button" class="secondary" type="button" ?disabled=${!state.hasSteps} @click=${handlers.download}>${t.download}</button>
    </div>
    <p class="status" role="status">${state.status}</p>
    ${renderSharePanel(state, handlers)}
    <details
      class="json"
      ?open=${state.showJson}
      @toggle=${(event: Event) => handlers.toggleJson((event.target as HTMLDetailsElement).open)}
    >
      <summary>${t.jsonTitle}</summary>
      <textarea
        id="json-code"
        class="code json-code"
        aria-label=${t.jsonTitle}
        readonly
        rows="12"
        spellcheck="false"
        .value=${json}
      ></textarea>
    </details>
  </section>`;
}
