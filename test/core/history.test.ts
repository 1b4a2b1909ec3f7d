import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  historyJson,
  mergeSessions,
  readStoredHistory,
  recordSession,
  sessionRecord,
  stepsCompleted,
  HISTORY_FORMAT,
  type HistorySession,
} from '../../src/core/history.js';
import { csvCell, historyCsv } from '../../src/core/history-csv.js';
import { parseHistoryJson, validateHistory } from '../../src/core/history-import.js';
import { calendarWeeks, dayLevel, readHistoryWeeks, streaks, tendernessTrends } from '../../src/core/history-stats.js';
import { HISTORY_LIMITS } from '../../src/core/limits.js';
import { calendarDay } from '../../src/core/progress.js';
import { planSegments } from '../../src/core/segments.js';

/** A session on a local day and hour (the date is stored in UTC, as the log does). */
function session(day: string, patch: Partial<HistorySession> = {}, hour = 18): HistorySession {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(y, m - 1, d, hour).toISOString();
  return {
    id: `calves@${date}`,
    date,
    routineId: 'calves',
    title: 'Calves',
    seconds: 300,
    steps: 3,
    completed: 3,
    skipped: 0,
    status: 'completed',
    ratings: [],
    ...patch,
  };
}

const file = (sessions: unknown[]) => ({ format: HISTORY_FORMAT, version: 1, sessions });

describe('history: recording a session', () => {
  it('makes the log entry from what the player knows', () => {
    const startedAt = Date.UTC(2026, 2, 1, 17, 30);
    expect(
      sessionRecord({
        routineId: 'lower-leg',
        title: '  Lower leg  ',
        startedAt,
        activeMs: 125_400,
        stepCount: 4,
        completed: 3,
        skipped: 1,
        status: 'completed',
        ratings: [
          { step: 1, exercise: 'calves', name: 'Calves', side: 'right', rating: 4 },
          { step: 1, exercise: 'calves', name: 'Calves', side: 'left', rating: 6 },
          { step: 0, name: 'Arch', rating: 11 },
        ],
      }),
    ).to.deep.equal({
      id: `lower-leg@${startedAt}`,
      date: '2026-03-01T17:30:00.000Z',
      routineId: 'lower-leg',
      title: 'Lower leg',
      seconds: 125,
      steps: 4,
      completed: 3,
      skipped: 1,
      status: 'completed',
      ratings: [
        { step: 1, exercise: 'calves', name: 'Calves', side: 'left', rating: 6 },
        { step: 1, exercise: 'calves', name: 'Calves', side: 'right', rating: 4 },
      ],
    });
  });

  it('cuts texts to the limits, so every entry it makes reads back', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.string({ maxLength: 300 }),
        fc.integer({ min: 0, max: 10 ** 9 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 150 }),
        fc.integer({ min: 0, max: 150 }),
        (title, name, activeMs, stepCount, completed, skipped) => {
          const record = sessionRecord({
            routineId: 'r',
            title,
            startedAt: 1_770_000_000_000,
            activeMs,
            stepCount,
            completed,
            skipped,
            status: 'stopped',
            ratings: [{ step: 0, name, rating: 5 }],
          });
          expect(validateHistory(file([record])).errors).to.deep.equal([]);
        },
      ),
    );
  });

  it('counts a step done once its last work has passed, and not when it was skipped', () => {
    const plan = planSegments(
      {
        id: 'r',
        title: 'R',
        rest: 5,
        switchDuration: 3,
        steps: [
          { name: 'A', duration: 10, sides: 'both', instructions: [], cautions: [] },
          { name: 'B', duration: 20, sides: 'none', instructions: [], cautions: [] },
          { name: 'C', duration: 20, sides: 'none', instructions: [], cautions: [] },
        ],
      },
      { leadIn: 0 },
    );
    // A-left 0–10, switch 10–13, A-right 13–23, rest 23–28, B 28–48, rest 48–53, C 53–73.
    expect(stepsCompleted(plan, 12, new Set())).to.deep.equal([]);
    expect(stepsCompleted(plan, 23, new Set())).to.deep.equal([0]);
    expect(stepsCompleted(plan, 50, new Set())).to.deep.equal([0, 1]);
    expect(stepsCompleted(plan, 50, new Set([0]))).to.deep.equal([1]);
  });

  it('replaces an earlier record of the same session (stopped, then resumed and completed)', () => {
    const stopped = session('2026-03-01', { status: 'stopped', completed: 1, seconds: 100 });
    const done = { ...stopped, status: 'completed' as const, completed: 3, seconds: 300 };
    const other = session('2026-03-02');
    expect(recordSession([stopped, other], done)).to.deep.equal([done, other]);
  });
});

