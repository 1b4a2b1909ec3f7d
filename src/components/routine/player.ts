import { html, nothing, type TemplateResult } from 'lit';
import type { CountdownState } from '../../controllers/countdown.js';
import { ratingKey, type Ratings } from '../../core/progress.js';
import { formatClock } from '../../core/duration.js';
import type { PlanPosition, Segment } from '../../core/segments.js';
import type { Routine, Side } from '../../core/types.js';
import { renderDial } from '../shared/dial.js';
import { renderStepMedia } from './step-media.js';
import { heading, renderStepDetails, renderStepIllustration, stepDuration, type RoutineViewContext } from './view-context.js';

export interface PlayerState {
  routine: Routine;
  state: CountdownState;
  position: PlanPosition;
  segment: Segment;
  /** Seconds of the whole session. */
  total: number;
  /** Rolls per minute of the step's exercise (0 for none). */
  pace: number;
  /** A `manual` session waits after a finished step for the person to continue. */
  awaitingContinue: boolean;
  flashing: string | null;
  askFeedback: boolean;
  ratings: Ratings;
  previousRatings: Ratings;
}

export interface PlayerHandlers {
  previous: () => void;
  primary: () => void;
  next: () => void;
  restart: () => void;
  rate: (stepIndex: number, side: Side, value: string) => void;
}

/** A step in progress: progress, the step's name and side, the ring, controls, how-to and what comes next. */
export function renderPlayer(context: RoutineViewContext, view: PlayerState, on: PlayerHandlers): TemplateResult {
  const t = context.t;
  const { routine, segment, position, state, awaitingContinue } = view;
  const step = routine.steps[segment.stepIndex];
  const nextStep = routine.steps[segment.stepIndex + 1];
  const kind = awaitingContinue ? 'rest' : segment.kind;
  const sideName = context.sideName(segment.side);
  const label = awaitingContinue
    ? t.routine.stepDone
    : kind === 'lead-in'
      ? t.timer.getReady
      : kind === 'switch'
        ? t.timer.switchSides
        : kind === 'rest'
          ? t.routine.rest
          : '';
  const phaseText = segment.kind === 'work' || segment.kind === 'switch' || segment.kind === 'lead-in' ? sideName : '';
  const primary = awaitingContinue ? t.routine.continue : state === 'running' ? t.routine.pause : t.routine.resume;
  const done = view.total - position.totalRemaining;
  // The picture beside the ring: the step's own media, or its catalog exercise's illustration,
  // mirrored for the side being worked (the coming side during a switch), moving with the session.
  const moving = state === 'running' && !awaitingContinue;
  const illustration = renderStepIllustration(context, step, {
    side: segment.kind === 'switch' ? 'right' : segment.side,
    moving: moving && segment.kind === 'work',
    className: 'picture',
  });
  const picture = step.media ? renderStepMedia(step.media, { playing: moving }) : illustration === nothing ? undefined : illustration;
  return html`<div class="player phase-${kind} ${view.flashing ? 'flash' : ''} ${state === 'paused' ? 'is-paused' : ''}">
    <div part="progress" class="progress">
      <span>${t.routine.stepOf(segment.stepIndex + 1, routine.steps.length)}</span>
      <span>${t.routine.timeLeft(formatClock(position.totalRemaining))}</span>
      <progress max=${Math.round(view.total)} value=${Math.round(done)} aria-label=${t.routine.progressName}></progress>
    </div>
    <div part="current" class="current">
      ${heading(context, step.name, 1, 'step-name')}
      ${sideName && segment.kind === 'work' ? html`<span class="side-badge">${sideName}</span>` : nothing}
    </div>
    <div class="stage ${picture ? 'with-picture' : ''}">
      ${picture ?? nothing}
      ${renderDial({
        label,
        seconds: awaitingContinue ? step.duration : position.segmentRemaining,
        phaseText: state === 'paused' && !awaitingContinue ? `${t.timer.paused}${phaseText ? ` · ${phaseText}` : ''}` : phaseText,
        pace: view.pace,
        pacing: state === 'running' && segment.kind === 'work',
        paceHint: t.timer.paceHint(view.pace),
      })}
      <div part="controls" class="controls">
        <button part="button" class="secondary" type="button" aria-label=${t.routine.previousName} @click=${on.previous}>
          ${t.routine.previous}
        </button>
        <button part="button button-primary" class="primary" type="button" @click=${on.primary}>${primary}</button>
        <button part="button" class="secondary" type="button" aria-label=${t.routine.nextName} @click=${on.next}>${t.routine.next}</button>
      </div>
      ${awaitingContinue ? html`<p class="hint">${t.routine.continueHint}</p>` : nothing}
    </div>
    ${view.askFeedback && segment.kind !== 'lead-in' ? renderFeedback(context, view, segment, on) : nothing}
    <details part="instructions" class="instructions" open>
      <summary>${t.routine.howTo}</summary>
      ${renderStepDetails(context, step)}
    </details>
    <p part="next" class="next">${nextStep ? t.routine.upNext(`${nextStep.name} · ${stepDuration(t, nextStep)}`) : t.routine.lastStep}</p>
    <div class="footer-controls">
      <button part="button" class="secondary small" type="button" aria-label=${t.routine.restartName} @click=${on.restart}>
        ${t.routine.restart}
      </button>
      <p class="shortcuts">${t.routine.shortcuts}</p>
    </div>
  </div>`;
}

/** "How tender was it?" for the side just worked (or being worked). */
function renderFeedback(context: RoutineViewContext, view: PlayerState, segment: Segment, on: PlayerHandlers): TemplateResult {
  const t = context.t.routine;
  const side: Side = segment.kind === 'switch' ? 'left' : segment.side;
  const key = ratingKey(segment.stepIndex, side);
  const current = view.ratings[key];
  const previous = view.previousRatings[key];
  const id = `tender-${key.replace(':', '-')}`;
  return html`<div part="feedback" class="feedback">
    <label for=${id}>${t.tenderQuestion(context.sideName(side).toLowerCase())}</label>
    <select
      id=${id}
      .value=${String(current ?? '')}
      @change=${(event: Event) => on.rate(segment.stepIndex, side, (event.target as HTMLSelectElement).value)}
    >
      <option value="">${t.tenderNone}</option>
      ${Array.from({ length: 10 }, (_, i) => html`<option value=${i + 1} ?selected=${current === i + 1}>${i + 1}</option>`)}
    </select>
    ${previous ? html`<span class="last-time">${t.lastTime(previous)}</span>` : nothing}
  </div>`;
}
