import type { SegmentKind } from '../core/segments.js';
import type { RoutineStep, Side } from '../core/types.js';

/** A tenderness rating (1–10) a person gave one step and side after a session. */
export interface StepFeedback {
  index: number;
  side: Side;
  rating: number;
}

/** `smr-routine-start`: a session began (not fired on resume). */
export type SmrRoutineStartEvent = CustomEvent<{ routineId: string; total: number }>;

/** `smr-step-change`: the session entered a new phase of a step (work on a side, switch, rest, lead-in). */
export type SmrStepChangeEvent = CustomEvent<{ index: number; step: RoutineStep; side: Side; phase: SegmentKind }>;

/**
 * `smr-routine-complete`: the session ended. `elapsed`: seconds of session time run;
 * `completed` / `skipped`: step indexes; `feedback`: ratings given so far (with `ask-feedback`).
 */
export type SmrRoutineCompleteEvent = CustomEvent<{
  routineId: string;
  elapsed: number;
  completed: number[];
  skipped: number[];
  feedback: StepFeedback[];
}>;

declare global {
  interface GlobalEventHandlersEventMap {
    'smr-routine-start': SmrRoutineStartEvent;
    'smr-step-change': SmrStepChangeEvent;
    'smr-routine-complete': SmrRoutineCompleteEvent;
  }
}
