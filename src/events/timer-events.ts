import type { Side } from '../core/types.js';

/** `smr-start`: a timer started from idle (or from complete, which restarts it). */
export type SmrStartEvent = CustomEvent<Record<string, never>>;
/** `smr-pause`: a running timer paused. `detail.remaining` is the seconds left. */
export type SmrPauseEvent = CustomEvent<{ remaining: number }>;
/** `smr-resume`: a paused timer continued. `detail.remaining` is the seconds left. */
export type SmrResumeEvent = CustomEvent<{ remaining: number }>;
/** `smr-reset`: a timer went back to idle. */
export type SmrResetEvent = CustomEvent<Record<string, never>>;
/** `smr-side-change`: work on a side began (`left` first, `right` after the switch pause). */
export type SmrSideChangeEvent = CustomEvent<{ side: Exclude<Side, null> }>;
/** `smr-complete`: the timer reached zero. `detail.duration` is the seconds timed (both sides and the switch pause, without lead-in). */
export type SmrCompleteEvent = CustomEvent<{ duration: number }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'smr-start': SmrStartEvent;
    'smr-pause': SmrPauseEvent;
    'smr-resume': SmrResumeEvent;
    'smr-reset': SmrResetEvent;
    'smr-side-change': SmrSideChangeEvent;
    'smr-complete': SmrCompleteEvent;
  }
}