describe('history: reading the stored log', () => {
  it('keeps the valid entries of a log and drops the ones that fail', () => {
    const good = session('2026-03-01');
    const stored = file([good, { ...good, id: 'x', seconds: 'lots' }, null, 'text', { ...good, id: 'y', date: 'yesterday' }]);
    expect(readStoredHistory(stored)).to.deep.equal([good]);
  });

  it('reads anything that is not a log of this version as none', () => {
    for (const value of [
      null,
      'text',
      42,
      [],
      {},
      { format: 'other', version: 1, sessions: [] },
      { ...file([session('2026-03-01')]), version: 2 },
    ]) {
      expect(readStoredHistory(value), JSON.stringify(value)).to.deep.equal([]);
    }
  });

  it('puts the sessions in date order, without duplicates, capped to the newest', () => {
    const many = Array.from({ length: HISTORY_LIMITS.sessions + 5 }, (_, i) =>
      session('2020-01-01', { id: `s${i}`, date: new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString() }),
    );
    const read = readStoredHistory(file([...many].reverse()));
    expect(read.length).to.equal(HISTORY_LIMITS.sessions);
    expect(read[0].id).to.equal('s5');
    expect(read.at(-1)!.id).to.equal(`s${HISTORY_LIMITS.sessions + 4}`);
  });
});

describe('history: importing a file', () => {
  it('accepts an exported file as it is', () => {
    const sessions = [session('2026-03-01', { ratings: [{ step: 0, exercise: 'calves', name: 'Calves', side: 'left', rating: 6 }] })];
    expect(parseHistoryJson(historyJson(sessions))).to.deep.equal({ sessions, errors: [] });
  });

  it('names every problem by its field and takes nothing', () => {
    const good = session('2026-03-01');
    const result = validateHistory({
      format: 'smr-elements-history',
      version: 1,
      extra: true,
      sessions: [
        good,
        {
          ...good,
          id: '',
          date: '1 March',
          seconds: -1,
          completed: 2,
          skipped: 5,
          status: 'done',
          ratings: [{ step: 0, name: 'Calves', side: 'up', rating: 11 }],
        },
        'oops',
      ],
    });
    expect(result.sessions).to.deep.equal([]);
    expect(result.errors.map((error) => `${error.path}: ${error.message}`)).to.deep.equal([
      'extra: unknown field; expected one of format, version, sessions',
      'sessions[1].id: must not be empty',
      'sessions[1].date: expected an ISO date and time such as "2026-03-01T18:30:00.000Z", got "1 March"',
      'sessions[1].seconds: expected a whole number from 0 to 86400, got -1',
      'sessions[1].skipped: expected a whole number from 0 to 1, got 5',
      'sessions[1].status: expected "completed" or "stopped", got "done"',
      'sessions[1].ratings[0].side: expected "left" or "right", got "up"',
      'sessions[1].ratings[0].rating: expected a whole number from 1 to 10, got 11',
      'sessions[2]: expected an object, got "oops"',
    ]);
  });

  it('refuses what is not a history file, and unreadable JSON', () => {
    expect(validateHistory([]).errors.map((error) => error.message)).to.deep.equal([
      'expected a history file exported by <smr-history> (format, version and sessions), got an array',
    ]);
    expect(validateHistory({ format: 'x', version: 2 }).errors.map((error) => `${error.path}: ${error.message}`)).to.deep.equal([
      'format: expected "smr-elements-history", got "x"',
      'version: expected "1", got 2',
      'sessions: is required',
    ]);
    const unreadable = parseHistoryJson('{"format":');
    expect(unreadable.sessions).to.deep.equal([]);
    expect(unreadable.errors).to.have.length(1);
    expect(unreadable.errors[0].problem?.code).to.equal('unreadable');
  });

  it('merges without duplicates, keeping the later state of a session, and counts what is new', () => {
    const a = session('2026-03-01', { id: 'a' });
    const bStopped = session('2026-03-02', { id: 'b', status: 'stopped', completed: 1, seconds: 60 });
    const bDone = { ...bStopped, status: 'completed' as const, completed: 3, seconds: 300 };
    const c = session('2026-03-03', { id: 'c' });
    expect(mergeSessions([a, bStopped], [bDone, c, a])).to.deep.equal({ sessions: [a, bDone, c], added: 1 });
    expect(mergeSessions([a, bDone], [bStopped])).to.deep.equal({ sessions: [a, bDone], added: 0 });
  });

  it('export then import is the same log, and importing twice adds nothing (property)', () => {
    const arbitrarySession = fc
      .record({
        day: fc.integer({ min: 0, max: 3000 }),
        routineId: fc.constantFrom('lower-leg', 'neck', 'mine'),
        title: fc.string({ minLength: 1, maxLength: 40 }).filter((text) => text.trim() !== ''),
        seconds: fc.integer({ min: 0, max: 5000 }),
        completed: fc.integer({ min: 0, max: 3 }),
        rating: fc.integer({ min: 1, max: 10 }),
      })
      .map(({ day, routineId, title, seconds, completed, rating }) => {
        const date = new Date(Date.UTC(2020, 0, 1) + day * 3_600_000).toISOString();
        return {
          id: `${routineId}@${date}`,
          date,
          routineId,
          title: title.trim(),
          seconds,
          steps: 3,
          completed,
          skipped: 3 - completed,
          status: 'completed' as const,
          ratings: [{ step: 0, name: 'Calves', side: 'left' as const, rating }],
        };
      });
    fc.assert(
      fc.property(fc.array(arbitrarySession, { maxLength: 30 }), (sessions) => {
        const log = mergeSessions([], sessions).sessions;
        const imported = parseHistoryJson(historyJson(log));
        expect(imported.errors).to.deep.equal([]);
        expect(imported.sessions).to.deep.equal(log);
        expect(mergeSessions(log, imported.sessions)).to.deep.equal({ sessions: log, added: 0 });
      }),
    );
  });
});

