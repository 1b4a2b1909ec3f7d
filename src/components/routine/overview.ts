import { html, nothing, type TemplateResult } from 'lit';
import { getExercise } from '../../content/catalog-lookup.js';
import { localizedBeforeYouStart, localizeExercise } from '../../content/translated.js';
import { formatClock } from '../../core/duration.js';
import { formatList } from '../../core/format.js';
import { stepNeedsFloor } from '../../core/off-floor.js';
import type { Routine } from '../../core/types.js';
import { renderSafetyNote } from '../shared/safety-note.js';
import { heading, renderStepDetails, renderStillIllustration, stepDuration, type RoutineViewContext } from './view-context.js';

export interface OverviewState {
  routine: Routine;
  /** Seconds of the whole session. */
  total: number;
  /** Days of the streak to show; 0 shows none. */
  streakDays: number;
  /** A saved session to offer: where it stood and the time it had left. */
  resume: { stepNumber: number; timeLeft: number } | undefined;
  showCheck: boolean;
}

export interface OverviewHandlers {
  start: () => void;
  acknowledgeCheck: () => void;
  acceptResume: () => void;
  declineResume: () => void;
}

/** Whether a step is done on the floor: a floor exercise not following its off-the-floor steps (in English or in the shown words). */
function onFloor(context: RoutineViewContext, step: Routine['steps'][number]): boolean {
  const english = step.exercise ? getExercise(step.exercise) : undefined;
  const shown = english && localizeExercise(english, context.content).offFloor;
  return stepNeedsFloor(step, english, shown ? [shown.steps] : []);
}

/** Title, description, total time, step count and tools, whether steps are done on the floor, streak. */
export function renderHeader(context: RoutineViewContext, routine: Routine, total: number, streakDays: number): TemplateResult {
  const t = context.t;
  const tools = [...new Set(routine.steps.map((step) => step.tool).filter(Boolean))].map((tool) => t.exercise.tools[tool!] ?? tool);
  return html`<header part="header" class="header">
    ${heading(context, routine.title)} ${routine.description ? html`<p class="description">${routine.description}</p>` : nothing}
    <p class="chips">
      <span>${t.routine.total(formatClock(total))}</span>
      <span>${t.routine.stepCount(routine.steps.length)}</span>
      ${tools.length ? html`<span>${t.routine.youNeed(formatList(tools, context.lang))}</span>` : nothing}
      ${routine.steps.some((step) => onFloor(context, step)) ? html`<span class="floor">${t.routine.onFloor}</span>` : nothing}
      ${streakDays > 0 ? html`<span class="streak">${t.routine.streak(streakDays)}</span>` : nothing}
    </p>
  </header>`;
}

/** Before the session: what it holds, the "before you start" check, a saved session to resume, Start. */
export function renderOverview(context: RoutineViewContext, state: OverviewState, on: OverviewHandlers): TemplateResult {
  const t = context.t.routine;
  const { routine } = state;
  return html`${renderHeader(context, routine, state.total, state.streakDays)}
    ${state.resume ? renderResumeOffer(context, state.resume, routine.steps.length, on) : nothing}
    ${state.showCheck ? renderCheck(context, on) : nothing}
    <ol part="step-list" class="step-list">
      ${routine.steps.map(
        (step) =>
          html`<li part="step" class=${step.exercise ? 'with-thumb' : ''}>
            ${renderStillIllustration(context, step, 'step-thumb')}
            <details>
              <summary><span class="step-name">${step.name}</span><span class="step-time">${stepDuration(context.t, step)}</span></summary>
              <div class="step-body">${renderStepDetails(context, step)}</div>
            </details>
          </li>`,
      )}
    </ol>
    ${renderSafetyNote(context.t.exercise.safety, context.content)}
    <div part="controls" class="controls">
      <button part="button button-primary" class="primary" type="button" aria-label=${t.startName(routine.title)} @click=${on.start}>
        ${t.start}
      </button>
    </div>`;
}

function renderCheck(context: RoutineViewContext, on: OverviewHandlers): TemplateResult {
  const t = context.t.routine;
  return html`<section part="check" class="check" aria-labelledby="check-title">
    <div id="check-title" class="minor-title" role="heading" aria-level=${Math.min(6, context.headingLevel + 1)}>${t.beforeTitle}</div>
    <p>${t.beforeIntro}</p>
    <ul>
      ${localizedBeforeYouStart(context.content).map((item) => html`<li>${item.text}</li>`)}
    </ul>
    <p>${t.beforeIfNot}</p>
    <button part="button" class="secondary" type="button" @click=${on.acknowledgeCheck}>${t.beforeOk}</button>
  </section>`;
}

function renderResumeOffer(
  context: RoutineViewContext,
  resume: NonNullable<OverviewState['resume']>,
  stepCount: number,
  on: OverviewHandlers,
): TemplateResult {
  const t = context.t.routine;
  return html`<section part="resume" class="resume" role="group" aria-label=${t.resumeTitle}>
    <p>
      <strong>${t.resumeTitle}</strong>
      ${t.resumeDetail(resume.stepNumber, stepCount, formatClock(resume.timeLeft))}
    </p>
    <div class="controls">
      <button part="button" class="secondary" type="button" @click=${on.acceptResume}>${t.resumeYes}</button>
      <button part="button" class="secondary" type="button" @click=${on.declineResume}>${t.resumeNo}</button>
    </div>
  </section>`;
}
