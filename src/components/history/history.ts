import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { clearHistory, HistoryController, importSessions } from '../../controllers/history-store.js';
import { registerEnglish } from '../../controllers/translation-registry.js';
import { historyJson, type HistorySession } from '../../core/history.js';
import { historyCsv } from '../../core/history-csv.js';
import { parseHistoryJson } from '../../core/history-import.js';
import { readHistoryWeeks, sessionsPerDay, streaks, tendernessTrends } from '../../core/history-stats.js';
import { DEFAULT_HISTORY_WEEKS, HISTORY_LIMITS } from '../../core/limits.js';
import { calendarDay } from '../../core/progress.js';
import type { ValidationError } from '../../core/types.js';
import { emit } from '../../events/emit.js';
import '../../events/history-events.js';
import { buttonStyles } from '../../styles/buttons.js';
import { surfaceStyles } from '../../styles/surface.js';
import { tokens } from '../../styles/tokens.js';
import { strings as historyStrings } from '../../translations/en/history.js';
import { customElement, headingLevel, reflectAsText, SmrElement } from '../shared/smr-element.js';
import { renderCalendar } from './calendar.js';
import { renderDataPanel, type DataPanelHandlers } from './data-panel.js';
import { downloadText } from '../shared/download.js';
import { renderOverview, renderSessionList } from './sessions.js';
import { renderTrends } from './trends.js';
import { renderProblems, titleHeading, type HistoryViewContext } from './view.js';
import styles from './history.styles.js';

registerEnglish(historyStrings);

/** Sessions the list shows at first, and how many more each "Show more" adds. */
const LIST_PAGE = 10;

/**
 * The person's own sessions, kept on their device by `<smr-routine>`: a list of recent sessions,
 * a calendar of sessions per day, the current and longest streak, the total time, and a
 * tenderness trend for each exercise and side rated. Export as CSV or JSON, import JSON (merged
 * without duplicates), clear (asked first). Nothing is ever sent anywhere: no network request.
 *
 * It updates by itself when a routine on the same page finishes, or another tab changes the log.
 * With `routine-id`, everything (numbers, exports, clear) is about that routine's sessions.
 *
 * @summary A person's session history: calendar, streaks, tenderness trends, export and import.
 *
 * @event {SmrHistoryChangeEvent} smr-history-change - An import or a clear changed the log: `detail.sessions`, the number of sessions the element shows now.
 * @event {SmrErrorEvent} smr-error - `weeks` is not a whole number from 1 to 104 (12 is used), or an imported file was refused: `detail.errors`, field by field.
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The title.
 * @csspart empty - The message shown while there are no sessions.
 * @csspart overview - Sessions, total time and streaks.
 * @csspart calendar - The calendar of sessions per day.
 * @csspart sessions - The list of recent sessions.
 * @csspart session - One session of the list.
 * @csspart trends - The tenderness trends.
 * @csspart trend - One exercise and side: its chart, summary and numbers.
 * @csspart chart - A trend's SVG chart.
 * @csspart data - Export, import and clear.
 * @csspart actions - The row of buttons.
 * @csspart button - Every button (and the Import JSON file picker).
 * @csspart confirm - The "are you sure?" of Clear history.
 * @csspart status - What the last export, import or clear did.
 * @csspart error - An invalid `weeks`, or why an imported file was refused.
 *
 * @cssproperty --smr-accent - Primary colour: busy days, the trend lines.
 * @cssproperty --smr-accent-contrast - Text on the accent colour.
 * @cssproperty --smr-surface - Background.
 * @cssproperty --smr-surface-raised - Background of panels and empty days.
 * @cssproperty --smr-border - Borders.
 * @cssproperty --smr-text - Body text.
 * @cssproperty --smr-text-muted - Secondary text.
 * @cssproperty --smr-danger - Colour of errors and of Clear history.
 * @cssproperty --smr-radius - Corner radius.
 * @cssproperty --smr-space - Spacing unit.
 * @cssproperty --smr-font-family - Font (inherits the page's by default).
 */
@customElement('smr-history')
export class SmrHistory extends SmrElement {
  static override styles = [tokens, surfaceStyles, buttonStyles, styles];

  /** Weeks the calendar shows (1–104, default 12). */
  @property() weeks: number | string = DEFAULT_HISTORY_WEEKS;

  /** Shows only the sessions of this routine (its `id`); empty for all. */
  @property({ attribute: 'routine-id', reflect: true, converter: reflectAsText }) routineId = '';

  /** Heading level of the title (2–6, default 2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** `light` or `dark` forces a colour scheme. */
  @property({ reflect: true, converter: reflectAsText }) theme?: 'light' | 'dark';

  @state() private listed = LIST_PAGE;
  @state() private confirming = false;
  @state() private status = '';

  readonly #log = new HistoryController(this);
  #weeks = DEFAULT_HISTORY_WEEKS;
  #weeksErrors: ValidationError[] = [];
  #importErrors: ValidationError[] = [];
  /** Something to focus once the next render is done. */
  #focusNext = '';
  #scrollCalendar = true;

