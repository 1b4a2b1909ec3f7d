import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/history/history.js';
import '../../src/components/routine/routine.js';
import type { SmrHistory } from '../../src/components/history/history.js';
import type { SmrRoutine } from '../../src/components/routine/routine.js';
import { registerTranslation } from '../../src/controllers/translation-registry.js';
import { HISTORY_FORMAT, type HistorySession } from '../../src/core/history.js';
import type { RoutineInput } from '../../src/core/types.js';
import { de } from '../../src/translations/de.js';
import { es } from '../../src/translations/es.js';
import { chromiumOnly, supports } from '../support/engines.js';
import { captureDownloads } from '../support/clipboard.js';
import { manifestElements, recordEvents, shadowText } from '../support/helpers.js';
import { mountRoutine, routineSuiteHooks, SHORT } from '../support/routine-host.js';

const KEY = 'smr-elements:history:v1';

/** The shared short routine, its first step the catalog's calves (ratings name the exercise). */
const CALVES_SHORT: RoutineInput = { ...SHORT, steps: [{ ...SHORT.steps[0], exercise: 'calves' }, SHORT.steps[1]] };

/** Wednesday 11 March 2026, noon, local time. */
const NOW = new Date(2026, 2, 11, 12);

function at(day: string, hour: number, patch: Partial<HistorySession> = {}): HistorySession {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(y, m - 1, d, hour).toISOString();
  const routineId = patch.routineId ?? 'lower-leg';
  return {
    id: `${routineId}@${date}`,
    date,
    routineId,
    title: 'Lower leg and foot',
    seconds: 300,
    steps: 3,
    completed: 3,
    skipped: 0,
    status: 'completed',
    ratings: [],
    ...patch,
  };
}

const calves = (left: number, right: number) => [
  { step: 1, exercise: 'calves', name: 'Calves', side: 'left' as const, rating: left },
  { step: 1, exercise: 'calves', name: 'Calves', side: 'right' as const, rating: right },
];
const neck = { routineId: 'neck-relief', title: 'Neck relief', seconds: 240 };

/** Twelve sessions: a 4-day run in February, today's 3-day streak, two sessions on 10 and 11 March. */
const SEEDED: HistorySession[] = [
  at('2026-02-20', 8, { ratings: calves(7, 6) }),
  at('2026-02-21', 8, { ratings: calves(6, 6) }),
  at('2026-02-22', 8, { ratings: calves(6, 5) }),
  at('2026-02-23', 8, { ...neck, status: 'stopped', completed: 1 }),
  at('2026-03-01', 9, { ratings: calves(5, 5) }),
  at('2026-03-04', 18, neck),
  at('2026-03-05', 18, neck),
  at('2026-03-09', 7, { ratings: calves(5, 4) }),
  at('2026-03-10', 7, { ratings: calves(4, 4), completed: 2, skipped: 1, seconds: 185 }),
  at('2026-03-10', 19, neck),
  at('2026-03-11', 7, { ratings: calves(3, 3) }),
  at('2026-03-11', 9, { routineId: 'mine', title: '=SUM(1,2) "mine"', seconds: 61, steps: 2, completed: 2 }),
];

function seed(sessions: readonly unknown[] = SEEDED): void {
  localStorage.setItem(KEY, JSON.stringify({ format: HISTORY_FORMAT, version: 1, sessions }));
}

function logged(): HistorySession[] {
  const raw = localStorage.getItem(KEY);
  return raw ? (JSON.parse(raw) as { sessions: HistorySession[] }).sessions : [];
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const button = (el: Element, className: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`button.${className}`)!;
const stat = (el: Element, name: string) => shadowText(el, `[data-stat="${name}"] dd`);

async function history(attributes = ''): Promise<SmrHistory> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  // Attributes given as text, the way a page writes them.
  host.innerHTML = `<smr-history ${attributes}></smr-history>`;
  const el = host.querySelector('smr-history')!;
  await el.updateComplete;
  return el;
}

/** What the last import said: its status or its errors. */
const outcome = (el: SmrHistory) => `${shadowText(el, '[part="status"]')}|${shadowText(el, '[part="data"] [part="error"]')}`;

