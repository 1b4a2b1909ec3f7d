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
  listItems: 30,
} as const;

/** Seconds of the "switch sides" pause when none is given. */
export const DEFAULT_SWITCH_DURATION = 5;

/** Seconds of "get ready" before a routine's first step when none is given (a timer has none). */
export const DEFAULT_LEAD_IN = 5;

/** Seconds a new custom step starts with in the builder. */
export const DEFAULT_CUSTOM_STEP_SECONDS = 60;

/** Largest routine file read from `src` or imported into the builder (bytes; a routine is a few KB). */
export const MAX_ROUTINE_FILE_BYTES = 1024 * 1024;
