import type { CountdownState } from '../../controllers/countdown.js';
import type { SessionMedia } from '../../controllers/session.js';
import type { Segment } from '../../core/segments.js';
import type { Side } from '../../core/types.js';
import type { Translation } from '../../translations/translation.js';

/** The words under the time: the phase and side ("Left side · 1 of 2"), "Paused", "Done". */
export function phaseText(t: Translation, state: CountdownState, segment: Segment | undefined, sideName: (side: Side) => string): string {
  if (state === 'complete') return t.timer.done;
  let text = '';
  if (segment?.kind === 'lead-in' && state !== 'idle') text = t.timer.getReady;
  else if (segment?.kind === 'switch') text = t.timer.switchSides;
  else if (segment?.side) text = t.timer.sideProgress(sideName(segment.side), segment.side === 'left' ? 1 : 2, 2);
  if (state !== 'paused') return text;
  return text ? `${t.timer.paused} · ${text}` : t.timer.paused;
}

/** The main button's text and accessible name for the state: Start, Pause, Resume or Restart. */
export function primaryAction(t: Translation, state: CountdownState, label: string): { text: string; name: string } {
  const { timer } = t;
  switch (state) {
    case 'running':
      return { text: timer.pause, name: timer.pauseName(label) };
    case 'paused':
      return { text: timer.resume, name: timer.resumeName(label) };
    case 'complete':
      return { text: timer.restart, name: timer.restartName(label) };
    default:
      return { text: timer.start, name: timer.startName(label) };
  }
}

/**
 * The lock screen and media controls of a timer: its label (or "Timer") with the side or phase,
 * and its own start, pause and reset behind play, pause and stop.
 */
export function timerMedia(timer: { label: string; start(): void; pause(): void; reset(): void }, words: () => Translation): SessionMedia {
  return {
    describe: ({ kind, side }) => {
      const { timer: t } = words();
      const name = timer.label || t.untitled;
      const detail =
        kind === 'lead-in' ? t.getReady : kind === 'switch' ? t.switchSides : side === 'left' ? t.left : side === 'right' ? t.right : '';
      return { title: t.nowPlaying(name, detail), artist: name };
    },
    actions: { play: () => timer.start(), pause: () => timer.pause(), stop: () => timer.reset() },
  };
}