/** Chooses a file in the Import JSON picker, as a person does, and waits for the element. */
async function importFile(el: SmrHistory, text: string, name = 'history.json'): Promise<void> {
  const picker = el.shadowRoot!.querySelector<HTMLInputElement>('input.import')!;
  const files = new DataTransfer();
  files.items.add(new File([text], name, { type: 'application/json' }));
  picker.files = files.files;
  const before = outcome(el);
  picker.dispatchEvent(new Event('change', { bubbles: true }));
  // Reading the file takes a task or two.
  for (let i = 0; i < 50 && outcome(el) === before; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await el.updateComplete;
  }
}

/**
 * Storage that throws on every access, as privacy settings and sandboxed iframes make it: the
 * `localStorage` getter throws, and so does every method of `Storage` (WebKit's JIT can keep
 * reading the original global in code that ran often, as with `performance.now` in helpers.ts).
 */
function disableStorage(): { restore(): void } {
  const denied = () => new DOMException('denied', 'SecurityError');
  const stubs = [
    sinon.stub(window, 'localStorage').get(() => {
      throw denied();
    }),
    ...(['getItem', 'setItem', 'removeItem', 'clear', 'key'] as const).map((name) => sinon.stub(Storage.prototype, name).throws(denied())),
  ];
  return { restore: () => stubs.forEach((stub) => stub.restore()) };
}

async function playShort(attributes: { askFeedback?: boolean; noPersist?: boolean } = {}): Promise<SmrRoutine> {
  const el = await mountRoutine(
    html`<smr-routine lead-in="0" ?ask-feedback=${attributes.askFeedback} ?no-persist=${attributes.noPersist}></smr-routine>`,
    { input: CALVES_SHORT },
  );
  el.start();
  await el.updateComplete;
  return el;
}

