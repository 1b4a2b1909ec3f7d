/**
 * English UI strings: the typed source every other locale implements.
 * Functions take the values they interpolate so each language can order words its own way.
 */
export interface Translation {
  /** BCP 47 tag of this translation. */
  lang: string;
  timer: {
    start: string;
    pause: string;
    resume: string;
    reset: string;
    restart: string;
    /** Accessible names of the buttons; `label` is the timer's label, if any. */
    startName: (label: string) => string;
    pauseName: (label: string) => string;
    resumeName: (label: string) => string;
    resetName: (label: string) => string;
    restartName: (label: string) => string;
    getReady: string;
    switchSides: string;
    left: string;
    right: string;
    done: string;
    paused: string;
    /** Shown under the clock: "Left side · 1 of 2". */
    sideProgress: (side: string, index: number, count: number) => string;
    paceHint: (rollsPerMinute: number) => string;
    wakeLockUnavailable: string;
  };
  announce: {
    started: (clock: string) => string;
    paused: (clock: string) => string;
    resumed: string;
    getReady: (seconds: number) => string;
    sideStart: (side: string) => string;
    switchSides: (side: string) => string;
    tenSeconds: string;
    complete: string;
    reset: string;
  };
  /** Short spoken cues (speech synthesis). */
  voice: {
    start: string;
    left: string;
    right: string;
    switchSides: string;
    tenSeconds: string;
    done: string;
  };
  bodyMap: {
    front: string;
    back: string;
    /** Accessible name of a view that highlights regions (listed) or none. */
    figure: (view: string, highlighted: string[]) => string;
    /** Accessible name of the selectable group. */
    pick: (view: string) => string;
    avoidLegend: string;
  };
  exercise: {
    perSide: (seconds: string) => string;
    midline: (seconds: string) => string;
    works: string;
    setup: string;
    howTo: string;
    cues: string;
    pressure: string;
    pressureTarget: (target: number) => string;
    lighter: string;
    deeper: string;
    avoid: string;
    cautions: string;
    why: string;
    note: string;
    safety: string;
    pace: (rollsPerMinute: number) => string;
    tools: Record<string, string>;
    techniques: Record<string, string>;
    goals: Record<string, string>;
  };
  errors: {
    heading: string;
    /** When the element still shows what it could read. */
    partial: string;
    invalidAttribute: (attribute: string, message: string) => string;
  };
}

export const en: Translation = {
  lang: 'en',
  timer: {
    start: 'Start',
    pause: 'Pause',
    resume: 'Resume',
    reset: 'Reset',
    restart: 'Restart',
    startName: (label) => (label ? `Start ${label} timer` : 'Start timer'),
    pauseName: (label) => (label ? `Pause ${label} timer` : 'Pause timer'),
    resumeName: (label) => (label ? `Resume ${label} timer` : 'Resume timer'),
    resetName: (label) => (label ? `Reset ${label} timer` : 'Reset timer'),
    restartName: (label) => (label ? `Restart ${label} timer` : 'Restart timer'),
    getReady: 'Get ready',
    switchSides: 'Switch sides',
    left: 'Left side',
    right: 'Right side',
    done: 'Done',
    paused: 'Paused',
    sideProgress: (side, index, count) => `${side} · ${index} of ${count}`,
    paceHint: (rollsPerMinute) => `Pace: ${rollsPerMinute} slow rolls a minute`,
    wakeLockUnavailable: 'This browser may let the screen dim while the timer runs.',
  },
  announce: {
    started: (clock) => `Started. ${clock} to go.`,
    paused: (clock) => `Paused with ${clock} left.`,
    resumed: 'Resumed.',
    getReady: (seconds) => `Get ready. Starting in ${seconds} seconds.`,
    sideStart: (side) => `${side}. Go.`,
    switchSides: (side) => `Switch sides. ${side} next.`,
    tenSeconds: '10 seconds left.',
    complete: 'Done. Well done.',
    reset: 'Timer reset.',
  },
  voice: {
    start: 'Start',
    left: 'Left side',
    right: 'Right side',
    switchSides: 'Switch sides',
    tenSeconds: '10 seconds',
    done: 'Done',
  },
  bodyMap: {
    front: 'Front',
    back: 'Back',
    figure: (view, highlighted) =>
      highlighted.length > 0 ? `Body, ${view} view, highlighting: ${highlighted.join(', ')}` : `Body, ${view} view`,
    pick: (view) => `${view} view: choose the areas that feel tight`,
    avoidLegend: 'Hatched: never roll here',
  },
  exercise: {
    perSide: (seconds) => `${seconds} per side`,
    midline: (seconds) => `${seconds}`,
    works: 'Works',
    setup: 'Set up',
    howTo: 'How to',
    cues: 'Keep in mind',
    pressure: 'Pressure',
    pressureTarget: (target) => `Aim for about ${target} out of 10: tolerable discomfort that eases as you breathe, never sharp, shooting or burning pain.`,
    lighter: 'Lighter',
    deeper: 'Deeper',
    avoid: 'Keep the tool off',
    cautions: 'Skip it or take care if',
    why: 'Why it may help',
    note: 'Good to know',
    safety: 'Safety',
    pace: (rollsPerMinute) => (rollsPerMinute > 0 ? `${rollsPerMinute} slow rolls a minute` : 'Hold still on one spot'),
    tools: { 'foam-roller': 'Foam roller', ball: 'Ball', 'peanut-ball': 'Peanut ball', stick: 'Massage stick' },
    techniques: { roll: 'Roll', 'pin-and-hold': 'Pin and hold', 'pin-and-stretch': 'Pin and stretch', 'cross-friction': 'Cross-friction' },
    goals: { 'ease-soreness': 'Eases soreness', mobility: 'Mobility', 'tender-spots': 'Tender spots' },
  },
  errors: {
    heading: 'This element could not start',
    partial: 'Some of this input was ignored',
    invalidAttribute: (attribute, message) => `${attribute}: ${message}`,
  },
};
