import { html, nothing, type TemplateResult } from 'lit';
import { presets } from '../../content/catalog-lookup.js';
import { presetTitle } from '../../content/translated.js';
import type { ViewContext } from './fields.js';

export interface LoadPanelState extends ViewContext {
  /** Id of the preset chosen in the list; empty for none. */
  chosenPreset: string;
  /** The JSON in the import box. */
  importText: string;
  /** Why the last routine given could not be loaded (the element's error block), or nothing. */
  errors: TemplateResult | typeof nothing;
}

export interface LoadPanelHandlers {
  choosePreset: (id: string) => void;
  loadPreset: () => void;
  editImport: (text: string) => void;
  loadImport: () => void;
  openFile: (file: File) => Promise<void>;
}

/** Start from a preset, pasted JSON or a file; a routine that failed to load keeps the import box open. */
export function renderLoadPanel(state: LoadPanelState, handlers: LoadPanelHandlers): TemplateResult {
  const t = state.t.builder;
  const failed = state.errors !== nothing;
  return html`<section part="load" class="load" aria-label=${t.importTitle}>
    <div class="row">
      <div class="field">
        <label for="preset">${t.preset}</label>
        <select
          id="preset"
          .value=${state.chosenPreset}
          @change=${(event: Event) => handlers.choosePreset((event.target as HTMLSelectElement).value)}
        >
          <option value="">${t.choosePreset}</option>
          ${presets.map(
            (preset) =>
              html`<option value=${preset.id} ?selected=${preset.id === state.chosenPreset}>
                ${presetTitle(preset.id, state.content)}
              </option>`,
          )}
        </select>
      </div>
      <button part="button" class="secondary" type="button" ?disabled=${!state.chosenPreset} @click=${handlers.loadPreset}>
        ${t.loadPreset}
      </button>
    </div>
    <details class="import" ?open=${failed || state.importText !== ''}>
      <summary>${t.importTitle}</summary>
      <div class="field">
        <label for="import">${t.pasteJson}</label>
        <textarea
          id="import"
          rows="6"
          spellcheck="false"
          aria-describedby="import-hint"
          .value=${state.importText}
          @input=${(event: Event) => handlers.editImport((event.target as HTMLTextAreaElement).value)}
        ></textarea>
        <p class="hint" id="import-hint">${t.pasteHint}</p>
      </div>
      <div class="row">
        <button
          part="button"
          class="secondary load-json"
          type="button"
          ?disabled=${state.importText.trim() === ''}
          @click=${handlers.loadImport}
        >
          ${t.loadJson}
        </button>
        <label class="file secondary">
          ${t.openFile}
          <input
            class="visually-hidden"
            type="file"
            accept="application/json,.json"
            @change=${(event: Event) => openChosenFile(event, handlers)}
          />
        </label>
      </div>
    </details>
    ${state.errors}
  </section>`;
}

function openChosenFile(event: Event, handlers: LoadPanelHandlers): void {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  // Choosing the same file again (after fixing it) must fire `change` again.
  input.value = '';
  if (file) void handlers.openFile(file);
}

/** Parses routine JSON text: the value, or the parser's reason (at most 120 characters). */
export function parseRoutineJson(text: string): { value: unknown } | { reason: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { reason: String((error as Error).message).slice(0, 120) };
  }
}

/** A value given to `value` as JSON text for the import box, so nothing is lost; empty when it cannot be written out. */
export function jsonForEditing(input: unknown): string {
  try {
    return JSON.stringify(input, null, 2) ?? '';
  } catch {
    return '';
  }
}
