import type { CueMoment } from '../../controllers/cues.js';
import type { MediaInfo } from '../../controllers/media-session.js';
import type { SessionMedia } from '../../controllers/session.js';
import type { Segment } from '../../core/segments.js';
import type { Routine, RoutineStep, Side } from '../../core/types.js';
import { illustrationArtwork } from '../illustration/artwork.js';
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

/** Images for the lock screen's media controls while `step` runs: its exercise's illustration, for the side worked. */
export function stepArtwork(step: RoutineStep, side: Side): MediaImage[] | undefined {
  return step.exercise ? illustrationArtwork(step.exercise, side) : undefined;
}

/** What the lock screen and media controls show for `segment`: the exercise and side, the routine, the step and phase. */
export function describeForMedia(context: RoutineViewContext, routine: Routine, segment: Segment): MediaInfo {
  const t = context.t;
  const step = routine.steps[segment.stepIndex];
  const phase = { work: '', rest: t.routine.rest, switch: t.timer.switchSides, 'lead-in': t.timer.getReady }[segment.kind];
  return {
    title: t.timer.nowPlaying(step.name, context.sideName(segment.side)),
    artist: routine.title,
    album: t.timer.nowPlaying(t.routine.stepOf(segment.stepIndex + 1, routine.steps.length), phase),
    artwork: stepArtwork(step, segment.side),
  };
}

/** The routine's own methods behind play, pause, next and previous track; "stop" pauses (the session can be resumed). */
export function routineMedia(
  routine: { start(): void; pause(): void; next(): void; previous(): void },
  describe: SessionMedia['describe'],
): SessionMedia {
  return {
    describe,
    actions: {
      play: () => routine.start(),
      pause: () => routine.pause(),
      nexttrack: () => routine.next(),
      previoustrack: () => routine.previous(),
      stop: () => routine.pause(),
    },
  };
}
