import { html, nothing, type TemplateResult } from 'lit';
import { formatClock } from '../core/duration.js';

export interface DialContent {
  label: string;
  seconds: number;
  phaseText: string;
  /** Rolls per minute; 0 hides the pulse. */
  pace: number;
  pacing: boolean;
  paceHint: string;
}

/** The ring with the time inside, shared by `<smr-timer>` and `<smr-routine>`. */
export function renderDial(content: DialContent): TemplateResult {
  return html`<div part="dial" class="dial">
    <svg part="ring" class="ring" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
      <circle part="ring-track" class="ring-track" cx="50" cy="50" r="45" fill="none"></circle>
      <circle
        part="ring-progress"
        class="ring-progress"
        cx="50"
        cy="50"
        r="45"
        fill="none"
        pathLength="1"
        stroke-dasharray="1"
        stroke-dashoffset="0"
        transform="rotate(-90 50 50)"
      ></circle>
    </svg>
    <div class="readout">
      ${content.label ? html`<div part="label" class="label">${content.label}</div>` : nothing}
      <div part="time" class="time" role="timer">${formatClock(content.seconds)}</div>
      <div part="phase" class="phase">${content.phaseText}</div>
      ${
        content.pace > 0
          ? html`<div part="pace" class="pace ${content.pacing ? 'pace-on' : ''}" title=${content.paceHint}>
              <span class="visually-hidden">${content.paceHint}</span>
            </div>`
          : nothing
      }
    </div>
  </div>`;
}

/**
 * Drives the dial's ring with CSS: jump to the true position without a transition, then let the
 * compositor animate linearly to the end of the phase. Uses CSSOM (allowed under a strict CSP),
 * never inline style attributes. Re-syncs only when the phase or state changes.
 */
export class RingAnimator {
  private key = '';

  sync(
    root: ParentNode,
    { key, running, fraction, secondsLeft, pace }: { key: string; running: boolean; fraction: number; secondsLeft: number; pace: number },
  ): void {
    const pulse = root.querySelector<HTMLElement>('.pace');
    if (pulse && pace > 0) pulse.style.setProperty('--_pace-period', `${60 / pace}s`);
    const ring = root.querySelector<SVGCircleElement>('.ring-progress');
    if (!ring) return;
    const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    if (running && !reducedMotion) {
      if (key === this.key) return;
      ring.style.transition = 'none';
      ring.style.strokeDashoffset = String(1 - fraction);
      ring.getBoundingClientRect();
      ring.style.transition = `stroke-dashoffset ${secondsLeft}s linear`;
      ring.style.strokeDashoffset = '1';
    } else {
      ring.style.transition = 'none';
      ring.style.strokeDashoffset = String(1 - fraction);
    }
    this.key = key;
  }
}
