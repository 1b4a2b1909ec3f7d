/** English strings of the timer, spoken cues and error messages, used by every element. Registered by the elements that show them, so each bundle carries only its own strings. */
import { describeProblem } from '../../core/problems.js';
import type { Translation } from '../translation.js';

export const strings: Pick<Translation, 'timer' | 'announce' | 'voice' | 'errors'> = {
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
    untitled: 'Timer',
    nowPlaying: (name, detail) => (detail ? `${name} · ${detail}` : name),
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
    partial: 'Some of this input was ignored',
    problem: describeProblem,
  },
};
