import type { CountdownState } from '../../controllers/countdown.js';
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
