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
  routine: {
    untitled: string;
    total: (clock: string) => string;
    stepCount: (count: number) => string;
    youNeed: (tools: string) => string;
    perSide: (clock: string) => string;
    start: string;
    startName: (title: string) => string;
    pause: string;
    resume: string;
    previous: string;
    next: string;
    skip: string;
    restart: string;
    continue: string;
    previousName: string;
    nextName: string;
    restartName: string;
    stepOf: (index: number, count: number) => string;
    timeLeft: (clock: string) => string;
    progressName: string;
    upNext: (name: string) => string;
    lastStep: string;
    rest: string;
    howTo: string;
    cues: string;
    cautions: string;
    beforeTitle: string;
    beforeIntro: string;
    beforeOk: string;
    beforeIfNot: string;
    resumeTitle: string;
    resumeDetail: (index: number, count: number, clock: string) => string;
    resumeYes: string;
    resumeNo: string;
    stepDone: string;
    continueHint: string;
    completeTitle: string;
    timeSpent: (clock: string) => string;
    completed: (count: number) => string;
    skipped: (count: number) => string;
    tenderQuestion: (side: string) => string;
    tenderNone: string;
    lastTime: (rating: number) => string;
    tenderSaved: string;
    streak: (days: number) => string;
    shortcuts: string;
    loading: string;
    retry: string;
    loadFailed: string;
    httpStatus: (status: number) => string;
    network: string;
    notJson: (type: string) => string;
    tooLarge: string;
    badJson: (detail: string) => string;
    unknownPreset: (preset: string, suggestions: string) => string;
    announceStart: (title: string) => string;
    announceStep: (index: number, count: number, name: string, side: string) => string;
    announceRest: (next: string) => string;
    announceSwitch: (side: string) => string;
    announceGetReady: (name: string) => string;
    announceStepDone: string;
    announceComplete: string;
    announcePaused: string;
    announceResumed: string;
  };
  finder: {
    title: string;
    whereTitle: string;
    whereHint: string;
    noticeTitle: string;
    timeTitle: string;
    minutes: (minutes: number) => string;
    toolsTitle: string;
    flagsTitle: string;
    flagsHint: string;
    suggest: string;
    nothingAsked: string;
    nothingFits: string;
    redFlagTitle: string;
    resultTitle: (minutes: string) => string;
    why: string;
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
  routine: {
    untitled: 'Routine',
    total: (clock) => `${clock} in total`,
    stepCount: (count) => (count === 1 ? '1 step' : `${count} steps`),
    youNeed: (tools) => `You need: ${tools}`,
    perSide: (clock) => `${clock} per side`,
    start: 'Start',
    startName: (title) => `Start ${title}`,
    pause: 'Pause',
    resume: 'Resume',
    previous: 'Previous',
    next: 'Next',
    skip: 'Skip',
    restart: 'Restart',
    continue: 'Continue',
    previousName: 'Previous step',
    nextName: 'Next step',
    restartName: 'Restart the session',
    stepOf: (index, count) => `Step ${index} of ${count}`,
    timeLeft: (clock) => `${clock} left`,
    progressName: 'Session progress',
    upNext: (name) => `Next: ${name}`,
    lastStep: 'Last step',
    rest: 'Rest',
    howTo: 'How to',
    cues: 'Keep in mind',
    cautions: 'Take care',
    beforeTitle: 'Before you start',
    beforeIntro: 'Check that each of these is true for you today:',
    beforeOk: 'All true, hide this next time',
    beforeIfNot: 'If any is not, skip this session and ask a health professional first.',
    resumeTitle: 'Pick up where you left off?',
    resumeDetail: (index, count, clock) => `Step ${index} of ${count}, ${clock} left.`,
    resumeYes: 'Resume',
    resumeNo: 'Start over',
    stepDone: 'Step done',
    continueHint: 'Continue when you are ready.',
    completeTitle: 'Session complete',
    timeSpent: (clock) => `Time: ${clock}`,
    completed: (count) => `${count} completed`,
    skipped: (count) => `${count} skipped`,
    tenderQuestion: (side) => (side ? `How tender was it (${side})?` : 'How tender was it?'),
    tenderNone: 'No answer',
    lastTime: (rating) => `Last time: ${rating} of 10`,
    tenderSaved: 'Ratings stay on this device.',
    streak: (days) => (days === 1 ? 'First day of your streak' : `${days} days in a row`),
    shortcuts: 'Keys while focus is in the player: Space pauses or resumes, arrow keys move between steps.',
    loading: 'Loading the routine…',
    retry: 'Try again',
    loadFailed: 'The routine could not be loaded',
    httpStatus: (status) => `the server answered ${status}`,
    network: 'the network request failed',
    notJson: (type) => `expected a JSON file, got content type "${type}"`,
    tooLarge: 'the file is larger than 1 MB',
    badJson: (detail) => `the file is not valid JSON (${detail})`,
    unknownPreset: (preset, suggestions) => `unknown preset ${preset}${suggestions}`,
    announceStart: (title) => `${title} started.`,
    announceStep: (index, count, name, side) => `Step ${index} of ${count}: ${name}${side ? `, ${side}` : ''}.`,
    announceRest: (next) => `Rest. Next: ${next}.`,
    announceSwitch: (side) => `Switch sides. ${side} next.`,
    announceGetReady: (name) => `Get ready: ${name}.`,
    announceStepDone: 'Step done. Continue when you are ready.',
    announceComplete: 'Session complete. Well done.',
    announcePaused: 'Paused.',
    announceResumed: 'Resumed.',
  },
  finder: {
    title: 'Find a routine',
    whereTitle: 'Where do you feel tight?',
    whereHint: 'Pick any areas on the figure (optional).',
    noticeTitle: 'What do you notice?',
    timeTitle: 'How much time do you have?',
    minutes: (minutes) => `${minutes} minutes`,
    toolsTitle: 'Which tools do you have?',
    flagsTitle: 'Do any of these apply right now?',
    flagsHint: 'If so, see a health professional before rolling.',
    suggest: 'Suggest a routine',
    nothingAsked: 'Pick at least one area on the figure or one thing you notice.',
    nothingFits: 'None of the matching exercises uses the tools you have. Add a tool, or pick other areas.',
    redFlagTitle: 'Please see a health professional first',
    resultTitle: (minutes) => `Your routine · ${minutes}`,
    why: 'Why these exercises',
  },
  errors: {
    heading: 'This element could not start',
    partial: 'Some of this input was ignored',
    invalidAttribute: (attribute, message) => `${attribute}: ${message}`,
  },
};
