import { html, nothing, type TemplateResult } from 'lit';
import { formatClock } from '../../core/duration.js';
import { ratingKey, type Ratings } from '../../core/progress.js';
import type { Routine } from '../../core/types.js';
import type { StepFeedback } from '../../events/routine-events.js';
import { renderSafetyNote } from '../shared/safety-note.js';
import { heading, type RoutineViewContext } from './view-context.js';

export interface SummaryState {
  routine: Routine;
  /** Seconds spent running, pauses excluded. */
  timeSpent: number;
  skipped: number;
  /** Days of the streak to show; 0 shows none. */
  streakDays: number;
  feedback: StepFeedback[];
  previousRatings: Ratings;
}

/** After the session: time spent, steps completed and skipped, streak, the ratings given, Restart. */
export function renderSummary(context: RoutineViewContext, view: SummaryState, on: { restart: () => void }): TemplateResult {
  const t = context.t.routine;
  const { routine, feedback, skipped } = view;
  return html`<section part="summary" class="summary phase-complete">
    ${heading(context, t.completeTitle)}
    <p class="chips">
      <span>${t.timeSpent(formatClock(view.timeSpent))}</span>
      <span>${t.completed(routine.steps.length - skipped)}</span>
      ${skipped ? html`<span>${t.skipped(skipped)}</span>` : nothing}
      ${view.streakDays > 0 ? html`<span class="streak">${t.streak(view.streakDays)}</span>` : nothing}
    </p>
    ${
      feedback.length
        ? html`<ul class="ratings">
              ${feedback.map((entry) => {
                const previous = view.previousRatings[ratingKey(entry.index, entry.side)];
                const side = context.sideName(entry.side);
                return html`<li>
                  ${routine.steps[entry.index]?.name}${side ? ` (${side.toLowerCase()})` : ''}:
                  ${entry.rating}/10${previous ? html` <span class="last-time">${t.lastTime(previous)}</span>` : nothing}
                </li>`;
              })}
            </ul>
            <p class="hint">${t.tenderSaved}</p>`
        : nothing
    }
    <div part="controls" class="controls">
      <button part="button button-primary" class="primary" type="button" aria-label=${t.restartName} @click=${on.restart}>
        ${t.restart}
      </button>
    </div>
    ${renderSafetyNote(context.t.exercise.safety, context.content)}
  </section>`;
}
