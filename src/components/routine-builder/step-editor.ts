import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { DropTarget } from '../../controllers/reorder.js';
import { formatClock } from '../../core/duration.js';
import type { DraftStep } from '../../core/routine-draft.js';
import { TOOLS, type Sides, type Tool } from '../../core/types.js';
import { LIMITS } from '../../core/limits.js';
import { field, heading, numberField, problemText, textArea, textField, type ViewContext } from './fields.js';
import { renderMediaField } from './media-field.js';
import { catalogExercise, stepName } from './localized-catalog.js';

export interface StepListState extends ViewContext {
  steps: readonly DraftStep[];
  /** Seconds the routine plays, lead-in included; 0 while it is not valid. */
  total: number;
  /** The announcement of the last removal or load, while it can still be undone. */
  undoMessage: string | undefined;
  dropTarget: DropTarget | undefined;
}

export interface StepListHandlers {
  /** `commit` marks the end of an edit (a `change`, not an `input`). */
  edit: (key: number, patch: Partial<DraftStep>, commit?: boolean) => void;
  /** A text field's edit is complete. */
  commit: () => void;
  /** The move buttons; focus stays on the button pressed. */
  move: (from: number, to: number, focus: 'up' | 'down') => void;
  remove: (index: number) => void;
  undo: () => void;
  addCustom: () => void;
}

/**
 * Problems that some field shows next to itself; the list under the steps shows the rest
 * (e.g. `steps[3].exercise` from a loaded routine).
 */
const SHOWN_BY_A_FIELD =
  /^(title|description|rest|switchDuration|steps|steps\[\d+\]\.(name|duration|sides|tool|instructions|media\.(src|type|alt)))$/;

/** The steps of the routine: total, undo, each step's editor, problems no field shows, "add custom step". */
export function renderStepList(state: StepListState, handlers: StepListHandlers): TemplateResult {
  const { steps } = state;
  const t = state.t.builder;
  const other = state.problems.filter((problem) => !SHOWN_BY_A_FIELD.test(problem.path));
  return html`<section part="steps" class="steps" aria-labelledby="steps-title">
    <div class="steps-head">
      <div id="steps-title">${heading(t.stepsTitle, state.headingLevel, 1)}</div>
      <p part="total" class="total">
        ${state.total > 0 ? html`<strong>${t.total(formatClock(state.total))}</strong> <span>${t.totalDetail}</span>` : nothing}
      </p>
    </div>
    ${
      state.undoMessage
        ? html`<p class="undo">
            <span>${state.undoMessage}</span>
            <button part="button" class="secondary" type="button" @click=${handlers.undo}>${t.undo}</button>
          </p>`
        : nothing
    }
    ${
      steps.length === 0
        ? html`<p class="empty">${t.empty}</p>`
        : html`<p class="hint" id="reorder-hint">${t.reorderHint}</p>
            <ol class="step-list" data-reorder-list>
              ${repeat(
                steps,
                (step) => step.key,
                (step, index) => renderStep(state, handlers, step, index),
              )}
            </ol>`
    }
    ${
      other.length > 0
        ? html`<ul class="problems">
            ${other.map((problem) => html`<li><code>${problem.path}</code>: ${problem.text}</li>`)}
          </ul>`
        : nothing
    }
    <button
      part="button"
      class="secondary add-custom"
      type="button"
      ?disabled=${steps.length >= LIMITS.steps.max}
      @click=${handlers.addCustom}
    >
      ${t.addCustom}
    </button>
  </section>`;
}

