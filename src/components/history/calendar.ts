import { html, nothing, type TemplateResult } from 'lit';
import { calendarWeeks, dayLevel } from '../../core/history-stats.js';
import { formatDayMonth, formatLongDay, formatMonth, weekdayNames } from './dates.js';
import { sectionHeading, type HistoryViewContext } from './view.js';

/**
 * The calendar heat map: one column per week (Monday to Sunday), one cell per day, darker with
 * more sessions and showing their number. It is a table, so a screen reader reads each day with
 * its weekday, its week and its count ("Tuesday, 3 March 2026: 2 sessions"); it scrolls sideways
 * (and takes focus, so the keyboard can scroll it) when it is wider than the element.
 */
export function renderCalendar(context: HistoryViewContext, perDay: ReadonlyMap<string, number>, weeks: number, now: Date): TemplateResult {
  const { t, lang } = context;
  const columns = calendarWeeks(now, weeks);
  const title = t.history.calendarTitle(weeks);
  return html`<section part="calendar" class="calendar" aria-labelledby="calendar-title">
    ${sectionHeading(context, 'calendar-title', title)}
    <div class="calendar-scroll" role="group" aria-labelledby="calendar-title" tabindex="0">
      <table class="heat-map">
        <caption class="visually-hidden">
          ${title}
        </caption>
        <thead>
          <tr>
            <td></td>
            ${columns.map((week, i) => {
              // The month's short name over the first week that starts in it.
              const month = formatMonth(week.start, lang);
              const shown = i === 0 || month !== formatMonth(columns[i - 1].start, lang);
              return html`<th scope="col">
                <span aria-hidden="true">${shown ? month : ''}</span
                ><span class="visually-hidden">${t.history.weekOf(formatDayMonth(week.start, lang))}</span>
              </th>`;
            })}
          </tr>
        </thead>
        <tbody>
          ${Array.from({ length: 7 }, (_, weekday) => {
            const names = weekdayNames(columns[0].days[weekday].day, lang);
            return html`<tr>
              <th scope="row"><span aria-hidden="true">${names.short}</span><span class="visually-hidden">${names.long}</span></th>
              ${columns.map(({ days }) => {
                const { day, future } = days[weekday];
                if (future) return html`<td class="day future"></td>`;
                const count = perDay.get(day) ?? 0;
                return html`<td class="day level-${dayLevel(count)}" data-day=${day}>
                  <span class="visually-hidden">${t.history.dayCount(formatLongDay(day, lang), count)}</span>${
                    count ? html`<span class="count" aria-hidden="true">${count}</span>` : nothing
                  }
                </td>`;
              })}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    <p class="legend" aria-hidden="true">
      <span>${t.history.fewer}</span>
      ${[0, 1, 2, 3, 4].map((level) => html`<span class="swatch level-${level}"></span>`)}
      <span>${t.history.more}</span>
    </p>
  </section>`;
}
