import { html, type TemplateResult } from 'lit';
import type { RoutineDraft } from '../../core/routine-draft.js';
import { LIMITS } from '../../core/limits.js';
import { heading, numberField, problemText, textArea, textField, type ViewContext } from './fields.js';

/** The routine's own fields, without its steps. */
export type RoutineDetails = Omit<RoutineDraft, 'steps'>;

export interface DetailsPanelState extends ViewContext {
  details: RoutineDetails;
}

export interface DetailsPanelHandlers {
  /** `commit` marks the end of an edit (a `change`, not an `input`). */
  edit: (patch: Partial<RoutineDetails>, commit?: boolean) => void;
  /** A text field's edit is complete. */
  commit: () => void;
}

/** Title, description, rest between steps and the pause to switch sides. */
export function renderDetailsPanel(state: DetailsPanelState, handlers: DetailsPanelHandlers): TemplateResult {
  const { details, problems } = state;
  const t = state.t.builder;
  return html`<section part="details" class="details" aria-labelledby="details-title">
    <div id="details-title">${heading(t.detailsTitle, state.headingLevel, 1)}</div>
    <div class="details-grid">
      ${textField(
        { id: 'title', label: t.routineTitle, problem: problemText(problems, 'title') },
        { value: details.title, maxLength: LIMITS.title, onInput: (title) => handlers.edit({ title }), onCommit: handlers.commit },
      )}
      ${textArea(
        { id: 'description', label: t.description, problem: problemText(problems, 'description') },
        {
          value: details.description,
          rows: 2,
          maxLength: LIMITS.description,
          onInput: (description) => handlers.edit({ description }),
          onCommit: handlers.commit,
        },
      )}
      <div class="pair">
        ${numberField({ id: 'rest', label: t.rest, problem: problemText(problems, 'rest') }, details.rest, LIMITS.rest, (rest, commit) =>
          handlers.edit({ rest }, commit),
        )}
        ${numberField(
          { id: 'switch', label: t.switchPause, problem: problemText(problems, 'switchDuration') },
          details.switchDuration,
          LIMITS.switchDuration,
          (switchDuration, commit) => handlers.edit({ switchDuration }, commit),
        )}
      </div>
    </div>
  </section>`;
}
