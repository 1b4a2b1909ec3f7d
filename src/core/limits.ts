/**
 * Every limit and default of the timing model, in one place: the validators, the elements, the
 * finder, the builder and the docs read them from here.
 *
 * One rule for the pauses around work: a "get ready" lead-in and a "switch sides" pause are each
 * 0–60 seconds, on `<smr-timer>` and `<smr-routine>` alike (a longer pause is a rest, which a
 * routine gives between steps, up to 10 minutes).
 */

export const LIMITS = {
  /** Seconds of work in one routine step (per side when both sides are worked). */
  stepDuration: { min: 5, max: 600 },
  /** Seconds of rest between routine steps. */
  rest: { min: 0, max: 600 },
  /** Seconds of the "switch sides" pause, on a routine and a timer. */
  switchDuration: { min: 0, max: 60 },
  /** Seconds of "get ready" before the first work, on a routine and a timer. */
  leadIn: { min: 0, max: 60 },
  /** Steps in a routine. */
  steps: { min: 1, max: 100 },
  /** Seconds of one `<smr-timer>` hold: longer than a day is a typo, not a hold. */
  timerDuration: { min: 0, max: 24 * 3600 },
  /** Final seconds of a phase that beep on a timer. */
  cueSeconds: { min: 0, max: 60 },
  /** Rolls per minute of a pacing pulse. */
  pace: { min: 0, max: 120 },
  id: 100,
  title: 200,
  description: 2000,
  name: 120,
  text: 1000,
  /** Characters of an exercise's spoken set-up (about 20 words are meant; this only stops a runaway text). */
  spoken: 300,
  listItems: 30,
  /** Characters of a step's picture or clip URL (`media.src`). */
  mediaSrc: 2000,
  /** Characters of the words that say what a step's picture or clip shows (`media.alt`). */
  mediaAlt: 300,
} as const;

/** Seconds of the "switch sides" pause when none is given. */
export const DEFAULT_SWITCH_DURATION = 5;

/** Seconds of "get ready" before a routine's first step when none is given (a timer has none). */
export const DEFAULT_LEAD_IN = 5;

/** Seconds a new custom step starts with in the builder. */
export const DEFAULT_CUSTOM_STEP_SECONDS = 60;

/** Largest routine file read from `src` or imported into the builder (bytes; a routine is a few KB). */
export const MAX_ROUTINE_FILE_BYTES = 1024 * 1024;

/** The session log `<smr-routine>` keeps on the device and `<smr-history>` shows. */
export const HISTORY_LIMITS = {
  /** Sessions kept: the oldest go first. */
  sessions: 1000,
  /** Weeks the calendar of `<smr-history>` can show (`weeks`). */
  weeks: { min: 1, max: 104 },
  /** Ratings in one session: a routine has at most 100 steps, each with at most two sides. */
  ratingsPerSession: 200,
  /** Seconds of one session: longer than a day is not a session. */
  seconds: 24 * 3600,
  /** Sessions one imported file may hold (the newest `sessions` of them are kept). */
  importSessions: 10_000,
  /** Largest file `<smr-history>` imports (bytes). */
  importBytes: 5 * 1024 * 1024,
  /** Largest stored log read back (characters); anything larger is not ours. */
  storedChars: 5_000_000,
  /** Ratings shown in one trend chart: the most recent ones. */
  trendPoints: 30,
} as const;

/** Weeks the calendar of `<smr-history>` shows when `weeks` is not given. */
export const DEFAULT_HISTORY_WEEKS = 12;

/**
 * Characters of a share link's routine (what follows `#smr-routine=`): about 24 KB of compressed
 * routine. Longer text in an address is refused before it is read.
 */
export const MAX_SHARE_PAYLOAD_CHARS = 32 * 1024;

/**
 * Bytes of routine JSON a share link may carry once unpacked. Unpacking stops as soon as it passes
 * this, so a small link that would unpack to megabytes (a decompression bomb) is refused early.
 */
export const MAX_SHARE_JSON_BYTES = 256 * 1024;

/**
 * Largest QR code version printed or shown (25: 117 modules a side, about 1,000 characters at
 * error-correction level M). A larger code printed on a card is too fine for a phone to read
 * reliably, so a longer link says so instead.
 */
export const MAX_QR_VERSION = 25;

/**
 * When the voice coach of `<smr-routine voice>` speaks inside a hold: holds of `longHold` seconds
 * or more get one pace reminder (`paceReminderAt` of the way in) and "halfway"; holds longer than
 * `tenSeconds` + 5 get "10 seconds" that long before their end.
 */
export const COACH_TIMING = { longHold: 60, paceReminderAt: 0.25, tenSeconds: 10 } as const;

/** Seconds after which a cue noticed late (a tab coming back) is shown but not played or spoken. */
export const STALE_CUE_SECONDS = 1.5;
