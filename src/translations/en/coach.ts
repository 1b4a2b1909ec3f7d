/** English sentences of the voice coach of `<smr-routine voice>`. Registered by the coach, so a page without a routine carries none. */
import type { Translation } from '../translation.js';

export const strings: Pick<Translation, 'coach'> = {
  coach: {
    getReady: 'Get ready.',
    step: (name, side, setup) =>
      [side ? `${name}, ${side.charAt(0).toLowerCase()}${side.slice(1)}.` : `${name}.`, setup].filter(Boolean).join(' '),
    rest: (next) => `Rest. Next: ${next}`,
    go: 'Go.',
    switchSides: 'Switch sides.',
    sideGo: (side) => `${side}. Go.`,
    paceRoll: 'Slow down: about an inch a second.',
    paceHold: 'Keep breathing slowly, and ease off if it turns sharp.',
    halfway: 'Halfway.',
    tenSeconds: '10 seconds.',
    stepDone: 'Step done.',
    complete: 'Done. Well done.',
  },
};
