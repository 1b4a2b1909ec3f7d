/**
 * The routine and exercise model shared by every layer. Plain data types: no DOM, no Lit.
 */
export type { ValidationError } from './problems.js';

/** Which side(s) a step works: `both` runs the full duration on the left, then on the right. */
export type Sides = 'none' | 'both';

/** The side being worked right now, or `null` for midline work and non-work phases. */
export type Side = 'left' | 'right' | null;

/** Tools an exercise can be done with. */
export const TOOLS = ['foam-roller', 'ball', 'peanut-ball', 'stick'] as const;
export type Tool = (typeof TOOLS)[number];

/** How the tool is used. */
export const TECHNIQUES = ['roll', 'pin-and-hold', 'pin-and-stretch', 'cross-friction'] as const;
export type Technique = (typeof TECHNIQUES)[number];

/**
 * Where an exercise is done: lying or sitting on the floor, leaning on a wall, sitting on a chair
 * (or at a table), or standing.
 */
export const POSITIONS = ['floor', 'wall', 'seated', 'standing'] as const;
export type Position = (typeof POSITIONS)[number];

/** Regions of `<smr-body-map>` that a person can select and exercises target. */
export const FRONT_REGIONS = [
  'pecs',
  'front-deltoid',
  'serratus',
  'biceps',
  'forearm-flexors',
  'hip-flexors',
  'tfl',
  'quadriceps',
  'adductors',
  'it-band',
  'tibialis-anterior',
  'peroneals',
] as const;
export const BACK_REGIONS = [
  'suboccipitals',
  'neck-posterior',
  'upper-trapezius',
  'rhomboids',
  'thoracic-spine',
  'infraspinatus',
  'rear-deltoid',
  'teres',
  'lats',
  'triceps',
  'forearm-extensors',
  'quadratus-lumborum',
  'glute-max',
  'glute-med',
  'piriformis',
  'hamstrings',
  'calves',
  'plantar-fascia',
] as const;
export const REGIONS = [...FRONT_REGIONS, ...BACK_REGIONS] as const;
export type RegionId = (typeof REGIONS)[number];

/** Zones drawn on the body map as "do not roll here"; never selectable. */
export const AVOID_ZONES = [
  'avoid-neck-front',
  'avoid-lumbar-spine',
  'avoid-popliteal',
  'avoid-femoral-triangle',
  'avoid-axilla',
  'avoid-abdomen',
] as const;
export type AvoidZoneId = (typeof AVOID_ZONES)[number];

/**
 * What the default duration is chosen for. Holds on a tender spot work in roughly 20–90 s;
 * easing soreness needs around 90 s or more per muscle group; comfort before training sits
 * in between.
 */
export const GOALS = ['ease-soreness', 'mobility', 'tender-spots'] as const;
export type Goal = (typeof GOALS)[number];

/** A muscle an exercise targets, named for anatomists and for everyone else. */
export interface Muscle {
  /** e.g. "Adductor magnus" */
  anatomical: string;
  /** e.g. "inner thigh (back part)" */
  plain: string;
}

/** How hard to press, on a 1–10 discomfort scale, and how to change it. */
export interface PressureGuide {
  /** Target discomfort, 1–10 (tolerable discomfort, never sharp pain); usually 4–7. */
  target: number;
  /** How to take weight off. */
  lighter: string;
  /** How to add weight, for those who want more. */
  deeper: string;
}

/** A sound way to do a floor exercise without getting down to the floor. */
export interface OffFloor {
  /** Where it is done instead: at a wall, seated or standing. */
  position: Exclude<Position, 'floor'>;
  /** The tool it uses: one of the exercise's tools. */
  tool: Tool;
  /** Step-by-step how-to, getting into position first. */
  steps: string[];
}

/** A catalog exercise: everything a person needs to do it safely. */
export interface Exercise {
  /** kebab-case, stable: used in `<smr-step exercise="…">` and presets. */
  id: string;
  name: string;
  /** First tool is the default. */
  tools: Tool[];
  techniques: Technique[];
  muscles: Muscle[];
  /** Body-map regions this exercise works. */
  regions: RegionId[];
  /** One or two sentences: how to get into position. */
  setup: string;
  /**
   * The set-up as the voice coach says it: at most about 20 words, written for the ear (the coach
   * says the name and side before it). Catalog exercises always give it.
   */
  spoken?: string;
  /** Where the set-up is done. Catalog exercises always say. */
  position?: Position;
  /** For an exercise done on the floor: a sound way to do it off the floor, where there is one. */
  offFloor?: OffFloor;
  /** Step-by-step how-to, in order. */
  steps: string[];
  /** Short cues to keep in mind while working (slow, breathe, pause on tender spots). */
  cues: string[];
  /** Recommended rolling pace in rolls per minute (for `<smr-timer pace>`); 0 for static holds. */
  pace: number;
  pressure: PressureGuide;
  /** Places to keep the tool off, each with its reason. */
  avoid: string[];
  /** Default seconds (per side when `sides` is `both`). */
  duration: number;
  /**
   * The longest worthwhile time in seconds (per side), at least `duration`: `<smr-finder>` never
   * lengthens a step past it. Catalog exercises always give it.
   */
  maxDuration?: number;
  sides: Sides;
  /** What the default duration is chosen for. */
  goal: Goal;
  /** When to skip it or take extra care. */
  cautions: string[];
  /** One or two honest sentences on why it may help. */
  why: string;
  /** Optional extra honesty, e.g. what rolling the IT band can and cannot do. */
  note?: string;
}

/** Kinds of picture a step may show: a still image or a short clip (played muted, looped, inline). */
export const MEDIA_TYPES = ['image', 'video'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

/**
 * A step's own picture or clip, shown large beside the ring while the step runs. `src` is an
 * http(s) URL or a URL relative to the page (no other scheme, no spaces or control characters);
 * `alt` says in words what it shows.
 */
export interface StepMedia {
  src: string;
  type: MediaType;
  alt: string;
}

/** One step of a routine as written by an author (catalog reference or custom). */
export interface RoutineStepInput {
  /** Catalog exercise id. */
  exercise?: string;
  name?: string;
  /** Seconds (per side when `sides` is `both`). */
  duration?: number;
  sides?: Sides;
  tool?: Tool;
  instructions?: string[];
  cautions?: string[];
  /** The step's own picture or clip (instead of the catalog illustration). */
  media?: StepMedia;
}

/** A routine as written by an author: the JSON shape validated by `validateRoutine`. */
export interface RoutineInput {
  id: string;
  title: string;
  description?: string;
  /** Seconds of rest between steps (default 0). */
  rest?: number;
  /** Seconds of "switch sides" pause between the left and right side (default 5). */
  switchDuration?: number;
  steps: RoutineStepInput[];
}

/** A step after validation, with catalog defaults filled in. */
export interface RoutineStep {
  /** Catalog exercise id, when the step references one. */
  exercise?: string;
  name: string;
  duration: number;
  sides: Sides;
  tool?: Tool;
  instructions: string[];
  cautions: string[];
  /** The step's own picture or clip, when it gives one. */
  media?: StepMedia;
}

/** A validated routine, every field resolved. */
export interface Routine {
  id: string;
  title: string;
  description?: string;
  rest: number;
  switchDuration: number;
  steps: RoutineStep[];
}
