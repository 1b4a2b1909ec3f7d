import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LIMITS } from '../../core/limits.js';
import type { DraftMedia, DraftStep } from '../../core/routine-draft.js';
import { MEDIA_TYPES, type MediaType } from '../../core/types.js';
import { field, problemText, textField, type ViewContext } from './fields.js';

export interface MediaFieldHandlers {
  /** The step's media as now typed; `commit` marks the end of an edit (a `change`). */
  edit: (media: DraftMedia, commit?: boolean) => void;
  /** A text field's edit is complete. */
  commit: () => void;
}

const NO_MEDIA: DraftMedia = { src: '', type: 'image', alt: '' };

/**
 * A step's own picture or clip: its URL, kind and description, each with the routine's problem
 * at `steps[i].media.src` / `.type` / `.alt` beside it (the validator's rules, checked as the
 * person types). Closed until the step has some; empty URL and description mean no media.
 */
export function renderMediaField(view: ViewContext, step: DraftStep, index: number, on: MediaFieldHandlers): TemplateResult {
  const t = view.t.builder;
  const id = `s${step.key}-media`;
  const media = step.media ?? NO_MEDIA;
  const problemAt = (part: keyof DraftMedia) => problemText(view.problems, `steps[${index}].media.${part}`);
  const set = (patch: Partial<DraftMedia>, commit?: boolean) => on.edit({ ...media, ...patch }, commit);
  return html`<details class="media" ?open=${media.src !== '' || media.alt !== ''}>
    <summary>${t.media}</summary>
    <div class="media-fields">
      ${textField(
        { id: `${id}-src`, label: t.mediaSrc, hint: t.mediaSrcHint, problem: problemAt('src') },
        {
          name: 'media-src',
          value: media.src,
          maxLength: LIMITS.mediaSrc,
          placeholder: 'https://',
          onInput: (src) => set({ src }),
          onCommit: on.commit,
        },
      )}
      ${field(
        { id: `${id}-type`, label: t.mediaType, problem: problemAt('type') },
        (describedBy, invalid) =>
          html`<select
            id="${id}-type"
            name="media-type"
            aria-describedby=${describedBy || nothing}
            aria-invalid=${ifDefined(invalid ? 'true' : undefined)}
            @change=${(event: Event) => set({ type: (event.target as HTMLSelectElement).value as MediaType }, true)}
          >
            ${MEDIA_TYPES.map(
              (type) =>
                html`<option value=${type} ?selected=${media.type === type}>${type === 'image' ? t.mediaImage : t.mediaVideo}</option>`,
            )}
          </select>`,
      )}
      ${textField(
        { id: `${id}-alt`, label: t.mediaAlt, hint: t.mediaAltHint, problem: problemAt('alt') },
        { name: 'media-alt', value: media.alt, maxLength: LIMITS.mediaAlt, onInput: (alt) => set({ alt }), onCommit: on.commit },
      )}
    </div>
  </details>`;
}
