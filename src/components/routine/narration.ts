import type { CueMoment } from '../../controllers/cues.js';
import type { Segment } from '../../core/segments.js';
import type { Routine } from '../../core/types.js';
import type { RoutineViewContext } from './view-context.js';

/** What is said when a phase begins: the live-region text, and the cue (voice, vibration, flash). */
export interface Narration {
  announce: string;
  cue?: { kind: CueMoment; spoken: string };
}

/** The words for the start of `segment` of `routine` (shown in the element's language). */
export function narrateSegment(context: RoutineViewContext, routine: Routine, segment: Segment): Narration {
  const t = context.t;
  const step = routine.steps[segment.stepIndex];
  switch (segment.kind) {
    case 'work': {
      const sideName = context.sideName(segment.side);
      return {
        announce: t.routine.announceStep(segment.stepIndex + 1, routine.steps.length, step.name, sideName),
        cue: { kind: 'go', spoken: sideName ? `${step.name}, ${sideName}` : step.name },
      };
    }
    case 'switch':
      return { announce: t.routine.announceSwitch(context.sideName('right')), cue: { kind: 'switch', spoken: t.voice.switchSides } };
    case 'rest':
      return { announce: t.routine.announceRest(step.name), cue: { kind: 'rest', spoken: t.routine.rest } };
    case 'lead-in':
      return { announce: t.routine.announceGetReady(step.name) };
  }
}
