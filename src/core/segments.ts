/**
 * The segment plan: the flat list of timed phases a timer or routine player runs through.
 */
import type { Routine, Side, Sides } from './types.js';

/** What happens during a segment. */
export type SegmentKind = 'lead-in' | 'work' | 'switch' | 'rest';

export interface Segment {
  kind: SegmentKind;
  /** Seconds, always > 0. */
  duration: number;
  /** Seconds from the start of the plan to the start of this segment. */
  start: number;
  /** Step of the routine this segment belongs to (0 for a lone timer). For rest, the step that follows. */
  stepIndex: number;
  /** Side worked in a `work` segment; the side about to be worked in `switch` and `lead-in`. */
  side: Side;
}

export interface SegmentPlan {
  segments: Segment[];
  /** Sum of every segment's duration, in seconds. */
  total: number;
}

export interface HoldOptions {
  /** Seconds of work, per side when `sides` is `both`. */
  duration: number;
  sides?: Sides;
  /** Pause between sides, seconds (0 for none). */
  switchDuration?: number;
  /** "Get ready" seconds before the first work (0 for none). */
  leadIn?: number;
  stepIndex?: number;
}

type SegmentDraft = Omit<Segment, 'start'>;

function holdDrafts(options: HoldOptions): SegmentDraft[] {
  const { duration, sides = 'none', switchDuration = 0, leadIn = 0, stepIndex = 0 } = options;
  const drafts: SegmentDraft[] = [];
  const firstSide: Side = sides === 'both' ? 'left' : null;
  if (leadIn > 0) drafts.push({ kind: 'lead-in', duration: leadIn, stepIndex, side: firstSide });
  if (sides === 'both') {
    drafts.push({ kind: 'work', duration, stepIndex, side: 'left' });
    if (switchDuration > 0) drafts.push({ kind: 'switch', duration: switchDuration, stepIndex, side: 'right' });
    drafts.push({ kind: 'work', duration, stepIndex, side: 'right' });
  } else {
    drafts.push({ kind: 'work', duration, stepIndex, side: null });
  }
  return drafts;
}

function withStarts(drafts: readonly SegmentDraft[]): SegmentPlan {
  let total = 0;
  const segments = drafts
    .filter((draft) => draft.duration > 0)
    .map((draft) => {
      const segment: Segment = { ...draft, start: total };
      total += draft.duration;
      return segment;
    });
  return { segments, total };
}

/** Plans one hold: optional lead-in, then one side, or left → switch → right (each side gets the full duration). */
export function planHold(options: HoldOptions): SegmentPlan {
  return withStarts(holdDrafts(options));
}

/** Plans a whole validated routine: steps in order, switch pauses between sides, rest between steps. */
export function planSegments(routine: Routine, options: { leadIn?: number } = {}): SegmentPlan {
  const drafts: SegmentDraft[] = [];
  routine.steps.forEach((step, stepIndex) => {
    if (stepIndex > 0 && routine.rest > 0) {
      drafts.push({ kind: 'rest', duration: routine.rest, stepIndex, side: step.sides === 'both' ? 'left' : null });
    }
    drafts.push(
      ...holdDrafts({
        duration: step.duration,
        sides: step.sides,
        switchDuration: routine.switchDuration,
        leadIn: stepIndex === 0 ? options.leadIn : 0,
        stepIndex,
      }),
    );
  });
  return withStarts(drafts);
}

/** Where a plan stands after `elapsed` seconds. */
export interface PlanPosition {
  /** Index of the current segment; `segments.length` once the plan is complete. */
  index: number;
  /** Seconds left in the current segment (0 when complete). */
  segmentRemaining: number;
  /** Seconds left in the whole plan. */
  totalRemaining: number;
  complete: boolean;
}

