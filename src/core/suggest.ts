/**
 * Assembling a routine from what a person notices, where they feel tight, the time they have and
 * the tools they own. Pure: the catalog and the concern map are passed in.
 */
import { describeValue } from './describe.js';
import { problemAt } from './problems.js';
import { unknownMatch } from './closest-match.js';
import { DEFAULT_LEAD_IN, DEFAULT_SWITCH_DURATION } from './limits.js';
import { offFloorWay } from './off-floor.js';
import { REGIONS, TOOLS } from './types.js';
import type { Exercise, RegionId, RoutineInput, Tool, ValidationError } from './types.js';

/** Something a person notices, mapped to exercises that may help, in order of relevance. */
export interface Concern {
  /** kebab-case, stable: `knee-valgus`, `desk-neck`, … */
  id: string;
  /** What the person would say. */
  label: string;
  exercises: { exercise: string; why: string }[];
  /** Honest context shown with the suggestion. */
  note?: string;
}

export interface SuggestQuery {
  regions?: readonly string[];
  concerns?: readonly string[];
  /** Minutes available (3–60, default 10). */
  minutes?: number;
  /** Tools owned (default: all). */
  tools?: readonly string[];
  /** Red-flag ids the person reported; any means "see a professional", no routine. */
  redFlags?: readonly string[];
  /**
   * `true`: the person cannot get down to the floor. Only exercises done standing, seated or at a
   * wall are suggested, and floor exercises through their off-the-floor option (its tool and steps).
   */
  offFloor?: boolean;
}

export interface Suggestion {
  /** The proposed routine, or `null` (nothing asked, nothing fits, a red flag, or errors). */
  routine: RoutineInput | null;
  /** Why each exercise is in the routine, by exercise id. */
  reasons: Record<string, string>;
  /** Notes of the concerns asked about. */
  notes: string[];
  /** Red flags reported, which stop the suggestion. */
  redFlags: string[];
  errors: ValidationError[];
}

const MIN_SECONDS = 30;
/** No suggested step is longer, whatever an exercise allows. */
const MAX_SECONDS = 120;
const STEP = 5;

interface Pick {
  exercise: Exercise;
  why: string;
  duration: number;
  /** The longest this step may grow to. */
  max: number;
  tool: Tool;
  /** The steps of the off-the-floor option, when the step follows it. */
  instructions?: string[];
}

function cost(picks: readonly Pick[], rest: number): number {
  const work = picks.reduce((sum, p) => sum + (p.exercise.sides === 'both' ? 2 * p.duration + DEFAULT_SWITCH_DURATION : p.duration), 0);
  return work + rest * Math.max(0, picks.length - 1);
}

/** Round-robin over the sources so every concern and region gets its best exercise first. */
function interleave<T>(sources: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  const longest = Math.max(0, ...sources.map((s) => s.length));
  for (let rank = 0; rank < longest; rank++) for (const source of sources) if (source[rank] !== undefined) out.push(source[rank]);
  return out;
}

/**
 * Proposes a routine that fits the time and the tools: no duplicates, only owned tools, total time
 * (switch pauses, rest and the player's 5 s get-ready included) within the minutes given.
 * Never throws.
 */
/** How a suggested routine is worded: its title, its description and the reason for an area someone marked. */
export interface SuggestWords {
  routineTitle: (minutes: number) => string;
  /** The description, from the labels of the concerns asked about. */
  routineFor: (concernLabels: string[]) => string;
  routineForAreas: string;
  markedTight: (areaLabel: string) => string;
}

export const englishSuggestWords: SuggestWords = {
  routineTitle: (minutes) => `Your ${minutes}-minute routine`,
  routineFor: (labels) =>
    `For: ${labels.map((label) => label.replace(/^My /, '').replace(/^./, (first) => first.toLowerCase())).join('; ')}.`,
  routineForAreas: 'For the areas you marked.',
  markedTight: (area) => `You marked the ${area.toLowerCase()} as tight.`,
};