/** One step: its handle (marked for `ReorderController`), name, move and remove buttons, and fields. */
function renderStep(state: StepListState, handlers: StepListHandlers, step: DraftStep, index: number): TemplateResult {
  const t = state.t.builder;
  const toolNames = state.t.exercise.tools;
  const count = state.steps.length;
  const exercise = step.exercise ? catalogExercise(step.exercise, state.content) : undefined;
  const name = stepName(step, state.content, t.customName);
  const id = `s${step.key}`;
  const path = `steps[${index}]`;
  const problemAt = (fieldName: string) => problemText(state.problems, `${path}.${fieldName}`);
  const edit = (patch: Partial<DraftStep>, commit?: boolean) => handlers.edit(step.key, patch, commit);
  // A catalog step's first option is its default tool; choosing it writes no `tool`.
  const defaultTool = exercise?.tools[0];
  const otherTools: readonly Tool[] = exercise ? exercise.tools.slice(1) : TOOLS;
  const drop = state.dropTarget?.index === index ? (state.dropTarget.after ? 'drop-after' : 'drop-before') : '';
  return html`<li part="step" class="step ${drop}" data-key=${step.key} data-reorder-item=${index}>
    <div class="step-head">
      <button
        part="button handle"
        class="handle"
        type="button"
        draggable="true"
        data-action="handle"
        data-reorder-handle
        aria-label=${t.handle(name, index + 1, count)}
        aria-describedby="reorder-hint"
      >
        <svg viewBox="0 0 12 20" width="12" height="20" aria-hidden="true">
          <circle cx="3" cy="4" r="1.6" />
          <circle cx="9" cy="4" r="1.6" />
          <circle cx="3" cy="10" r="1.6" />
          <circle cx="9" cy="10" r="1.6" />
          <circle cx="3" cy="16" r="1.6" />
          <circle cx="9" cy="16" r="1.6" />
        </svg>
      </button>
      <span class="step-title" id="${id}-name"><span class="step-number">${index + 1}.</span> ${name}</span>
      ${exercise ? nothing : html`<span class="tag">${t.custom}</span>`}
      <span class="step-actions">
        ${iconButton('up', '↑', t.moveUp(name), index === 0, () => handlers.move(index, index - 1, 'up'))}
        ${iconButton('down', '↓', t.moveDown(name), index === count - 1, () => handlers.move(index, index + 1, 'down'))}
        ${iconButton('remove', '✕', t.remove(name), false, () => handlers.remove(index))}
      </span>
    </div>
    <div class="step-fields">
      ${textField(
        { id: `${id}-name-field`, label: t.name, problem: problemAt('name') },
        {
          name: 'name',
          value: step.name,
          maxLength: LIMITS.name,
          placeholder: exercise?.name,
          onInput: (name) => edit({ name }),
          onCommit: handlers.commit,
        },
      )}
      ${numberField(
        { id: `${id}-duration`, label: step.sides === 'both' ? t.secondsPerSide : t.seconds, problem: problemAt('duration') },
        step.duration,
        LIMITS.stepDuration,
        (duration, commit) => edit({ duration }, commit),
      )}
      ${field(
        { id: `${id}-sides`, label: t.sides, problem: problemAt('sides') },
        () =>
          html`<select
            id="${id}-sides"
            @change=${(event: Event) => edit({ sides: (event.target as HTMLSelectElement).value as Sides }, true)}
          >
            <option value="both" ?selected=${step.sides === 'both'}>${t.sidesBoth}</option>
            <option value="none" ?selected=${step.sides === 'none'}>${t.sidesNone}</option>
          </select>`,
      )}
      ${field(
        { id: `${id}-tool`, label: t.tool, problem: problemAt('tool') },
        () =>
          html`<select
            id="${id}-tool"
            @change=${(event: Event) => edit({ tool: (event.target as HTMLSelectElement).value as Tool | '' }, true)}
          >
            <option value="" ?selected=${step.tool === '' || step.tool === defaultTool}>
              ${defaultTool ? (toolNames[defaultTool] ?? defaultTool) : t.noTool}
            </option>
            ${otherTools.map((tool) => html`<option value=${tool} ?selected=${step.tool === tool}>${toolNames[tool] ?? tool}</option>`)}
          </select>`,
      )}
    </div>
    <details class="instructions" ?open=${!exercise}>
      <summary>${t.instructions}</summary>
      ${textArea(
        {
          id: `${id}-instructions`,
          label: t.instructions,
          problem: problemAt('instructions'),
          hint: exercise ? t.catalogInstructionsHint : t.instructionsHint,
        },
        {
          value: step.instructions,
          rows: 3,
          placeholder: exercise?.steps.join('\n'),
          onInput: (instructions) => edit({ instructions }),
          onCommit: handlers.commit,
        },
      )}
      ${step.cautions ? html`<p class="hint">${t.cautionsKept(step.cautions.length)}</p>` : nothing}
    </details>
    ${renderMediaField(state, step, index, { edit: (media, commit) => edit({ media }, commit), commit: handlers.commit })}
  </li>`;
}

/** A step's small action button: a symbol shown, its action named for screen readers and as a tooltip. */
function iconButton(
  action: 'up' | 'down' | 'remove',
  symbol: string,
  label: string,
  disabled: boolean,
  onClick: () => void,
): TemplateResult {
  return html`<button
    part="button"
    class="icon ${action}"
    type="button"
    data-action=${action}
    aria-label=${label}
    title=${label}
    ?disabled=${disabled}
    @click=${onClick}
  >
    ${symbol}
  </button>`;
}
