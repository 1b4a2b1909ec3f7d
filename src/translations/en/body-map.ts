/** English strings of `<smr-body-map>`. Registered by the elements that show them, so each bundle carries only its own strings. */
import type { Translation } from '../translation.js';

export const strings: Pick<Translation, 'bodyMap'> = {
  bodyMap: {
    front: 'Front',
    back: 'Back',
    figure: (view, highlighted) =>
      highlighted.length > 0 ? `Body, ${view} view, highlighting: ${highlighted.join(', ')}` : `Body, ${view} view`,
    pick: (view) => `${view} view: choose the areas that feel tight`,
    avoidLegend: 'Hatched: never roll here',
  },
};
