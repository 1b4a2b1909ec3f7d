/**
 * The built-in content in the language of an element: English, with whatever a registered
 * `ContentTranslation` supplies laid over it. Pure: the translation comes from
 * `LocalizeController.content` (registered through `registerContentTranslation`).
 */
import type { ContentTranslation } from '../core/content-translation.js';
import { own } from '../core/records.js';
import type { Concern } from '../core/suggest.js';
import type { Exercise, Routine, RoutineStep } from '../core/types.js';
import { getExercise } from './exercises.js';
import { presets } from './presets.js';
import { beforeYouStart, redFlags, safetyNote, stopSigns } from './safety.js';

/** A catalog exercise in the translation's words. */
export function localizeExercise(exercise: Exercise, content: ContentTranslation | undefined): Exercise {
  const text = own(content?.exercises, exercise.id);
  if (!text) return exercise;
  const { muscles, pressure, offFloor, ...plain } = text;
  const local: Exercise = {
    ...exercise,
    ...plain,
    muscles: muscles ? exercise.muscles.map((muscle, i) => ({ ...muscle, plain: muscles[i] ?? muscle.plain })) : exercise.muscles,
    pressure: { ...exercise.pressure, ...pressure },
  };
  if (offFloor && exercise.offFloor) local.offFloor = { ...exercise.offFloor, steps: offFloor };
  return local;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * A routine step in the translation's words. Only what came from the catalog is translated (its
 * how-to, or the how-to of its off-the-floor option): a name, instructions or cautions the author
 * wrote (anything that differs from the English catalog text) are shown as written.
 */
export function localizeStep(step: RoutineStep, content: ContentTranslation | undefined): RoutineStep {
  const english = step.exercise ? getExercise(step.exercise) : undefined;
  if (!english || !content?.exercises) return step;
  const local = localizeExercise(english, content);
  if (local === english) return step;
  return {
    ...step,
    name: step.name === english.name ? local.name : step.name,
    instructions: sameList(step.instructions, english.steps)
      ? local.steps
      : english.offFloor && sameList(step.instructions, english.offFloor.steps)
        ? local.offFloor!.steps
        : step.instructions,
    cautions: sameList(step.cautions, english.cautions) ? local.cautions : step.cautions,
  };
}

/**
 * What the voice coach says to set up a routine step (`step` as validated, in English): its catalog
 * exercise's spoken set-up, in the translation's words when the translation has them and speaks
 * `lang`, in English when `lang` is English, otherwise '' (never English words in another voice).
 * Also '' for a custom step, and for one done another way than the catalog's (its own how-to, or
 * another tool), which the set-up would not fit.
 */
export function spokenSetup(step: RoutineStep, content: ContentTranslation | undefined, lang: string): string {
  const english = step.exercise ? getExercise(step.exercise) : undefined;
  if (!english?.spoken || !sameList(step.instructions, english.steps)) return '';
  if (step.tool !== undefined && step.tool !== english.tools[0]) return '';
  const language = (tag: string): string => tag.toLowerCase().split('-')[0];
  const local = own(content?.exercises, english.id)?.spoken;
  if (local && content && language(content.lang) === language(lang)) return local;
  return language(lang) === 'en' ? english.spoken : '';
}

/** A routine in the translation's words: a preset's title and description (unless changed) and its catalog steps. */
export function localizeRoutine(routine: Routine, content: ContentTranslation | undefined): Routine {
  if (!content) return routine;
  // Elements ask on every render; a validated routine never changes, so its translation is kept.
  const cached = localizedRoutines.get(routine);
  if (cached?.content === content) return cached.shown;
  const shown = translateRoutine(routine, content);
  localizedRoutines.set(routine, { content, shown });
  return shown;
}

const localizedRoutines = new WeakMap<Routine, { content: ContentTranslation; shown: Routine }>();

function translateRoutine(routine: Routine, content: ContentTranslation): Routine {
  const preset = presets.find((candidate) => candidate.id === routine.id);
  const words = preset && own(content.presets, preset.id);
  return {
    ...routine,
    title: words?.title && routine.title === preset!.title ? words.title : routine.title,
    description: words?.description && routine.description === preset!.description ? words.description : routine.description,
    steps: routine.steps.map((step) => localizeStep(step, content)),
  };
}

/** A preset's title, for lists of presets. */
export function presetTitle(id: string, content: ContentTranslation | undefined): string {
  const words = own(content?.presets, id);
  return words?.title ?? presets.find((preset) => preset.id === id)?.title ?? id;
}

/** A concern of the finder in the translation's words. */
export function localizeConcern(concern: Concern, content: ContentTranslation | undefined): Concern {
  const words = own(content?.concerns, concern.id);
  if (!words) return concern;
  return {
    ...concern,
    label: words.label ?? concern.label,
    note: words.note ?? concern.note,
    exercises: concern.exercises.map((entry) => ({
      ...entry,
      why: own(words.reasons, entry.exercise) ?? entry.why,
    })),
  };
}

/** The general safety note in the translation's words. */
export function localizedSafetyNote(content: ContentTranslation | undefined): string {
  return content?.safety?.note ?? safetyNote;
}

/** The "before you start" checks in the translation's words. */
export function localizedBeforeYouStart(content: ContentTranslation | undefined): readonly { id: string; text: string }[] {
  const words = content?.safety?.beforeYouStart;
  return words ? beforeYouStart.map((item) => ({ ...item, text: own(words, item.id) ?? item.text })) : beforeYouStart;
}

/** The signs to stop in the translation's words. */
export function localizedStopSigns(content: ContentTranslation | undefined): readonly string[] {
  return content?.safety?.stopSigns ?? stopSigns;
}

/** The red flags and their advice in the translation's words. */
export function localizedRedFlags(
  content: ContentTranslation | undefined,
): readonly { id: string; text: string; advice: string; urgent?: true }[] {
  const words = content?.safety?.redFlags;
  return words ? redFlags.map((flag) => ({ ...flag, ...own(words, flag.id) })) : redFlags;
}

/** All the safety copy in the translation's words (each part is also its own function, so an element loads only what it shows). */
export function localizeSafety(content: ContentTranslation | undefined): {
  note: string;
  beforeYouStart: readonly { id: string; text: string }[];
  stopSigns: readonly string[];
  redFlags: readonly { id: string; text: string; advice: string; urgent?: true }[];
} {
  return {
    note: localizedSafetyNote(content),
    beforeYouStart: localizedBeforeYouStart(content),
    stopSigns: localizedStopSigns(content),
    redFlags: localizedRedFlags(content),
  };
}