describe('history: CSV', () => {
  it('quotes cells with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).to.equal('plain');
    expect(csvCell('a, b')).to.equal('"a, b"');
    expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
    expect(csvCell('two\nlines')).to.equal('"two\nlines"');
    expect(csvCell(42)).to.equal('42');
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).to.equal(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).to.equal("'+1");
    expect(csvCell('-2+3')).to.equal("'-2+3");
    expect(csvCell('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(csvCell('\tx')).to.equal("'\tx");
    expect(csvCell('1-2')).to.equal('1-2');
  });

  it('writes one row per session with a header, lines ending in CRLF', () => {
    const sessions = [
      session('2026-03-01', {
        id: 'a',
        date: '2026-03-01T17:30:00.000Z',
        title: 'Legs, "easy"',
        ratings: [
          { step: 0, exercise: 'calves', name: 'Calves', side: 'left', rating: 6 },
          { step: 1, name: 'Neck', rating: 3 },
        ],
      }),
      session('2026-03-02', {
        id: 'b',
        date: '2026-03-02T08:00:00.000Z',
        routineId: 'mine',
        title: '=cmd()',
        seconds: 61,
        completed: 1,
        skipped: 2,
      }),
    ];
    expect(historyCsv(sessions)).to.equal(
      'date,routine_id,title,time_spent_seconds,completed,skipped,ratings\r\n' +
        '2026-03-01T17:30:00.000Z,calves,"Legs, ""easy""",300,3,0,Calves (left): 6; Neck: 3\r\n' +
        "2026-03-02T08:00:00.000Z,mine,'=cmd(),61,1,2,\r\n",
    );
  });
});

describe('history: calendar, streaks and trends', () => {
  it('counts current and longest streaks in local calendar days', () => {
    const days = (list: string[]) => new Map(list.map((day) => [day, 1]));
    const now = new Date(2026, 2, 10, 9);
    expect(streaks(days([]), now)).to.deep.equal({ current: 0, longest: 0 });
    expect(streaks(days(['2026-03-08', '2026-03-09', '2026-03-10']), now)).to.deep.equal({ current: 3, longest: 3 });
    // Nothing yet today: the streak up to yesterday is still alive.
    expect(streaks(days(['2026-03-08', '2026-03-09']), now)).to.deep.equal({ current: 2, longest: 2 });
    expect(streaks(days(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02', '2026-03-08']), now)).to.deep.equal({
      current: 0,
      longest: 4,
    });
  });

  it('lays out the last weeks Monday to Sunday, today in the last one, the days after it marked future', () => {
    const now = new Date(2026, 2, 11, 9); // a Wednesday
    const weeks = calendarWeeks(now, 12);
    expect(weeks).to.have.length(12);
    expect(weeks.at(-1)!.start).to.equal('2026-03-09');
    expect(weeks[0].start).to.equal('2025-12-22');
    expect(weeks.every((week) => new Date(`${week.start}T12:00`).getDay() === 1)).to.equal(true);
    expect(weeks.at(-1)!.days.map((day) => day.future)).to.deep.equal([false, false, false, true, true, true, true]);
    expect(weeks.at(-1)!.days[2].day).to.equal(calendarDay(now));
    expect([0, 1, 2, 3, 4, 9].map(dayLevel)).to.deep.equal([0, 1, 2, 3, 4, 4]);
  });

  it('groups ratings by exercise and side over time, the most recent points kept', () => {
    const rated = (day: string, left: number, right: number) =>
      session(day, {
        id: day,
        ratings: [
          { step: 0, exercise: 'calves', name: 'Calves', side: 'left', rating: left },
          { step: 0, exercise: 'calves', name: 'Calves', side: 'right', rating: right },
          { step: 1, name: 'Wall press', rating: 5 },
        ],
      });
    const trends = tendernessTrends([rated('2026-03-01', 7, 5), rated('2026-03-02', 6, 5), rated('2026-03-03', 4, 3)], 2);
    expect(trends.map((trend) => [trend.name, trend.side ?? '', trend.points.map((point) => point.rating)])).to.deep.equal([
      ['Calves', 'left', [6, 4]],
      ['Calves', 'right', [5, 3]],
      ['Wall press', '', [5, 5]],
    ]);
  });

  it('reads the weeks attribute, falling back to 12 with a problem', () => {
    expect(readHistoryWeeks('4')).to.deep.equal({ weeks: 4, errors: [] });
    expect(readHistoryWeeks(null)).to.deep.equal({ weeks: 12, errors: [] });
    for (const bad of ['0', '105', 'abc', '2.5', -3]) {
      const { weeks, errors } = readHistoryWeeks(bad);
      expect(weeks, String(bad)).to.equal(12);
      expect(errors.map((error) => error.path)).to.deep.equal(['weeks']);
    }
  });
});