  /** The sessions shown (all, or those of `routine-id`), oldest first. */
  get sessions(): readonly HistorySession[] {
    const id = this.routineId;
    return id ? this.#log.sessions.filter((session) => session.routineId === id) : this.#log.sessions;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('weeks')) {
      const { weeks, errors } = readHistoryWeeks(this.weeks);
      this.#weeks = weeks;
      this.#weeksErrors = errors;
      this.#scrollCalendar = true;
      this.#report();
    }
    if (changed.has('routineId')) this.listed = LIST_PAGE;
    if (this.confirming && this.sessions.length === 0) this.confirming = false;
  }

  protected override updated(): void {
    if (this.#scrollCalendar) {
      const scroller = this.renderRoot.querySelector<HTMLElement>('.calendar-scroll');
      // The latest weeks are at the end: show them first when the calendar is wider than the element.
      if (scroller) {
        this.#scrollCalendar = false;
        scroller.scrollLeft = getComputedStyle(scroller).direction === 'rtl' ? -scroller.scrollWidth : scroller.scrollWidth;
      }
    }
    if (this.#focusNext) {
      this.renderRoot.querySelector<HTMLElement>(this.#focusNext)?.focus();
      this.#focusNext = '';
    }
  }

  /** The sessions shown as JSON (the file Export JSON downloads and Import JSON reads). */
  exportJson(): string {
    return historyJson(this.sessions);
  }

  /** The sessions shown as CSV, one row per session (the file Export CSV downloads, without its byte-order mark). */
  exportCsv(): string {
    return historyCsv(this.sessions);
  }

  #report(): void {
    this.reportErrors([...this.#weeksErrors, ...this.#importErrors]);
  }

  #fileName(extension: string): string {
    return `smr-history-${this.routineId ? `${this.routineId}-` : ''}${calendarDay(new Date())}.${extension}`;
  }

  #importFailed(errors: ValidationError[]): void {
    this.#importErrors = errors;
    this.status = '';
    this.#report();
    this.#focusNext = '#import-errors';
    this.requestUpdate();
  }

  #changed(status: string): void {
    this.#importErrors = [];
    this.#report();
    this.status = status;
    emit(this, 'smr-history-change', { sessions: this.sessions.length });
  }

  readonly #handlers: DataPanelHandlers = {
    exportCsv: () => {
      const file = this.#fileName('csv');
      // The byte-order mark lets spreadsheet programs read the file as UTF-8.
      downloadText(file, `\uFEFF${this.exportCsv()}`, 'text/csv;charset=utf-8');
      this.status = this.localize.t.history.exported(file);
    },
    exportJson: () => {
      const file = this.#fileName('json');
      downloadText(file, this.exportJson(), 'application/json');
      this.status = this.localize.t.history.exported(file);
    },
    importFile: async (file) => {
      const t = this.localize.t.history;
      if (file.size > HISTORY_LIMITS.importBytes) return this.#importFailed([{ path: '', message: t.fileTooLarge(file.name) }]);
      let text: string;
      try {
        text = await file.text();
      } catch (error) {
        return this.#importFailed([{ path: '', message: String((error as Error)?.message ?? error) }]);
      }
      const { sessions, errors } = parseHistoryJson(text);
      if (errors.length > 0) return this.#importFailed(errors);
      const added = importSessions(sessions);
      if (added === undefined) return this.#importFailed([{ path: '', message: t.storageFailed }]);
      this.#changed(t.imported(added));
    },
    askClear: () => {
      this.confirming = true;
      this.#focusNext = '.confirm-no';
    },
    cancelClear: () => {
      this.confirming = false;
      this.#focusNext = '.clear';
    },
    clear: () => {
      const id = this.routineId;
      const cleared = clearHistory(id ? (session) => session.routineId === id : undefined);
      this.confirming = false;
      this.#focusNext = '.status';
      if (cleared) this.#changed(this.localize.t.history.cleared);
      else this.status = this.localize.t.history.storageFailed;
    },
  };

  #showMore = (): void => {
    const first = this.listed;
    this.listed += LIST_PAGE * 2;
    this.#focusNext = `.session[data-index="${first}"]`;
  };

  /** "Left" or "Right" in the element's language. */
  #side = (side: 'left' | 'right'): string => this.sideName(side);

  override render() {
    const t = this.localize.t;
    const context: HistoryViewContext = {
      t,
      lang: this.localize.lang,
      headingLevel: headingLevel(this.headingLevel, 2),
      errorText: (error) => this.errorText(error),
    };
    const sessions = this.sessions;
    const now = new Date();
    const perDay = sessionsPerDay(sessions);
    const { current, longest } = streaks(perDay, now);
    const seconds = sessions.reduce((sum, session) => sum + session.seconds, 0);
    const data = { count: sessions.length, confirming: this.confirming, status: this.status, importErrors: this.#importErrors };
    return html`<div part="base" class="surface">
      <div class="header">
        ${titleHeading(context, t.history.title)}
        <p class="privacy">${t.history.privacy}</p>
      </div>
      ${renderProblems(context, t.errors.partial, this.#weeksErrors, 'weeks-errors')}
      ${
        sessions.length === 0
          ? html`<p part="empty" class="empty">${this.routineId ? t.history.emptyRoutine : t.history.empty}</p>`
          : html`${renderOverview(context, { sessions: sessions.length, seconds, current, longest })}
            ${renderCalendar(context, perDay, this.#weeks, now)}
            ${renderSessionList(context, [...sessions].reverse(), this.listed, this.#showMore)}
            ${renderTrends(context, tendernessTrends(sessions), this.#side)}`
      }
      ${renderDataPanel(context, data, this.#handlers)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'smr-history': SmrHistory;
  }
}
