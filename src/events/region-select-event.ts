import type { RegionId } from '../core/types.js';

/** `smr-region-select`: a region of a selectable body map was picked or unpicked. */
export type SmrRegionSelectEvent = CustomEvent<{ region: RegionId; selected: boolean }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'smr-region-select': SmrRegionSelectEvent;
  }
}
