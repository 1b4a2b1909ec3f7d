/**
 * The voice coach's script: every sentence `<smr-routine voice>` says over a segment plan, each at
 * its second of the plan, and which one is due when the plan stands at a given time. Pure: the
 * words (in the element's language) and the steps come from the caller.
 */
import { COACH_TIMING } from './limits.js';
import type { SegmentPlan } from './segments.js';
import type { Side } from './types.js';

/** The coach's sentences in one language (the `coach` section of a UI translation). */
export interface CoachWords {
  /** Opens the get-ready before the first step: "Get ready." */
  getReady: string;
  /**
   * A step as the coach introduces it: its name, the side ("Left side"; empty for midline work)
   * and its spoken set-up (empty when it has none): "Calves, left side. Sit with legs long, …".
   */
  step: (name: string, side: string, setup: string) => string;
  /** At a step's end, when rest follows: "Rest. Next: " and the next step as `step` says it. */
  rest: (next: string) => string;
  /** Work begins after the get-ready or the rest that introduced it: "Go." */
  go: string;
  /** The switch-sides pause begins: "Switch sides." */
  switchSides: string;
  /** The second side begins: "Right side. Go." */
  sideGo: (side: string) => string;
  /** Once in a long hold of an exercise rolled at a pace: "Slow down: about an inch a second." */
  paceRoll: string;
  /** Once in a long hold that is held still, or of a custom step: "Keep breathing slowly; …". */
  paceHold: string;
  /** Halfway through a long hold. */
  halfway: string;
  /** Ten seconds before a hold ends. */
  tenSeconds: string;
  /** A `manual` session holds after a finished step. */
  stepDone: string;
  /** The session is over: "Done. Well done." */
  complete: string;
}

/** What the coach needs of one step of the routine. */
export interface CoachStep {
  /** The step's name as shown. */
  name: string;
  /** Its spoken set-up, or '' (a custom step, or a language the set-up is not written in). */
  setup: string;
  /** Rolls per minute of its catalog exercise; 0 for a still hold or a custom step. */
  pace: number;
}

/** Why a line is said. */
export type CoachLineKind = 'get-ready' | 'step' | 'rest' | 'go' | 'switch' | 'side' | 'pace' | 'halfway' | 'ten-seconds' | 'complete';

/** One sentence of the script. */
export interface CoachLine {
  /** Seconds from the start of the plan. */
  at: number;
  kind: CoachLineKind;
  text: string;
  /**
   * Said only when nothing else is being said: a "Go" must not cut off the set-up still being read
   * from a short get-ready (the tone marks the start anyway). Every other line replaces what is being said.
   */
  soft: boolean;
  /**
   * Said instead when the session lands on this moment by a jump (next, previous, a tab coming
   * back): a "Go" becomes the step's introduction, which the jump skipped.
   */
  arrival?: string;
}

/**
 * The whole script of a plan. Per segment: the get-ready says "Get ready" and introduces the first
 * step; rest says "Rest. Next:" and introduces the next step; work that follows either says "Go"
 * (or, reached by a jump, introduces the step);
 * work that starts a step with no get-ready or rest before it introduces the step; the second side
 * says "Switch sides" (at the pause, or with the side when there is no pause) and "Right side. Go";
 * a hold of `COACH_TIMING.longHold` seconds or more gets one pace reminder and "halfway"; a hold
 * longer than 15 s gets "10 seconds". The end of the plan says "Done". Ordered by time, one line per moment.
 */
export function coachScript(
  plan: SegmentPlan,
  steps: readonly CoachStep[],
  words: CoachWords,
  sideName: (side: Side) => string,
): CoachLine[] {
  const lines: CoachLine[] = [];
  const add = (at: number, kind: CoachLineKind, text: string, soft = false, arrival?: string): void => {
    if (!text.trim()) return;
    const line: CoachLine = { at, kind, text: text.trim(), soft };
    if (arrival?.trim()) line.arrival = arrival.trim();
    lines.push(line);
  };
  const { longHold, paceReminderAt, tenSeconds } = COACH_TIMING;
  plan.segments.forEach((segment, index) => {
    const step = steps[segment.stepIndex] ?? { name: '', setup: '', pace: 0 };
    const intro = (): string => words.step(step.name, sideName(segment.side), step.setup);
    const previous = plan.segments[index - 1];
    const sameStep = previous?.stepIndex === segment.stepIndex;
    const { start, duration } = segment;
    switch (segment.kind) {
      case 'lead-in':
        add(start, 'get-ready', `${words.getReady} ${intro()}`);
        return;
      case 'rest':
        add(start, 'rest', words.rest(intro()));
        return;
      case 'switch':
        add(start, 'switch', words.switchSides);
        return;
      case 'work':
        if (sameStep && (previous.kind === 'lead-in' || previous.kind === 'rest')) add(start, 'go', words.go, true, intro());
        else if (sameStep && previous.kind === 'switch') add(start, 'side', words.sideGo(sideName(segment.side)));
        else if (sameStep) add(start, 'side', `${words.switchSides} ${words.sideGo(sideName(segment.side))}`);
        else add(start, 'step', intro());
        if (duration >= longHold) {
          add(start + Math.round(duration * paceReminderAt), 'pace', step.pace > 0 ? words.paceRoll : words.paceHold);
          add(start + duration / 2, 'halfway', words.halfway);
        }
        if (duration > tenSeconds + 5) add(start + duration - tenSeconds, 'ten-seconds', words.tenSeconds);
    }
  });
  if (plan.segments.length > 0) add(plan.total, 'complete', words.complete);
  return lines.sort((a, b) => a.at - b.at);
}

/** Lines due within this much of the clock count as due (the clock wakes a hair early or late). */
const EPSILON = 1e-3;

/** Index of the first line at or after `elapsed`: where the script picks up after a jump back. */
export function firstLineFrom(script: readonly CoachLine[], elapsed: number): number {
  const index = script.findIndex((line) => line.at >= elapsed - EPSILON);
  return index === -1 ? script.length : index;
}

/**
 * What to say when the plan stands at `elapsed`, given that the lines before `next` were dealt
 * with: the latest line now due, unless it is more than `staleAfter` seconds old (a tab coming
 * back, a jump ahead); the older ones due with it are dropped, never queued. `next` moves past
 * every line due, said or not.
 */
export function lineDue(
  script: readonly CoachLine[],
  next: number,
  elapsed: number,
  staleAfter: number,
): { line: CoachLine | undefined; next: number } {
  let index = next;
  while (index < script.length && script[index].at <= elapsed + EPSILON) index++;
  const latest = index > next ? script[index - 1] : undefined;
  return { line: latest && elapsed - latest.at < staleAfter ? latest : undefined, next: index };
}
