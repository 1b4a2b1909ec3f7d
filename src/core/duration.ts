/**
 * Duration parsing and formatting. Authors write durations the way people say them:
 * `90`, `90s`, `1:30`, `2m`, `1m 30s`, `1.5 min`.
 */

import { describeValue } from './describe.js';
import { describeProblem, type Problem } from './problems.js';

export type DurationResult = { ok: true; seconds: number } | { ok: false; message: string; problem: Problem };

const UNIT_SECONDS: Record<string, number> = {
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
};
const NUMBER = String.raw`\d+(?:\.\d+)?|\.\d+`;
const UNIT_PART = new RegExp(String.raw`(${NUMBER})\s*([a-z]+)`, 'gy');
const CLOCK = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/;
const PLAIN = new RegExp(String.raw`^(?:${NUMBER})$`);
/** Strings longer than this are not durations; refuse before any regex work. */
const MAX_INPUT_LENGTH = 40;

/** Parses a duration in seconds. Never throws. Positive, finite results only. */
export function parseDuration(input: unknown): DurationResult {
  const fail = (problem: Problem): DurationResult => ({ ok: false, message: describeProblem(problem), problem });
  let seconds: number | undefined;
  if (typeof input === 'number') {
    seconds = input;
  } else if (typeof input === 'string' && input.length <= MAX_INPUT_LENGTH) {
    seconds = parseDurationText(input.trim().toLowerCase());
  }
  if (seconds === undefined || !Number.isFinite(seconds)) return fail({ code: 'duration', got: describeValue(input) });
  if (seconds <= 0) return fail({ code: 'not-positive', got: describeValue(input) });
  return { ok: true, seconds };
}

function parseDurationText(text: string): number | undefined {
  if (PLAIN.test(text)) return Number(text);
  const clock = CLOCK.exec(text);
  if (clock) {
    const [, a, b, c] = clock;
    return c === undefined ? Number(a) * 60 + Number(b) : Number(a) * 3600 + Number(b) * 60 + Number(c);
  }
  let total = 0;
  let matched = 0;
  let lastUnitSize = Infinity;
  const compact = text.replace(/\s+/g, ' ');
  UNIT_PART.lastIndex = 0;
  while (UNIT_PART.lastIndex < compact.length) {
    if (compact[UNIT_PART.lastIndex] === ' ') {
      UNIT_PART.lastIndex += 1;
      continue;
    }
    const part = UNIT_PART.exec(compact);
    if (!part) return undefined;
    const unitSize = UNIT_SECONDS[part[2]];
    // Units must be known and go from large to small ("1m 30s", not "30s 1m").
    if (unitSize === undefined || unitSize >= lastUnitSize) return undefined;
    lastUnitSize = unitSize;
    total += Number(part[1]) * unitSize;
    matched += 1;
  }
  return matched > 0 ? total : undefined;
}

/**
 * Formats seconds as a clock: `m:ss`, or `h:mm:ss` from one hour. Rounds up, so a countdown
 * shows 0:01 until the very end and 0:00 only when time is up.
 */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds - 1e-9));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
