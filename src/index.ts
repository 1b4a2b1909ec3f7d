/**
 * smr-elements: the public API. Importing this module defines no elements by itself beyond
 * the classes it re-exports (each element module registers its tag once, guarded).
 */
export { SmrTimer } from './components/timer/timer.js';
export { SmrBodyMap } from './components/body-map/body-map.js';
export { SmrIllustration } from './components/illustration/illustration.js';
export { SmrExercise } from './components/exercise/exercise.js';
export { SmrRoutine } from './components/routine/routine.js';
export { SmrStep } from './components/routine/step.js';
export { SmrFinder } from './components/finder/finder.js';
export { SmrRoutineBuilder, DEFAULT_SCRIPT_SRC } from './components/routine-builder/routine-builder.js';
export { SmrHistory } from './components/history/history.js';
export { validateExercise } from './core/validate-exercise.js';

export { exercises, presets, concerns, getExercise, getPreset, validateRoutine, suggest } from './content/catalog.js';
export type { Concern, SuggestQuery, Suggestion } from './core/suggest.js';
export { safetyNote, beforeYouStart, stopSigns, redFlags } from './content/safety.js';
export { planSegments, planHold, positionAt } from './core/segments.js';
export type { Segment, SegmentKind, SegmentPlan, PlanPosition, CueKind } from './core/segments.js';
export { parseDuration, formatClock } from './core/duration.js';
export { formatErrors } from './core/validate.js';
export { LIMITS } from './core/limits.js';
export { describeProblem } from './core/problems.js';
export type { Problem, ExpectedShape, RangeUnit, IdKind, ShareLinkProblem } from './core/problems.js';
export type { ValidationResult } from './core/validate.js';
export { REGIONS, FRONT_REGIONS, BACK_REGIONS, AVOID_ZONES, TOOLS, TECHNIQUES, GOALS, POSITIONS, MEDIA_TYPES } from './core/types.js';
export { worksOffFloor } from './core/off-floor.js';
export type {
  Exercise,
  Muscle,
  OffFloor,
  Position,
  PressureGuide,
  RegionId,
  AvoidZoneId,
  Routine,
  RoutineInput,
  RoutineStep,
  RoutineStepInput,
  StepMedia,
  MediaType,
  Side,
  Sides,
  Tool,
  Technique,
  Goal,
  ValidationError,
} from './core/types.js';
export { registerTranslation } from './controllers/translation-registry.js';
export { registerContentTranslation } from './controllers/content-translations.js';
export type { ContentTranslation, ExerciseText, ConcernText, SafetyText } from './core/content-translation.js';
export type { Translation } from './translations/en.js';
export type { CoachWords } from './core/coach-script.js';
export type { VoiceSetting } from './controllers/voice-setting.js';
export type {
  SmrStartEvent,
  SmrPauseEvent,
  SmrResumeEvent,
  SmrResetEvent,
  SmrSideChangeEvent,
  SmrCompleteEvent,
} from './events/timer-events.js';
export type { SmrErrorEvent } from './events/error-event.js';
export type { SmrRegionSelectEvent } from './events/region-select-event.js';
export type { SmrRoutineSuggestEvent } from './events/finder-events.js';
export type { SmrChangeEvent } from './events/builder-events.js';
export { embedSnippet, fitsStepMarkup } from './core/embed.js';
export { createShareLink, readShareLink } from './content/share-link.js';
export type { ShareLinkResult } from './content/share-link.js';
export type { EmbedFormat, EmbedOptions } from './core/embed.js';
export { searchCatalog } from './core/catalog-search.js';
export type { CatalogFilter } from './core/catalog-search.js';
export type { SmrRoutineStartEvent, SmrStepChangeEvent, SmrRoutineCompleteEvent, StepFeedback } from './events/routine-events.js';
export { regionLabels } from './content/regions.js';
export type { HistorySession, HistoryRating, HistoryFile, SessionStatus } from './core/history.js';
export type { SmrHistoryChangeEvent } from './events/history-events.js';
