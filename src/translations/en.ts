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
  errors: {
    heading: string;
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
  errors: {
    heading: 'This element could not start',
    invalidAttribute: (attribute, message) => `${attribute}: ${message}`,
  },
};
