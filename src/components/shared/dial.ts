import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { SessionController } from '../../controllers/session.js';
import { formatClock } from '../../core/duration.js';

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
    <div part="ring" class="ring" aria-hidden="true">
      <svg class="ring-layer" viewBox="0 0 100 100" focusable="false">
        <circle part="ring-track" class="ring-track" cx="50" cy="50" r="45" fill="none"></circle>
      </svg>
      <div class="ring-right-half">${renderArc('arc-late', 90)}</div>
      ${renderArc('arc-early', -90)}
    </div>
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

/** One half of the progress ring: a half-circle stroke that starts at `startDegrees` from 3 o'clock. */
function renderArc(className: string, startDegrees: number): TemplateResult {
  return html`<div class="ring-layer arc ${className}">
    <svg viewBox="0 0 100 100" focusable="false">
      <circle
        part="ring-progress"
        class="ring-progress"
        cx="50"
        cy="50"
        r="45"
        fill="none"
        pathLength="1"
        stroke-dasharray="0.5 1"
        transform="rotate(${startDegrees} 50 50)"
      ></circle>
    </svg>
  </div>`;
}

/**
 * Drives the ring's sweep. The arc of remaining time is built from two half-circle strokes that
 * turn about the centre: the "early" half (unclipped) covers the left side while more than half
 * of the phase remains, the "late" half (clipped to the right side) shrinks towards 12 o'clock
 * after that. Only `transform` and `opacity` are animated, so the browser's compositor runs the
 * sweep: the main thread does nothing between the once-a-second readout updates. The animations
 * use the Web Animations API (allowed under a strict CSP, unlike inline style attributes) and are
 * rebuilt only when the phase or state changes.
 */
export class RingAnimator implements ReactiveController {
  #key = '';
  #animations: Animation[] = [];

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** A sweep still running would keep a removed element alive until its phase ends. */
  hostDisconnected(): void {
    this.stop();
  }

  sync(
    root: ParentNode,
    { key, running, fraction, secondsLeft, pace }: { key: string; running: boolean; fraction: number; secondsLeft: number; pace: number },
  ): void {
    const pulse = root.querySelector<HTMLElement>('.pace');
    if (pulse && pace > 0) pulse.style.setProperty('--_pace-period', `${60 / pace}s`);
    const early = root.querySelector<HTMLElement>('.arc-early');
    const late = root.querySelector<HTMLElement>('.arc-late');
    if (!early || !late) return;
    const remaining = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
    const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const animate = running && !reducedMotion && remaining > 0 && secondsLeft > 0 && typeof late.animate === 'function';
    if (animate && key === this.#key && this.#animations.length > 0) return;
    this.stop();
    const pose = arcPose(remaining);
    early.style.transform = `rotate(${pose.early}deg)`;
    early.style.opacity = pose.earlyVisible ? '1' : '0';
    late.style.transform = `rotate(${pose.late}deg)`;
    late.style.opacity = pose.lateVisible ? '1' : '0';
    if (animate) this.#animations = sweep(early, late, remaining, secondsLeft * 1000);
    this.#key = key;
  }

  /**
   * Follows a session: the arc shows the time left in the phase and sweeps while it runs. The
   * sweep is rebuilt when the state, the phase or `key` (the element's own reasons) change.
   */
  follow(root: ParentNode, session: SessionController, { key, pace }: { key: string; pace: number }): void {
    const { state } = session;
    const { index, segmentRemaining, complete } = session.position;
    const segment = session.plan.segments[index];
    this.sync(root, {
      key: `${state}:${index}:${key}`,
      running: state === 'running',
      fraction: complete || !segment ? (state === 'complete' ? 1 : 0) : segmentRemaining / segment.duration,
      secondsLeft: segmentRemaining,
      pace,
    });
  }

  /** Cancels the sweep. */
  stop(): void {
    for (const animation of this.#animations) animation.cancel();
    this.#animations = [];
  }
}

/**
 * Where each half stands when `remaining` (0–1) of the phase is left. A half at 0° lies out of
 * sight (the late half beyond its clip, the early half hidden); at 180° it covers its side.
 */
function arcPose(remaining: number): { early: number; earlyVisible: boolean; late: number; lateVisible: boolean } {
  return {
    early: 360 * Math.max(0, remaining - 0.5),
    earlyVisible: remaining > 0.5,
    late: 360 * Math.min(0.5, remaining),
    lateVisible: remaining > 0,
  };
}

/** Starts the linear sweep from `remaining` down to empty over `durationMs`. */
function sweep(early: HTMLElement, late: HTMLElement, remaining: number, durationMs: number): Animation[] {
  const timing: KeyframeAnimationOptions = { duration: durationMs, easing: 'linear', fill: 'forwards' };
  // The share of the time left during which the early half is still turning.
  const handover = Math.max(0, (remaining - 0.5) / remaining);
  // The round caps of a half-circle reach a little past its ends: fade the last sliver out.
  const fadeFrom = Math.max(handover, 0.98);
  const { early: earlyStart, late: lateStart } = arcPose(remaining);
  const animations = [
    late.animate(
      [
        { offset: 0, transform: `rotate(${lateStart}deg)`, opacity: 1 },
        { offset: handover, transform: `rotate(${lateStart}deg)`, opacity: 1 },
        { offset: fadeFrom, opacity: 1 },
        { offset: 1, transform: 'rotate(0deg)', opacity: 0 },
      ],
      timing,
    ),
  ];
  if (handover > 0) {
    animations.push(
      early.animate(
        [
          { offset: 0, transform: `rotate(${earlyStart}deg)`, opacity: 1 },
          { offset: handover, transform: 'rotate(0deg)', opacity: 1 },
          { offset: handover, opacity: 0 },
          { offset: 1, transform: 'rotate(0deg)', opacity: 0 },
        ],
        timing,
      ),
    );
  }
  return animations;
}