/** Locates `elapsed` seconds in a plan (binary search; segments are contiguous and ordered). */
export function positionAt(plan: SegmentPlan, elapsed: number): PlanPosition {
  const { segments, total } = plan;
  const clamped = Math.max(0, elapsed);
  if (clamped >= total || segments.length === 0) {
    return { index: segments.length, segmentRemaining: 0, totalRemaining: 0, complete: true };
  }
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (segments[mid].start <= clamped) low = mid;
    else high = mid - 1;
  }
  const segment = segments[low];
  return {
    index: low,
    segmentRemaining: segment.start + segment.duration - clamped,
    totalRemaining: total - clamped,
    complete: false,
  };
}

/**
 * Seconds from `elapsed` until the next moment something visible changes: the shown whole
 * second of the current segment ticks over, or the segment ends. Used to schedule one timeout
 * instead of polling.
 */
export function secondsUntilNextChange(plan: SegmentPlan, elapsed: number): number {
  const position = positionAt(plan, elapsed);
  if (position.complete) return Infinity;
  const fraction = position.segmentRemaining - Math.floor(position.segmentRemaining);
  // When exactly on a whole second, the next change is a full second away.
  const untilTick = fraction > 1e-6 ? fraction : Math.min(1, position.segmentRemaining);
  return Math.min(untilTick, position.segmentRemaining);
}

/** The sound that marks a moment of the plan. */
export type CueKind = 'count' | 'go' | 'switch' | 'complete';

/**
 * Which cue belongs to the boundary at `at` seconds (a whole-second tick or a segment end),
 * or `null` for none: `complete` at the end, `switch` when a switch pause begins, `go` when
 * work begins after a lead-in, switch or rest, and `count` for each of the final `cueSeconds`
 * of a segment.
 */
export function cueAt(plan: SegmentPlan, at: number, cueSeconds: number): CueKind | null {
  const epsilon = 1e-3;
  if (at >= plan.total - epsilon) return plan.total > 0 ? 'complete' : null;
  const after = positionAt(plan, at + epsilon);
  const segment = plan.segments[after.index];
  const startsHere = Math.abs(segment.start - at) < epsilon * 2;
  if (startsHere && after.index > 0) {
    if (segment.kind === 'switch') return 'switch';
    if (segment.kind === 'work') return 'go';
    return null;
  }
  const shown = Math.ceil(after.segmentRemaining - epsilon);
  const onWholeSecond = Math.abs(after.segmentRemaining - Math.round(after.segmentRemaining)) < epsilon * 2;
  if (!startsHere && onWholeSecond && shown >= 1 && shown <= cueSeconds) return 'count';
  return null;
}

/**
 * Moments in (from, to] when a pacing tick falls: every 60/`rollsPerMinute` seconds from the
 * start of each work segment.
 */
export function paceTicks(plan: SegmentPlan, from: number, to: number, rollsPerMinute: number): number[] {
  if (!(rollsPerMinute > 0) || to <= from) return [];
  const period = 60 / rollsPerMinute;
  const ticks: number[] = [];
  for (const segment of plan.segments) {
    const end = segment.start + segment.duration;
    if (segment.kind !== 'work' || end <= from || segment.start > to) continue;
    const first = Math.max(1, Math.ceil((from - segment.start) / period + 1e-9));
    for (let n = first; segment.start + n * period <= Math.min(to, end - 1e-6); n++) {
      ticks.push(segment.start + n * period);
    }
  }
  return ticks;
}

/** Index of the first segment of a step that is not the rest or lead-in before it, if the step exists. */
export function firstSegmentOfStep(plan: SegmentPlan, stepIndex: number): number | undefined {
  const index = plan.segments.findIndex((s) => s.stepIndex === stepIndex && s.kind !== 'rest' && s.kind !== 'lead-in');
  return index === -1 ? undefined : index;
}

/**
 * Where "previous" goes from `elapsed` in step `current`: back to the start of this step, or to
 * the step before when less than `graceSeconds` of this one have run.
 */
export function previousStep(plan: SegmentPlan, current: number, elapsed: number, graceSeconds: number): number {
  const start = firstSegmentOfStep(plan, current);
  const intoStep = start === undefined ? 0 : elapsed - plan.segments[start].start;
  return intoStep > graceSeconds || current === 0 ? current : current - 1;
}
