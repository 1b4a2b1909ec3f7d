/**
 * React components for every element (`smr-elements/react`), made with `@lit/react`:
 * properties are set as properties (objects and numbers arrive intact) and each event has an
 * `onSmr…` prop typed with its `detail`. Importing this module defines the elements.
 *
 * ```tsx
 * import { SmrTimer } from 'smr-elements/react';
 * <SmrTimer duration={60} sides="both" onSmrComplete={(event) => save(event.detail.duration)} />
 * ```
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SmrTimer as SmrTimerElement } from './components/timer/timer.js';
import { SmrBodyMap as SmrBodyMapElement } from './components/body-map/body-map.js';
import { SmrExercise as SmrExerciseElement } from './components/exercise/exercise.js';
import { SmrRoutine as SmrRoutineElement } from './components/routine/routine.js';
import { SmrStep as SmrStepElement } from './components/routine/step.js';
import { SmrFinder as SmrFinderElement } from './components/finder/finder.js';
import { SmrIllustration as SmrIllustrationElement } from './components/illustration/illustration.js';
import { SmrRoutineBuilder as SmrRoutineBuilderElement } from './components/routine-builder/routine-builder.js';
import { SmrHistory as SmrHistoryElement } from './components/history/history.js';
import type { SmrErrorEvent } from './events/error-event.js';
import type {
  SmrCompleteEvent,
  SmrPauseEvent,
  SmrResetEvent,
  SmrResumeEvent,
  SmrSideChangeEvent,
  SmrStartEvent,
} from './events/timer-events.js';
import type { SmrRoutineCompleteEvent, SmrRoutineStartEvent, SmrStepChangeEvent } from './events/routine-events.js';
import type { SmrRegionSelectEvent } from './events/region-select-event.js';
import type { SmrRoutineSuggestEvent } from './events/finder-events.js';
import type { SmrChangeEvent } from './events/builder-events.js';
import type { SmrHistoryChangeEvent } from './events/history-events.js';

const onSmrError = 'smr-error' as EventName<SmrErrorEvent>;

/** `<smr-timer>`: `onSmrStart`, `onSmrPause`, `onSmrResume`, `onSmrReset`, `onSmrSideChange`, `onSmrComplete`, `onSmrError`. */
export const SmrTimer = createComponent({
  react: React,
  tagName: 'smr-timer',
  elementClass: SmrTimerElement,
  displayName: 'SmrTimer',
  events: {
    onSmrStart: 'smr-start' as EventName<SmrStartEvent>,
    onSmrPause: 'smr-pause' as EventName<SmrPauseEvent>,
    onSmrResume: 'smr-resume' as EventName<SmrResumeEvent>,
    onSmrReset: 'smr-reset' as EventName<SmrResetEvent>,
    onSmrSideChange: 'smr-side-change' as EventName<SmrSideChangeEvent>,
    onSmrComplete: 'smr-complete' as EventName<SmrCompleteEvent>,
    onSmrError,
  },
});

/** `<smr-routine>`: `onSmrRoutineStart`, `onSmrStepChange`, `onSmrRoutineComplete`, `onSmrError`. */
export const SmrRoutine = createComponent({
  react: React,
  tagName: 'smr-routine',
  elementClass: SmrRoutineElement,
  displayName: 'SmrRoutine',
  events: {
    onSmrRoutineStart: 'smr-routine-start' as EventName<SmrRoutineStartEvent>,
    onSmrStepChange: 'smr-step-change' as EventName<SmrStepChangeEvent>,
    onSmrRoutineComplete: 'smr-routine-complete' as EventName<SmrRoutineCompleteEvent>,
    onSmrError,
  },
});

/** `<smr-step>`: one step written as markup inside `SmrRoutine`. */
export const SmrStep = createComponent({
  react: React,
  tagName: 'smr-step',
  elementClass: SmrStepElement,
  displayName: 'SmrStep',
});

/** `<smr-exercise>`: `onSmrError`. */
export const SmrExercise = createComponent({
  react: React,
  tagName: 'smr-exercise',
  elementClass: SmrExerciseElement,
  displayName: 'SmrExercise',
  events: { onSmrError },
});

/** `<smr-body-map>`: `onSmrRegionSelect`, `onChange` (the `selected` list changed), `onSmrError`. */
export const SmrBodyMap = createComponent({
  react: React,
  tagName: 'smr-body-map',
  elementClass: SmrBodyMapElement,
  displayName: 'SmrBodyMap',
  events: {
    onSmrRegionSelect: 'smr-region-select' as EventName<SmrRegionSelectEvent>,
    onChange: 'change',
    onSmrError,
  },
});

/** `<smr-illustration>`: `onSmrError`. */
export const SmrIllustration = createComponent({
  react: React,
  tagName: 'smr-illustration',
  elementClass: SmrIllustrationElement,
  displayName: 'SmrIllustration',
  events: { onSmrError },
});

/** `<smr-finder>`: `onSmrRoutineSuggest`. */
export const SmrFinder = createComponent({
  react: React,
  tagName: 'smr-finder',
  elementClass: SmrFinderElement,
  displayName: 'SmrFinder',
  events: {
    onSmrRoutineSuggest: 'smr-routine-suggest' as EventName<SmrRoutineSuggestEvent>,
  },
});

/** `<smr-routine-builder>`: `onSmrChange`, `onSmrError`. */
export const SmrRoutineBuilder = createComponent({
  react: React,
  tagName: 'smr-routine-builder',
  elementClass: SmrRoutineBuilderElement,
  displayName: 'SmrRoutineBuilder',
  events: {
    onSmrChange: 'smr-change' as EventName<SmrChangeEvent>,
    onSmrError,
  },
});

/** `<smr-history>`: `onSmrHistoryChange` (after an import or a clear), `onSmrError`. */
export const SmrHistory = createComponent({
  react: React,
  tagName: 'smr-history',
  elementClass: SmrHistoryElement,
  displayName: 'SmrHistory',
  events: {
    onSmrHistoryChange: 'smr-history-change' as EventName<SmrHistoryChangeEvent>,
    onSmrError,
  },
});
