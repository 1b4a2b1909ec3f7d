import { html, nothing, type TemplateResult } from 'lit';
import { formatClock } from '../../core/duration.js';
import type { HistorySession } from '../../core/history.js';
import { formatCount, formatSessionDate, formatTotalTime } from './dates.js';
import { sectionHeading, type HistoryViewContext } from './view.js';

/** The numbers at the top: sessions, total time, current and longest streak. */
export interface OverviewState {
  sessions: number;
  seconds: number;
  current: number;
  longest: number;
}

export function renderOverview(context: HistoryViewContext, view: OverviewState): TemplateResult {
  const t = context.t.history;
  const stat = (label: string, value: string, name: string) =>
    html`<div class="stat" data-stat=${name}>
      <dt>${label}</dt>
      <dd>${value}</dd>
    </div>`;
  return html`<section part="overview" class="overview" aria-labelledby="overview-title">
    <div id="overview-title" class="visually-hidden">${t.overview}</div>
    <dl class="stats">
      ${stat(t.sessions, formatCount(view.sessions, context.lang), 'sessions')}
      ${stat(t.totalTime, formatTotalTime(view.seconds, context.lang), 'total-time')}
      ${stat(t.currentStreak, t.days(view.current), 'current-streak')} ${stat(t.longestStreak, t.days(view.longest), 'longest-streak')}
    </dl>
  </section>`;
}

/**
 * The most recent sessions, newest first: when, which routine, time spent, steps completed and
 * skipped, and whether it was stopped early. `shown` of them, with "Show more" for the rest.
 */
export function renderSessionList(
  context: HistoryViewContext,
  newestFirst: readonly HistorySession[],
  shown: number,
  showMore: () => void,
): TemplateResult {
  const t = context.t.history;
  return html`<section part="sessions" class="sessions" aria-labelledby="sessions-title">
    ${sectionHeading(context, 'sessions-title', t.recentTitle)}
    <ol class="session-list">
      ${newestFirst.slice(0, shown).map(
        (session, i) =>
          html`<li part="session" class="session" data-index=${i} tabindex="-1">
            <span class="session-title">${session.title}</span>
            <time datetime=${session.date}>${formatSessionDate(session.date, context.lang)}</time>
            <span class="chips">
              <span>${t.timeSpent(formatClock(session.seconds))}</span>
              <span>${t.completed(session.completed)}</span>
              ${session.skipped ? html`<span>${t.skipped(session.skipped)}</span>` : nothing}
              ${session.status === 'stopped' ? html`<span class="stopped">${t.stopped}</span>` : nothing}
            </span>
          </li>`,
      )}
    </ol>
    ${
      newestFirst.length > shown
        ? html`<button part="button" class="secondary more" type="button" @click=${showMore}>${t.showMore}</button>`
        : nothing
    }
  </section>`;
}