describe('<smr-history>', function () {
  // axe over a filled history takes a few seconds in WebKit.
  this.timeout(30_000);
  let clock: sinon.SinonFakeTimers | undefined;
  const suite = routineSuiteHooks();

  describe('the session log <smr-routine> keeps', () => {
    it('logs a completed session: when, the routine, time spent, steps, and the ratings given', async () => {
      clock = suite.fakeClock();
      const startedAt = Date.now();
      const el = await playShort({ askFeedback: true });
      const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[part="feedback"] select')!;
      select.value = '6';
      select.dispatchEvent(new Event('change'));
      clock.tick(48_000);
      expect(el.state).to.equal('complete');
      expect(logged()).to.deep.equal([
        {
          id: `short@${startedAt}`,
          date: new Date(startedAt).toISOString(),
          routineId: 'short',
          title: 'Short',
          seconds: 48,
          steps: 2,
          completed: 2,
          skipped: 0,
          status: 'completed',
          ratings: [{ step: 0, exercise: 'calves', name: 'A', side: 'left', rating: 6 }],
        },
      ]);
    });

    it('leaves ratings out without ask-feedback, and counts skipped steps', async () => {
      clock = suite.fakeClock();
      const el = await playShort();
      clock.tick(30_000);
      el.next(); // B skipped: the session ends
      expect(el.state).to.equal('complete');
      expect(logged().map(({ status, completed, skipped, ratings }) => ({ status, completed, skipped, ratings }))).to.deep.equal([
        { status: 'completed', completed: 1, skipped: 1, ratings: [] },
      ]);
    });

    it('logs a session stopped after one step (restart, or the element removed), and not one stopped before', async () => {
      clock = suite.fakeClock();
      const el = await playShort();
      clock.tick(5000);
      el.restart(); // nothing done yet
      expect(logged()).to.deep.equal([]);
      clock.tick(30_000); // A done, B running
      el.restart();
      expect(logged().map(({ status, completed, skipped, seconds }) => ({ status, completed, skipped, seconds }))).to.deep.equal([
        { status: 'stopped', completed: 1, skipped: 0, seconds: 30 },
      ]);
      clock.tick(1000);
      el.remove(); // the new session has done nothing
      expect(logged()).to.have.length(1);

      const other = await playShort();
      clock.tick(24_000);
      other.pause();
      other.remove();
      expect(logged().map((session) => session.status)).to.deep.equal(['stopped', 'stopped']);
    });

    it('a session stopped, resumed after a reload and completed is one entry', async () => {
      clock = suite.fakeClock();
      const first = await playShort();
      clock.tick(30_000);
      first.remove();
      expect(logged().map((session) => session.status)).to.deep.equal(['stopped']);
      const second = await fixture<SmrRoutine>(html`<smr-routine lead-in="0"></smr-routine>`);
      second.routine = CALVES_SHORT;
      await second.updateComplete;
      second.shadowRoot!.querySelector<HTMLButtonElement>('[part="resume"] button')!.click();
      await second.updateComplete;
      second.resume();
      clock.tick(18_000);
      expect(second.state).to.equal('complete');
      expect(logged().map(({ status, completed, seconds }) => ({ status, completed, seconds }))).to.deep.equal([
        { status: 'completed', completed: 2, seconds: 48 },
      ]);
    });

    it('logs nothing with no-persist', async () => {
      clock = suite.fakeClock();
      const el = await playShort({ noPersist: true });
      clock.tick(30_000);
      el.restart();
      clock.tick(48_000);
      expect(el.state).to.equal('complete');
      expect(localStorage.getItem(KEY)).to.equal(null);
    });

    it('keeps the last 1,000 sessions', async () => {
      clock = suite.fakeClock();
      seed(
        Array.from({ length: 1000 }, (_, i) =>
          at('2020-01-01', 8, { id: `old-${i}`, date: new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString() }),
        ),
      );
      const el = await playShort();
      clock.tick(48_000);
      expect(el.state).to.equal('complete');
      const log = logged();
      expect(log).to.have.length(1000);
      expect(log[0].id).to.equal('old-1');
      expect(log.at(-1)!.routineId).to.equal('short');
    });

    it('corrupt, foreign, full or disabled storage never breaks a session or the history', async () => {
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      try {
        for (const bad of ['{not json', '"text"', '[1,2]', JSON.stringify({ format: 'someone-else', sessions: 5 }), 'x'.repeat(100)]) {
          localStorage.setItem(KEY, bad);
          clock = suite.fakeClock();
          const el = await playShort();
          clock.tick(48_000);
          expect(el.state, bad).to.equal('complete');
          expect(
            logged().map((session) => session.routineId),
            bad,
          ).to.deep.equal(['short']);
          clock.restore();
          clock = undefined;
          localStorage.setItem(KEY, bad);
          const shown = await history();
          expect(part(shown, 'empty'), `${bad}: read as no sessions`).to.exist;
        }

        clock = suite.fakeClock();
        localStorage.clear();
        const setItem = sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
        const full = await playShort();
        clock.tick(48_000);
        expect(full.state).to.equal('complete');
        setItem.restore();
        expect(localStorage.getItem(KEY)).to.equal(null);

        const denied = disableStorage();
        const disabled = await playShort({ askFeedback: true });
        clock.tick(30_000);
        disabled.restart();
        clock.tick(48_000);
        expect(disabled.state).to.equal('complete');
        clock.restore();
        clock = undefined;
        const shown = await history();
        expect(part(shown, 'empty'), 'disabled storage reads as no sessions').to.exist;
        await importFile(shown, JSON.stringify({ format: HISTORY_FORMAT, version: 1, sessions: [SEEDED[0]] }));
        expect(shadowText(shown, '[part="error"]')).to.include('did not let the history be saved');
        denied.restore();
      } finally {
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
    });
  });

  describe('showing the history', () => {
    beforeEach(() => {
      clock = suite.fakeClock(() => sinon.useFakeTimers({ now: NOW.getTime(), toFake: ['Date'] }));
    });

    it('is empty, with a friendly message and only Import, and accessible', async () => {
      const el = await history();
      await expect(el).to.be.accessible();
      expect(shadowText(el, '[part="empty"]')).to.equal('No sessions yet. When you finish a routine on this device, it shows up here.');
      expect(shadowText(el, '.privacy')).to.include('Nothing is sent anywhere');
      expect(part(el, 'calendar')).to.equal(null);
      expect(all(el, '[part="actions"] button')).to.have.length(0);
      expect(shadowText(el, '[part="actions"] label')).to.equal('Import JSON');
    });

    it('lists the recent sessions, newest first, in the element language', async () => {
      seed();
      const el = await history();
      await expect(el).to.be.accessible();
      const items = all(el, '[part="session"]');
      expect(items).to.have.length(10);
      const newest = SEEDED.at(-1)!;
      expect(items[0].querySelector('.session-title')!.textContent).to.equal('=SUM(1,2) "mine"');
      const format = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
      expect(items[0].querySelector('time')!.textContent).to.equal(format.format(new Date(newest.date)));
      expect(items[0].querySelector('time')!.getAttribute('datetime')).to.equal(newest.date);
      expect(shadowText(el, '[part="session"]:nth-child(1) .chips')).to.equal('1:01 spent 2 completed');
      expect(shadowText(el, '[part="session"]:nth-child(2) .chips')).to.equal('5:00 spent 3 completed');
      expect(shadowText(el, '[part="session"]:nth-child(3) .chips')).to.equal('4:00 spent 3 completed');
      expect(shadowText(el, '[part="session"]:nth-child(4) .chips')).to.equal('3:05 spent 2 completed 1 skipped');
      expect(stat(el, 'sessions')).to.equal('12');
      const total = SEEDED.reduce((sum, session) => sum + session.seconds, 0);
      expect(total).to.equal(3006);
      expect(stat(el, 'total-time')).to.equal(
        new Intl.NumberFormat('en', { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(50),
      );
      expect(stat(el, 'current-streak')).to.equal('3 days');
      expect(stat(el, 'longest-streak')).to.equal('4 days');
    });

    it('shows more on demand, moving focus to the first one added', async () => {
      seed();
      const el = await history();
      button(el, 'more').click();
      await el.updateComplete;
      expect(all(el, '[part="session"]')).to.have.length(12);
      expect(el.shadowRoot!.activeElement).to.equal(all(el, '[part="session"]')[10]);
      expect(el.shadowRoot!.querySelector('button.more')).to.equal(null);
      expect(shadowText(el, '[part="session"]:nth-child(9) .chips')).to.equal('4:00 spent 1 completed Stopped early');
    });

    it('draws a calendar of the last weeks that reads each day and its count', async () => {
      seed();
      const el = await history();
      const table = el.shadowRoot!.querySelector('table.heat-map')!;
      expect(table.querySelectorAll('thead th')).to.have.length(12);
      expect(table.querySelectorAll('tbody tr')).to.have.length(7);
      expect(table.querySelectorAll('td.day')).to.have.length(84);
      expect(table.querySelectorAll('td.day.future')).to.have.length(4); // Thursday to Sunday of this week
      const tenth = table.querySelector<HTMLElement>('td[data-day="2026-03-10"]')!;
      expect(tenth.classList.contains('level-2')).to.equal(true);
      expect(tenth.textContent.replace(/\s+/g, ' ').trim()).to.equal('Tuesday, March 10, 2026: 2 sessions2');
      const empty = table.querySelector<HTMLElement>('td[data-day="2026-03-02"]')!;
      expect(empty.classList.contains('level-0')).to.equal(true);
      expect(empty.textContent.trim()).to.equal('Monday, March 2, 2026: no sessions');
      expect(table.querySelectorAll('tbody th')[0].textContent).to.include('Monday');
      expect(table.querySelectorAll('thead th')[11].textContent).to.include('Week of March 9');
      const scroller = el.shadowRoot!.querySelector('.calendar-scroll')!;
      expect(scroller.getAttribute('tabindex')).to.equal('0');
      expect(scroller.getAttribute('role')).to.equal('group');
    });

    it('has a tenderness trend for each exercise and side: an SVG chart, a summary and the numbers', async () => {
      seed();
      const el = await history();
      const trends = all(el, '[part="trend"]');
      expect(trends.map((trend) => trend.querySelector('.trend-name')!.textContent)).to.deep.equal([
        'Calves, left side',
        'Calves, right side',
      ]);
      const [left] = trends;
      expect(left.querySelector('svg[part="chart"]')!.getAttribute('role')).to.equal('img');
      expect(left.querySelectorAll('circle.dot')).to.have.length(7);
      const points = left.querySelector('polyline')!.getAttribute('points')!.split(' ');
      expect(points).to.have.length(7);
      // Tenderness going down: each point is lower on the chart (larger y) or level.
      const ys = points.map((point) => Number(point.split(',')[1]));
      expect(ys).to.deep.equal([...ys].sort((a, b) => a - b));
      expect(left.querySelector('.trend-summary')!.textContent).to.equal('7 ratings, from 7 to 3 of 10');
      const rows = [...left.querySelectorAll('table tbody tr')].map((row) =>
        [...row.querySelectorAll('td')].map((cell) => cell.textContent),
      );
      const day = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
      expect(rows[0]).to.deep.equal([day.format(new Date(SEEDED[0].date)), '7']);
      expect(rows.map((row) => row[1])).to.deep.equal(['7', '6', '6', '5', '5', '4', '3']);
    });

    it('routine-id shows only that routine, in the numbers, the list and the exports', async () => {
      seed();
      const el = await history('routine-id="neck-relief"');
      expect(all(el, '[part="session"]').map((item) => item.querySelector('.session-title')!.textContent)).to.deep.equal([
        'Neck relief',
        'Neck relief',
        'Neck relief',
        'Neck relief',
      ]);
      expect(stat(el, 'sessions')).to.equal('4');
      expect(stat(el, 'current-streak')).to.equal('1 day'); // yesterday's session keeps it alive
      expect(el.exportCsv().trim().split('\r\n')).to.have.length(5);
      expect(shadowText(el, '[part="trends"]')).to.include('No ratings yet');
      el.routineId = 'nothing-here';
      await el.updateComplete;
      expect(shadowText(el, '[part="empty"]')).to.equal('No sessions of this routine on this device yet.');
    });

    it('exports CSV exactly (quoted, formulas defused), and the button downloads it', async () => {
      seed([SEEDED[10], SEEDED[11]]);
      const el = await history();
      const expected =
        'date,routine_id,title,time_spent_seconds,completed,skipped,ratings\r\n' +
        `${SEEDED[10].date},lower-leg,Lower leg and foot,300,3,0,Calves (left): 3; Calves (right): 3\r\n` +
        `${SEEDED[11].date},mine,"'=SUM(1,2) ""mine""",61,2,0,\r\n`;
      expect(el.exportCsv()).to.equal(expected);
      const { blobs, click } = captureDownloads();
      button(el, 'export-csv').click();
      await el.updateComplete;
      expect(click.calledOnce).to.equal(true);
      expect((click.firstCall.thisValue as HTMLAnchorElement).download).to.equal('smr-history-2026-03-11.csv');
      // A byte-order mark first, so spreadsheet programs read UTF-8.
      const bytes = new Uint8Array(await blobs[0].arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3))).to.equal(expected);
      expect(shadowText(el, '[part="status"]')).to.equal('Downloaded smr-history-2026-03-11.csv.');
    });

    it('exports JSON and imports it back without duplicates', async () => {
      seed();
      const el = await history();
      const json = el.exportJson();
      expect(JSON.parse(json)).to.deep.equal({ format: HISTORY_FORMAT, version: 1, sessions: SEEDED });
      const { blobs } = captureDownloads();
      button(el, 'export-json').click();
      expect(await blobs[0].text()).to.equal(json);

      localStorage.setItem(KEY, JSON.stringify({ format: HISTORY_FORMAT, version: 1, sessions: SEEDED.slice(0, 5) }));
      const fresh = await history();
      expect(stat(fresh, 'sessions')).to.equal('5');
      const changes = recordEvents(fresh, ['smr-history-change']);
      await importFile(fresh, json);
      expect(changes).to.deep.equal([{ name: 'smr-history-change', detail: { sessions: 12 } }]);
      expect(shadowText(fresh, '[part="status"]')).to.equal('Imported 7 new sessions.');
      expect(logged()).to.deep.equal(SEEDED);
      expect(stat(fresh, 'sessions')).to.equal('12');
      // The same file again adds nothing.
      await importFile(fresh, json);
      expect(shadowText(fresh, '[part="status"]')).to.equal('Nothing new: every session in the file is already here.');
      expect(logged()).to.deep.equal(SEEDED);
      expect(changes.at(-1)!.detail).to.deep.equal({ sessions: 12 });
    });

    it('lists every problem of an invalid file by field, visibly and accessibly, and changes nothing', async () => {
      seed(SEEDED.slice(0, 3));
      const before = localStorage.getItem(KEY);
      const el = await history();
      const failures = recordEvents(el, ['smr-error', 'smr-history-change']);
      const warn = sinon.stub(console, 'warn');
      const bad = { format: HISTORY_FORMAT, version: 1, sessions: [SEEDED[5], { ...SEEDED[6], seconds: 'long', status: 'done' }] };
      await importFile(el, JSON.stringify(bad));
      const error = part(el, 'error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(el.shadowRoot!.activeElement).to.equal(error);
      expect(shadowText(el, '[part="error"] strong')).to.equal('This file could not be imported. Nothing was changed.');
      expect([...error.querySelectorAll('li')].map((item) => item.textContent.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'sessions[1].seconds: expected a whole number from 0 to 86400, got "long"',
        'sessions[1].status: expected "completed" or "stopped", got "done"',
      ]);
      expect(localStorage.getItem(KEY)).to.equal(before);
      expect(failures.map((event) => event.name)).to.deep.equal(['smr-error']);
      expect(warn.calledOnce).to.equal(true);
      expect(stat(el, 'sessions')).to.equal('3');
      await expect(el).to.be.accessible();

      await importFile(el, '{"format": "smr-elements-history",');
      expect(shadowText(el, '[part="error"] li')).to.match(/could not be read/);
      expect(localStorage.getItem(KEY)).to.equal(before);

      await importFile(el, ' '.repeat(5 * 1024 * 1024 + 1), 'huge.json');
      expect(shadowText(el, '[part="error"] li')).to.equal('huge.json is larger than 5 MB.');
      expect(localStorage.getItem(KEY)).to.equal(before);
    });

    it('asks before clearing, in the element, then clears and says how many are left', async () => {
      seed();
      const el = await history();
      const changes = recordEvents(el, ['smr-history-change']);
      const confirm = sinon.spy(window, 'confirm');
      button(el, 'clear').click();
      await el.updateComplete;
      expect(confirm.called).to.equal(false);
      expect(shadowText(el, '[part="confirm"] p')).to.equal('Delete all 12 sessions shown here from this device? This cannot be undone.');
      expect(part(el, 'confirm')!.getAttribute('role')).to.equal('group');
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'confirm-no'));
      expect(logged()).to.have.length(12);
      await expect(el).to.be.accessible();
      button(el, 'confirm-no').click();
      await el.updateComplete;
      expect(part(el, 'confirm')).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'clear'));
      expect(logged()).to.have.length(12);
      expect(changes).to.deep.equal([]);

      button(el, 'clear').click();
      await el.updateComplete;
      button(el, 'confirm-yes').click();
      await el.updateComplete;
      expect(localStorage.getItem(KEY)).to.equal(null);
      expect(changes).to.deep.equal([{ name: 'smr-history-change', detail: { sessions: 0 } }]);
      expect(part(el, 'empty')).to.exist;
      expect(shadowText(el, '[part="status"]')).to.equal('History cleared.');
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'status'));
    });

    it('with routine-id, clears only that routine', async () => {
      seed();
      const el = await history('routine-id="neck-relief"');
      const change = oneEvent(el, 'smr-history-change');
      button(el, 'clear').click();
      await el.updateComplete;
      expect(shadowText(el, '[part="confirm"] p')).to.include('all 4 sessions');
      button(el, 'confirm-yes').click();
      expect((await change).detail).to.deep.equal({ sessions: 0 });
      expect(logged()).to.deep.equal(SEEDED.filter((session) => session.routineId !== 'neck-relief'));
    });

    it('updates when another tab writes (storage event) and when a routine on the page finishes', async () => {
      const el = await history();
      expect(part(el, 'empty')).to.exist;
      seed(SEEDED.slice(0, 2));
      await el.updateComplete;
      expect(part(el, 'empty'), 'not before the event').to.exist;
      window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: localStorage.getItem(KEY) }));
      await el.updateComplete;
      expect(stat(el, 'sessions')).to.equal('2');
      localStorage.setItem('smr-elements:streak', '{}');
      window.dispatchEvent(new StorageEvent('storage', { key: 'smr-elements:streak' }));
      localStorage.removeItem(KEY);
      window.dispatchEvent(new StorageEvent('storage', { key: null }));
      await el.updateComplete;
      expect(part(el, 'empty')).to.exist;

      clock!.restore();
      clock = suite.fakeClock();
      const routine = await playShort();
      clock.tick(48_000);
      expect(routine.state).to.equal('complete');
      await el.updateComplete;
      expect(stat(el, 'sessions')).to.equal('1');
      expect(shadowText(el, '[part="session"] .session-title')).to.equal('Short');
    });

    it('works by keyboard: Clear, Escape, Delete, Show more, the numbers', async () => {
      seed();
      const el = await history();
      button(el, 'clear').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'confirm-no'));
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(part(el, 'confirm')).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'clear'));
      expect(logged()).to.have.length(12);

      button(el, 'more').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(all(el, '[part="session"]')[10]);

      const summary = el.shadowRoot!.querySelector<HTMLElement>('[part="trend"] summary')!;
      summary.focus();
      await sendKeys({ press: 'Enter' });
      expect(summary.parentElement!.hasAttribute('open')).to.equal(true);

      // From the calendar, Tab reaches the list's and the data panel's controls in order.
      el.shadowRoot!.querySelector<HTMLElement>('.calendar-scroll')!.focus();
      const reached: string[] = [];
      for (let i = 0; i < 8; i++) {
        await sendKeys({ press: 'Tab' });
        const active = el.shadowRoot!.activeElement as HTMLElement | null;
        reached.push(active?.className || active?.localName || '');
      }
      expect(reached).to.include('secondary export-csv');
      expect(reached).to.include('secondary danger clear');
    });

    it('reports an invalid weeks visibly, with smr-error, and shows 12 weeks', async () => {
      const warn = sinon.stub(console, 'warn');
      seed();
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const errors = recordEvents(host, ['smr-error']);
      host.innerHTML = '<smr-history weeks="lots"></smr-history>';
      const el = host.querySelector('smr-history')!;
      await el.updateComplete;
      expect(shadowText(el, '[part="error"] li')).to.equal('weeks: expected a whole number from 1 to 104, got "lots"');
      expect(errors).to.have.length(1);
      expect(warn.calledOnce).to.equal(true);
      expect(el.shadowRoot!.querySelectorAll('.heat-map thead th')).to.have.length(12);
      el.setAttribute('weeks', '4');
      await el.updateComplete;
      expect(part(el, 'error')).to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('.heat-map thead th')).to.have.length(4);
      await expect(el).to.be.accessible();
    });

    it('shows text from any file as text, never as markup, and no inline style anywhere (strict CSP)', async () => {
      const hostile = '<img src=x onerror="window.__historyXss=1"><b x>bold</b>';
      seed([at('2026-03-10', 8, { title: hostile, ratings: [{ step: 0, name: hostile, side: 'left', rating: 5 }] }), ...SEEDED]);
      const el = await history();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const root = el.shadowRoot!;
      expect(root.querySelector('img, b[x], script')).to.equal(null);
      expect((window as unknown as { __historyXss?: number }).__historyXss).to.equal(undefined);
      expect(shadowText(el, '[part="trends"]')).to.include(hostile);
      expect([...root.querySelectorAll('[style]')].map((node) => node.localName)).to.deep.equal([]);
    });

    it('documents every part it shows (filled, confirming, error)', async () => {
      seed();
      const el = await history('weeks="0"');
      button(el, 'clear').click();
      await el.updateComplete;
      const documented = new Set(((await manifestElements()).get('smr-history')?.cssParts ?? []).map((entry) => entry.name));
      const shown = new Set(all(el, '[part]').flatMap((node) => node.getAttribute('part')!.split(/\s+/)));
      expect([...shown].filter((name) => !documented.has(name))).to.deep.equal([]);
      expect(shown.size).to.be.greaterThan(12);
    });

    it('is readable at 280 px: nothing but the calendar scrolls sideways, and the buttons wrap', async () => {
      seed();
      const host = await fixture<HTMLDivElement>(html`<div style="width: 280px"><smr-history></smr-history></div>`);
      const el = host.querySelector('smr-history')!;
      await el.updateComplete;
      const base = part(el, 'base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      const scroller = el.shadowRoot!.querySelector<HTMLElement>('.calendar-scroll')!;
      expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
      // The latest week is in view: scrolled to the end.
      expect(scroller.scrollLeft + scroller.clientWidth).to.be.closeTo(scroller.scrollWidth, 2);
      for (const control of all(el, '[part~="button"]'))
        expect(control.getBoundingClientRect().right).to.be.at.most(host.getBoundingClientRect().right + 1);
      await expect(el).to.be.accessible();
    });

    it('passes axe with colour contrast in the dark theme, on a dark page', async () => {
      seed();
      document.body.style.background = '#0d1213';
      try {
        const el = await history('theme="dark"');
        await expect(el).to.be.accessible();
        const busy = el.shadowRoot!.querySelector<HTMLElement>('td[data-day="2026-03-10"]')!;
        expect(getComputedStyle(busy).backgroundColor).not.to.equal(
          getComputedStyle(el.shadowRoot!.querySelector('td.level-0')!).backgroundColor,
        );
      } finally {
        document.body.style.background = '';
      }
    });

    chromiumOnly('forced-colors')('forced colours: busy days stay visible in system colours, and axe passes', async () => {
      seed([...SEEDED, at('2026-03-10', 12), at('2026-03-10', 13)]);
      await executeServerCommand('emulate-forced-colors', 'active');
      try {
        const el = await history();
        const probe = document.createElement('span');
        probe.style.color = 'Highlight';
        document.body.append(probe);
        const highlight = getComputedStyle(probe).color;
        probe.remove();
        const four = el.shadowRoot!.querySelector<HTMLElement>('td[data-day="2026-03-10"]')!;
        expect(four.classList.contains('level-4')).to.equal(true);
        expect(getComputedStyle(four).backgroundColor).to.equal(highlight);
        const two = el.shadowRoot!.querySelector<HTMLElement>('td[data-day="2026-03-11"]')!;
        expect(getComputedStyle(two).borderTopColor).to.equal(highlight);
        await expect(el).to.be.accessible();
      } finally {
        if (supports('forced-colors')) await executeServerCommand('emulate-forced-colors', 'none');
      }
    });

    it('a malformed lang (such as the POSIX "C" a browser may report) shows English numbers and dates, never an error', async () => {
      seed();
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      try {
        const el = await history('lang="C"');
        expect(stat(el, 'sessions')).to.equal('12');
        expect(all(el, '[part="session"] time')[0].textContent).to.equal(
          new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(SEEDED[11].date)),
        );
      } finally {
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
    });

    it('makes no network request', async () => {
      const fetch = sinon.spy(window, 'fetch');
      const open = sinon.spy(XMLHttpRequest.prototype, 'open');
      const beacon = sinon.spy(navigator, 'sendBeacon');
      seed();
      const el = await history();
      sinon.stub(HTMLAnchorElement.prototype, 'click');
      button(el, 'export-csv').click();
      button(el, 'export-json').click();
      await importFile(el, el.exportJson());
      expect(fetch.called).to.equal(false);
      expect(open.called).to.equal(false);
      expect(beacon.called).to.equal(false);
    });

    it('speaks Spanish and German', async () => {
      registerTranslation(es);
      registerTranslation(de);
      seed();
      const spanish = await history('lang="es"');
      expect(shadowText(spanish, '[part="heading"]')).to.equal('Tus sesiones');
      expect(stat(spanish, 'current-streak')).to.equal('3 días');
      const items = all(spanish, '[part="session"]');
      expect(items[0].querySelector('time')!.textContent).to.equal(
        new Intl.DateTimeFormat('es', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(SEEDED[11].date)),
      );
      expect(spanish.shadowRoot!.querySelector('td[data-day="2026-03-10"]')!.textContent).to.include('2 sesiones');
      expect(shadowText(spanish, '[part="trend"] .trend-name')).to.equal('Calves, lado izquierdo');
      expect(shadowText(spanish, '[part="actions"]')).to.equal('Exportar CSV Exportar JSON Importar JSON Borrar el historial');
      await importFile(spanish, JSON.stringify({ format: HISTORY_FORMAT, version: 1, sessions: [{ ...SEEDED[0], date: 'ayer' }] }));
      expect(shadowText(spanish, '[part="error"] strong')).to.equal('No se pudo importar este archivo. No se ha cambiado nada.');
      expect(shadowText(spanish, '[part="error"] li')).to.include('una fecha y hora ISO');
      await expect(spanish).to.be.accessible();

      const german = await history('lang="de"');
      expect(shadowText(german, '[part="heading"]')).to.equal('Deine Einheiten');
      expect(shadowText(german, '.privacy')).to.equal('Nur auf diesem Gerät gespeichert. Es wird nichts irgendwohin gesendet.');
      expect(stat(german, 'longest-streak')).to.equal('4 Tage');
      expect(german.shadowRoot!.querySelector('td[data-day="2026-03-10"]')!.textContent).to.include('2 Einheiten');
      button(german, 'clear').click();
      await german.updateComplete;
      expect(shadowText(german, '[part="confirm"] p')).to.equal(
        'Alle 12 hier gezeigten Einheiten von diesem Gerät löschen? Das lässt sich nicht rückgängig machen.',
      );
      await expect(german).to.be.accessible();
    });
  });
});
