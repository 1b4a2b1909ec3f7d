import type { ValidationError } from '../core/types.js';

/**
 * `smr-error`: input was rejected. `detail.errors` lists each problem with the path of the
 * field (`duration`, `steps[2].duration`) and a message naming the bad value.
 */
export type SmrErrorEvent = CustomEvent<{ errors: ValidationError[] }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'smr-error': SmrErrorEvent;
  }
}
