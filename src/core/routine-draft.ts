/**
 * The editable form of a routine in `<smr-routine-builder>`: every field as the person edits it,
 * converted to and from the routine input the other elements read. Pure: no DOM, no Lit.
 */
import { DEFAULT_SWITCH_DURATION } from './limits.js';
import { isRecord, own } from './records.js';
import type { MediaType, Routine, RoutineInput, RoutineStepInput, Sides, Tool } from './types.js';

export interface DraftStep {
  /** Stable identity while the step is moved around. */
  key: number;
  /** Catalog exercise id; absent for a custom step. */
  exercise?: string;
  /** For a catalog step, empty means the catalog's name. */
  name: string;
  /** Seconds per side; `NaN` while the field is empty. */
  duration: number;
  sides: Sides;
  /** Empty: the catalog's first tool, or none for a custom step. */
  tool: Tool | '';
  /** One instruction per line; for a catalog step, empty means the catalog's how-to. */
  instructions: string;
  /** Step cautions from a loaded routine; kept as they are. */
  cautions?: string[];
  /** The step's own picture or clip as typed; with an empty URL and description, the step has none. */
  media?: DraftMedia;
}

/** A step's picture or clip in the builder: every part as the person edits it. */
export interface DraftMedia {
  src: string;
  type: MediaType;
  alt: string;
}

export interface RoutineDraft {
  /** Kept from a loaded routine; otherwise derived from the title. */
  id?: string;
  title: string;
  description: string;
  rest: number;
  switchDuration: number;
  steps: DraftStep[];
}

/** A routine id from a title: `Runner's reset` → `runners-reset`. */
export function slugify(title: string, fallback = 'my-routine'): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** `list` with the item at `from` moved to `to` (both clamped); the same array when nothing moves. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const last = list.length - 1;
  const source = Math.max(0, Math.min(last, from));
  const target = Math.max(0, Math.min(last, to));
  if (source === target || list.length < 2) return list.slice();
  const copy = list.slice();
  const [item] = copy.splice(source, 1);
  copy.splice(target, 0, item);
  return copy;
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

function stepInput(step: DraftStep): RoutineStepInput {
  const input: RoutineStepInput = {};
  if (step.exercise !== undefined) input.exercise = step.exercise;
  if (step.exercise === undefined || step.name.trim() !== '') input.name = step.name;
  input.duration = step.duration;
  input.sides = step.sides;
  if (step.tool) input.tool = step.tool;
  const instructions = lines(step.instructions);
  if (instructions.length > 0) input.instructions = instructions;
  if (step.cautions) input.cautions = step.cautions.slice();
  // Half-filled media is written out, so the routine names what is missing; empty media is none.
  if (step.media && (step.media.src.trim() !== '' || step.media.alt.trim() !== '')) {
    input.media = { src: step.media.src.trim(), type: step.media.type, alt: step.media.alt };
  }
  return input;
}

/**
 * The routine input a draft stands for: durations and sides written out for every step, rest and
 * the switch pause only when they differ from the defaults.
 */
export function draftToInput(draft: RoutineDraft): RoutineInput {
  return {
    id: draft.id ?? slugify(draft.title),
    title: draft.title,
    ...(draft.description.trim() !== '' ? { description: draft.description } : {}),
    ...(draft.rest !== 0 ? { rest: draft.rest } : {}),
    ...(draft.switchDuration !== DEFAULT_SWITCH_DURATION ? { switchDuration: draft.switchDuration } : {}),
    steps: draft.steps.map(stepInput),
  };
}

/**
 * The draft of a routine that passed validation: `routine` is the validated result, `input` what
 * was given, so catalog defaults the author left out stay defaults (not copies of the catalog text).
 */
export function draftFromRoutine(routine: Routine, input: unknown, nextKey: () => number): RoutineDraft {
  const rawSteps = isRecord(input) && Array.isArray(own(input, 'steps')) ? (own(input, 'steps') as unknown[]) : [];
  return {
    id: routine.id,
    title: routine.title,
    description: routine.description ?? '',
    rest: routine.rest,
    switchDuration: routine.switchDuration,
    steps: routine.steps.map((step, i) => {
      const raw = isRecord(rawSteps[i]) ? (rawSteps[i] as Record<string, unknown>) : {};
      const given = (key: string) => own(raw, key) !== undefined;
      const draft: DraftStep = {
        key: nextKey(),
        name: step.exercise === undefined || given('name') ? step.name : '',
        duration: step.duration,
        sides: step.sides,
        tool: given('tool') ? (step.tool ?? '') : '',
        instructions: step.exercise === undefined || given('instructions') ? step.instructions.join('\n') : '',
      };
      if (step.exercise !== undefined) draft.exercise = step.exercise;
      if (given('cautions')) draft.cautions = step.cautions.slice();
      if (step.media) draft.media = { ...step.media };
      return draft;
    }),
  };
}
