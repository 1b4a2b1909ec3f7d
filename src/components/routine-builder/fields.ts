import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ContentTranslation } from '../../core/content-translation.js';
import type { Translation } from '../../translations/translation.js';
import { renderHeading } from '../shared/smr-element.js';

/** A problem of the routine being built, worded in the element's language. */
export interface ShownProblem {
  path: string;
  text: string;
}

/** What every view of the builder reads besides its own state. */
export interface ViewContext {
  t: Translation;
  /** The translation of the catalog's words, if the element's language has one. */
  content: ContentTranslation | undefined;
  /** The builder's own heading level, clamped to 2–6; sections sit one level under it. */
  headingLevel: number;
  problems: readonly ShownProblem[];
}

/** The words of the problem at `path`, if the routine has one there. */
export function problemText(problems: readonly ShownProblem[], path: string): string | undefined {
  return problems.find((problem) => problem.path === path)?.text;
}

/** A heading `offset` levels under the builder's own `level` (already clamped to 2–6). */
export function heading(text: string, level: number, offset = 0): TemplateResult {
  return renderHeading(text, level + offset, `heading h${offset}`);
}

/** What surrounds a control: its label, and the hint and problem read out with it. */
export interface FieldLabel {
  /** The control's id; the hint and problem take ids made from it. */
  id: string;
  label: string;
  /** Why the value is not valid; also marks the control invalid. */
  problem?: string | undefined;
  hint?: string | undefined;
}

/** A labelled control with its hint and problem, both tied to the control by `aria-describedby`. */
export function field(
  { id, label, problem, hint }: FieldLabel,
  control: (describedBy: string, invalid: boolean) => TemplateResult,
): TemplateResult {
  const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${control(describedBy, problem !== undefined)} ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    ${problem ? html`<p class="problem" id="${id}-problem">${problem}</p>` : nothing}
  </div>`;
}

/**
 * A field of whole seconds. `onValue` gets `NaN` for an empty field, so the routine names the
 * problem instead of reading the field as 0; `commit` is true on `change`.
 */
export function numberField(
  label: FieldLabel,
  value: number,
  range: { min: number; max: number },
  onValue: (seconds: number, commit: boolean) => void,
): TemplateResult {
  const read = (event: Event) => {
    const text = (event.target as HTMLInputElement).value;
    return text.trim() === '' ? Number.NaN : Number(text);
  };
  return field(
    label,
    (describedBy, invalid) =>
      html`<input
        id=${label.id}
        name=${label.id.replace(/^s\d+-/, '')}
        type="number"
        inputmode="numeric"
        min=${range.min}
        max=${range.max}
        .value=${Number.isNaN(value) ? '' : String(value)}
        aria-describedby=${describedBy || nothing}
        aria-invalid=${ifDefined(invalid ? 'true' : undefined)}
        @input=${(event: Event) => onValue(read(event), false)}
        @change=${(event: Event) => onValue(read(event), true)}
      />`,
  );
}

/** A text control that edits the routine as the person types and commits the edit when they leave it. */
export interface TextControl {
  value: string;
  maxLength?: number | undefined;
  placeholder?: string | undefined;
  onInput: (text: string) => void;
  onCommit: () => void;
}

/** A one-line text field. */
export function textField(label: FieldLabel, control: TextControl & { name?: string }): TemplateResult {
  return field(
    label,
    (describedBy, invalid) =>
      html`<input
        id=${label.id}
        name=${ifDefined(control.name)}
        type="text"
        maxlength=${ifDefined(control.maxLength)}
        autocomplete="off"
        placeholder=${ifDefined(control.placeholder)}
        .value=${control.value}
        aria-describedby=${describedBy || nothing}
        aria-invalid=${ifDefined(invalid ? 'true' : undefined)}
        @input=${(event: Event) => control.onInput((event.target as HTMLInputElement).value)}
        @change=${control.onCommit}
      />`,
  );
}

/** A text field of several lines. */
export function textArea(label: FieldLabel, control: TextControl & { rows: number }): TemplateResult {
  return field(
    label,
    (describedBy, invalid) =>
      html`<textarea
        id=${label.id}
        rows=${control.rows}
        maxlength=${ifDefined(control.maxLength)}
        placeholder=${ifDefined(control.placeholder)}
        .value=${control.value}
        aria-describedby=${describedBy || nothing}
        aria-invalid=${ifDefined(invalid ? 'true' : undefined)}
        @input=${(event: Event) => control.onInput((event.target as HTMLTextAreaElement).value)}
        @change=${control.onCommit}
      ></textarea>`,
  );
}
