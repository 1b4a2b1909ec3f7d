import type { RoutineInput, ValidationError } from '../core/types.js';

/**
 * `smr-change`: the person changed the routine in `<smr-routine-builder>` (an edit committed, a step
 * added, moved or removed, a routine loaded). `detail.value` is the routine as `value` returns it;
 * `detail.errors` lists what is still invalid (empty when it is ready to embed).
 */
export type SmrChangeEvent = CustomEvent<{ value: RoutineInput; errors: ValidationError[] }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'smr-change': SmrChangeEvent;
  }
}
