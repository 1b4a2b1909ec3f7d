import type { CoachWords } from '../core/coach-script.js';
import type { Problem } from '../core/problems.js';
import type { SuggestWords } from '../core/suggest.js';

/**
 * The UI strings of every element: the typed shape every locale implements (English is the source).
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
    /** A timer without a label, as the lock screen's media controls name it. */
    untitled: string;
    /** A line of the lock screen's media controls: "Calves · Left side"; `detail` may be empty. */
    nowPlaying: (name: string, detail: string) => string;
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
  /** The voice coach of `<smr-routine voice>`: whole spoken sentences (speech synthesis). */
  coach: CoachWords;
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
    /** Where an exercise is done, by `Position`: floor, wall, seated, standing. */
    positions: Record<string, string>;
    /** Title of a floor exercise's off-the-floor option. */
    offFloor: string;
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
    /** Header chip of a routine with steps done on the floor. */
    onFloor: string;
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
    /** The `<script type="application/json">` child is not valid JSON. */
    badInlineJson: (detail: string) => string;
    /** Accessible name of the print card's QR code (`print-qr`). */
    qrLabel: (title: string) => string;
    /** Under the printed QR code. */
    qrCaption: string;
    /** Printed instead of a QR code too fine for a phone to read. */
    qrTooLong: string;
    qrFailed: string;
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
    /** "I can't get down to the floor". */
    offFloor: string;
    /** Nothing fits the tools when the floor is out. */
    nothingFitsOffFloor: string;
    redFlagTitle: string;
    resultTitle: (minutes: string) => string;
    why: string;
  } & SuggestWords;
  builder: {
    title: string;
    newTitle: string;
    detailsTitle: string;
    routineTitle: string;
    description: string;
    rest: string;
    switchPause: string;
    catalogTitle: string;
    search: string;
    searchHint: string;
    area: string;
    anyArea: string;
    front: string;
    back: string;
    tool: string;
    anyTool: string;
    /** The catalog filter for exercises that work without the floor. */
    offFloor: string;
    /** Said while that filter is on: floor exercises are added in their off-the-floor form. */
    offFloorHint: string;
    results: (count: number) => string;
    noResults: string;
    add: string;
    addName: (name: string) => string;
    stepsTitle: string;
    empty: string;
    addCustom: string;
    customName: string;
    custom: string;
    name: string;
    seconds: string;
    secondsPerSide: string;
    sides: string;
    sidesBoth: string;
    sidesNone: string;
    noTool: string;
    instructions: string;
    instructionsHint: string;
    catalogInstructionsHint: string;
    cautionsKept: (count: number) => string;
    /** A step's own picture or clip: the group, its URL, kind and description (issue 18). */
    media: string;
    mediaSrc: string;
    mediaSrcHint: string;
    mediaType: string;
    mediaImage: string;
    mediaVideo: string;
    mediaAlt: string;
    mediaAltHint: string;
    /** Accessible name of a step's drag handle. */
    handle: (name: string, index: number, count: number) => string;
    reorderHint: string;
    moveUp: (name: string) => string;
    moveDown: (name: string) => string;
    remove: (name: string) => string;
    stepLimit: (max: number) => string;
    announceAdded: (name: string, index: number) => string;
    announceMoved: (name: string, index: number, count: number) => string;
    announceRemoved: (name: string) => string;
    total: (clock: string) => string;
    totalDetail: string;
    problems: (count: number) => string;
    exportTitle: string;
    format: string;
    formatSteps: string;
    formatJson: string;
    formatFallback: string;
    embedCode: string;
    copyEmbed: string;
    copyJson: string;
    download: string;
    jsonTitle: string;
    copiedEmbed: string;
    copiedJson: string;
    copyFailed: string;
    downloaded: (file: string) => string;
    importTitle: string;
    preset: string;
    choosePreset: string;
    loadPreset: string;
    pasteJson: string;
    pasteHint: string;
    loadJson: string;
    openFile: string;
    importFailed: string;
    badJson: (detail: string) => string;
    fileTooLarge: (file: string) => string;
    loaded: (title: string) => string;
    undo: string;
    undone: string;
    previewTitle: string;
    previewHint: string;
    previewInvalid: string;
    shareTitle: string;
    /** Where the link leads, what that page needs, and that the routine stays out of server logs. */
    shareHint: string;
    shareLink: string;
    copyLink: string;
    copiedLink: string;
    linkPending: string;
    downloadQr: string;
    /** Accessible name of the share link's QR code. */
    qrLabel: (title: string) => string;
    qrTooLong: string;
  };
  history: {
    title: string;
    /** Under the title: where the history is kept. */
    privacy: string;
    empty: string;
    /** Empty with `routine-id`: no session of that routine yet. */
    emptyRoutine: string;
    overview: string;
    sessions: string;
    totalTime: string;
    currentStreak: string;
    longestStreak: string;
    days: (count: number) => string;
    calendarTitle: (weeks: number) => string;
    /** A day of the calendar, for screen readers: `date` is the day written out. */
    dayCount: (date: string, count: number) => string;
    weekOf: (date: string) => string;
    fewer: string;
    more: string;
    recentTitle: string;
    timeSpent: (clock: string) => string;
    completed: (count: number) => string;
    skipped: (count: number) => string;
    stopped: string;
    showMore: string;
    trendsTitle: string;
    /** What the tenderness numbers mean. */
    trendsHint: string;
    noRatings: string;
    trendName: (name: string, side: string) => string;
    /** The accessible summary of one trend chart. */
    trendSummary: (count: number, first: number, last: number) => string;
    showNumbers: string;
    dateColumn: string;
    ratingColumn: string;
    dataTitle: string;
    exportCsv: string;
    exportJson: string;
    importJson: string;
    clear: string;
    exported: (file: string) => string;
    /** After an import: how many sessions were new. */
    imported: (added: number) => string;
    importFailed: string;
    fileTooLarge: (file: string) => string;
    /** The device refused to store the change (storage full or turned off). */
    storageFailed: string;
    clearQuestion: (count: number) => string;
    clearYes: string;
    clearNo: string;
    cleared: string;
  };
  errors: {
    heading: string;
    /** When the element still shows what it could read. */
    partial: string;
    /** A validation problem in this language (see `Problem` for the codes and their parameters). */
    problem: (problem: Problem) => string;
  };
}
