import { html, type TemplateResult } from 'lit';
import type { ProgressStore } from '../../controllers/progress-store.js';
import type { SessionController } from '../../controllers/session.js';
import { ratingKey, ratingsList } from '../../core/progress.js';
import type { Routine } from '../../core/types.js';
import { renderOverview } from './overview.js';
import { renderPlayer } from './player.js';
import { renderSummary } from './summary.js';
import { heading, type RoutineViewContext } from './view-context.js';

/** The element's state that the views show. */
export interface SessionViewModel {
  /** The routine in the element's language. */
  routine: Routine;
  session: SessionController;
  store: ProgressStore;
  awaitingContinue: boolean;
  skippedCount: number;
  askFeedback: boolean;
  trackStreak: boolean;
  /** Rolls per minute of a step's exercise (0 for none). */
  paceOf(stepIndex: number): number;
}

/** What the person can do from the views. */
export interface SessionHandlers {
  primary: () => void;
  previous: () => void;
  next: () => void;
  restart: () => void;
  acceptResume: () => void;
}

/** The view for the session's state: the overview before, the player during, the summary after. */
export function renderSessionView(context: RoutineViewContext, model: SessionViewModel, on: SessionHandlers): TemplateResult {
  const { routine, session, store } = model;
  const { plan, state, position } = session;
  const streakDays = model.trackStreak ? store.streakDays : 0;
  if (state === 'idle') {
    const saved = store.resumeOffer;
    const at = saved && plan.segments.find((s) => saved.elapsed >= s.start && saved.elapsed < s.start + s.duration);
    const resume = saved && { stepNumber: (at?.stepIndex ?? 0) + 1, timeLeft: plan.total - saved.elapsed };
    return renderOverview(
      context,
      { routine, total: plan.total, streakDays, resume, showCheck: !store.checkDone },
      {
        start: on.primary,
        acknowledgeCheck: () => store.confirmSafetyCheck(),
        acceptResume: on.acceptResume,
        declineResume: () => store.declineResumeOffer(),
      },
    );
  }
  if (state === 'complete') {
    return renderSummary(
      context,
      {
        routine,
        streakDays,
        timeSpent: session.activeMs / 1000,
        skipped: model.skippedCount,
        feedback: ratingsList(store.ratings),
        previousRatings: store.previousRatings,
      },
      on,
    );
  }
  const segment = plan.segments[position.index];
  const header = html`<header part="header" class="header compact">${heading(context, routine.title)}</header>`;
  if (!segment) return header;
  const player = renderPlayer(
    context,
    {
      routine,
      state,
      position,
      segment,
      total: plan.total,
      pace: segment.kind === 'work' ? model.paceOf(segment.stepIndex) : 0,
      awaitingContinue: model.awaitingContinue,
      flashing: session.flashing,
      askFeedback: model.askFeedback,
      ratings: store.ratings,
      previousRatings: store.previousRatings,
    },
    { ...on, rate: (index, side, value) => store.rate(ratingKey(index, side), Number(value)) },
  );
  return html`${header}${player}`;
}
