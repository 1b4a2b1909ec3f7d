import type { RoutineInput } from '../core/types.js';

/** `smr-routine-suggest`: the finder proposed a routine (`detail.routine`, valid routine input). */
export type SmrRoutineSuggestEvent = CustomEvent<{ routine: RoutineInput }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'smr-routine-suggest': SmrRoutineSuggestEvent;
  }
}