export function suggestRoutine(
  query: SuggestQuery,
  data: {
    exercises: readonly Exercise[];
    concerns: readonly Concern[];
    regionLabels: Readonly<Record<string, string>>;
    redFlagIds: readonly string[];
    words?: SuggestWords;
  },
): Suggestion {
  const words = data.words ?? englishSuggestWords;
  const errors: ValidationError[] = [];
  const result = (routine: RoutineInput | null, extra: Partial<Suggestion> = {}): Suggestion => ({
    routine,
    reasons: {},
    notes: [],
    redFlags: [],
    errors,
    ...extra,
  });
  const list = (value: unknown, path: string, allowed: readonly string[]): string[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      errors.push(problemAt(path, { code: 'wrong-type', expected: 'list', got: describeValue(value) }));
      return [];
    }
    return (value as unknown[]).slice(0, 50).filter((id, i): id is string => {
      if (typeof id === 'string' && allowed.includes(id)) return true;
      errors.push(problemAt(`${path}[${i}]`, { ...unknownMatch('id', allowed, id, 2), expected: allowed }));
      return false;
    });
  };
  const concernIds = list(
    query?.concerns,
    'concerns',
    data.concerns.map((c) => c.id),
  );
  const regionIds = list(query?.regions, 'regions', REGIONS) as RegionId[];
  const toolList = query?.tools === undefined ? [...TOOLS] : (list(query.tools, 'tools', TOOLS) as Tool[]);
  const redFlags = list(query?.redFlags, 'redFlags', data.redFlagIds);
  const offFloor = query?.offFloor ?? false;
  if (typeof offFloor !== 'boolean')
    errors.push(problemAt('offFloor', { code: 'one-of', allowed: ['true', 'false'], got: describeValue(offFloor) }));
  const minutesValue = query?.minutes ?? 10;
  if (typeof minutesValue !== 'number' || !Number.isFinite(minutesValue) || minutesValue < 3 || minutesValue > 60) {
    errors.push(problemAt('minutes', { code: 'range', unit: 'minutes', min: 3, max: 60, got: describeValue(minutesValue) }));
  }
  if (errors.length > 0) return result(null);
  if (redFlags.length > 0) return result(null, { redFlags });

  const byId = new Map(data.exercises.map((e) => [e.id, e]));
  const chosenConcerns = data.concerns.filter((c) => concernIds.includes(c.id));
  const sources = [
    ...chosenConcerns.map((c) => c.exercises.map((entry) => ({ exercise: byId.get(entry.exercise), why: entry.why }))),
    ...regionIds.map((region) =>
      data.exercises
        .filter((e) => e.regions.includes(region))
        .sort((a, b) => a.regions.indexOf(region) - b.regions.indexOf(region))
        .map((exercise) => ({ exercise, why: words.markedTight(data.regionLabels[region] ?? region) })),
    ),
  ];
  const budget = Math.floor(minutesValue) * 60 - DEFAULT_LEAD_IN;
  const rest = budget <= 300 ? 0 : 10;
  const picks: Pick[] = [];
  const seen = new Set<string>();
  for (const candidate of interleave(sources)) {
    const exercise = candidate.exercise;
    if (!exercise || seen.has(exercise.id)) continue;
    const way = offFloor ? offFloorWay(exercise) : 'as-written';
    if (!way) continue;
    const tool =
      way === 'as-written' ? exercise.tools.find((t) => toolList.includes(t)) : toolList.includes(way.tool) ? way.tool : undefined;
    if (!tool) continue;
    seen.add(exercise.id);
    const max = Math.min(MAX_SECONDS, exercise.maxDuration ?? MAX_SECONDS);
    const base: Pick = { exercise, why: candidate.why, tool, max, duration: Math.min(max, exercise.duration) };
    if (way !== 'as-written') base.instructions = way.steps;
    // Shorten toward the floor before giving up on a candidate.
    for (let duration = base.duration; duration >= MIN_SECONDS; duration -= STEP) {
      if (cost([...picks, { ...base, duration }], rest) <= budget) {
        picks.push({ ...base, duration });
        break;
      }
    }
  }
  if (picks.length === 0) return result(null, { notes: chosenConcerns.flatMap((c) => (c.note ? [c.note] : [])) });

  // Use the time left: lengthen holds in turn, 5 s at a time, each up to its exercise's longest worthwhile time.
  let grew = true;
  while (grew) {
    grew = false;
    for (const pick of picks) {
      if (pick.duration + STEP > pick.max) continue;
      pick.duration += STEP;
      if (cost(picks, rest) <= budget) grew = true;
      else pick.duration -= STEP;
    }
  }

  const minutes = Math.floor(minutesValue);
  const routine: RoutineInput = {
    id: `suggested-${[...concernIds, ...regionIds].join('-').slice(0, 60) || 'routine'}-${minutes}${offFloor ? '-off-floor' : ''}`,
    title: words.routineTitle(minutes),
    description: chosenConcerns.length ? words.routineFor(chosenConcerns.map((c) => c.label)) : words.routineForAreas,
    rest,
    switchDuration: DEFAULT_SWITCH_DURATION,
    steps: picks.map((p) => ({
      exercise: p.exercise.id,
      duration: p.duration,
      sides: p.exercise.sides,
      tool: p.tool,
      ...(p.instructions ? { instructions: [...p.instructions] } : {}),
    })),
  };
  return result(routine, {
    reasons: Object.fromEntries(picks.map((p) => [p.exercise.id, p.why])),
    notes: chosenConcerns.flatMap((c) => (c.note ? [c.note] : [])),
  });
}
