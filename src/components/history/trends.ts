import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Trend } from '../../core/history-stats.js';
import { formatShortDate } from './dates.js';
import { sectionHeading, type HistoryViewContext } from './view.js';

const WIDTH = 240;
const HEIGHT = 72;
const PAD = 8;

/** Where a rating (1–10) sits on the chart: 10 at the top. */
const yOf = (rating: number): number => PAD + ((10 - rating) / 9) * (HEIGHT - 2 * PAD);

/** The chart of one trend: a line through the ratings, oldest at the left, with guides at 1 and 10. */
function chart(trend: Trend, labelledBy: string): TemplateResult {
  const { points } = trend;
  const step = points.length > 1 ? (WIDTH - 2 * PAD) / (points.length - 1) : 0;
  const xy = points.map((point, i) => [points.length > 1 ? PAD + i * step : WIDTH / 2, yOf(point.rating)] as const);
  return html`<svg part="chart" class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby=${labelledBy}>
    ${svg`<line class="guide" x1=${PAD} x2=${WIDTH - PAD} y1=${yOf(10)} y2=${yOf(10)}></line>
      <line class="guide" x1=${PAD} x2=${WIDTH - PAD} y1=${yOf(1)} y2=${yOf(1)}></line>
      ${xy.length > 1 ? svg`<polyline class="line" points=${xy.map(([x, y]) => `${x},${y}`).join(' ')}></polyline>` : nothing}
      ${xy.map(([x, y]) => svg`<circle class="dot" cx=${x} cy=${y} r="3.5"></circle>`)}`}
  </svg>`;
}

/**
 * Tenderness over time for each exercise and side: a small chart, a one-line summary, and the
 * numbers as a table (the accessible alternative, behind "Show the numbers").
 */
export function renderTrends(
  context: HistoryViewContext,
  trends: readonly Trend[],
  sideName: (side: 'left' | 'right') => string,
): TemplateResult {
  const t = context.t.history;
  return html`<section part="trends" class="trends" aria-labelledby="trends-title">
    ${sectionHeading(context, 'trends-title', t.trendsTitle)}
    ${
      trends.length === 0
        ? html`<p class="hint">${t.noRatings}</p>`
        : html`<p class="hint">${t.trendsHint}</p>
            <ul class="trend-list">
              ${trends.map((trend, i) => {
                const name = t.trendName(trend.name, trend.side ? sideName(trend.side).toLowerCase() : '');
                const first = trend.points[0].rating;
                const last = trend.points[trend.points.length - 1].rating;
                return html`<li part="trend" class="trend">
                  <div class="trend-name" id="trend-${i}">${name}</div>
                  ${chart(trend, `trend-${i} trend-${i}-summary`)}
                  <p class="trend-summary" id="trend-${i}-summary">${t.trendSummary(trend.points.length, first, last)}</p>
                  <details>
                    <summary>${t.showNumbers}</summary>
                    <table class="numbers">
                      <caption class="visually-hidden">
                        ${name}
                      </caption>
                      <thead>
                        <tr>
                          <th scope="col">${t.dateColumn}</th>
                          <th scope="col">${t.ratingColumn}</th>
                        </tr>
                      </thead>
                      <tbody>
                        ${trend.points.map(
                          (point) =>
                            html`<tr>
                              <td>${formatShortDate(point.date, context.lang)}</td>
                              <td>${point.rating}</td>
                            </tr>`,
                        )}
                      </tbody>
                    </table>
                  </details>
                </li>`;
              })}
            </ul>`
    }
  </section>`;
}
