import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { CountdownState } from '../../controllers/countdown.js';
import { SessionController } from '../../controllers/session.js';
import { formatClock } from '../../core/duration.js';
import { planHold, type PlanPosition, type Segment, type SegmentKind } from '../../core/segments.js';
import { validateTimerOptions, type TimerOptions } from '../../core/timer-options.js';
import type { Side, Sides } from '../../core/types.js';
import { emit } from '../../events/emit.js';
import '../../events/timer-events.js';
import { buttonStyles } from '../../styles/buttons.js';
import { dialStyles } from '../../styles/dial.js';
import { tokens } from '../../styles/tokens.js';
import { renderDial, RingAnimator } from '../shared/dial.js';
import { customElement, reflectAsText, renderLiveRegion, SmrElement } from '../shared/smr-element.js';
import { phaseText, primaryAction, timerMedia } from './readout.js';
import styles from './timer.styles.js';

const TEN_SECONDS = 10;

/**
 * A drift-free countdown for one hold: a ring and a large m:ss, start/pause and reset, an
 * optional left → switch → right sequence, and cues by tone, voice, vibration and flash.
 *
 * @summary Drift-free, accessible hold timer for foam roller and ball work.
 *
 * @event {SmrStartEvent} smr-start - Started from idle (or from complete, which restarts). `detail` is `{}`.
 * @event {SmrPauseEvent} smr-pause - Paused. `detail.remaining`: seconds left.
 * @event {SmrResumeEvent} smr-resume - Resumed after a pause. `detail.remaining`: seconds left.
 * @event {SmrResetEvent} smr-reset - Went back to idle. `detail` is `{}`.
 * @event {SmrSideChangeEvent} smr-side-change - Work on a side began: `detail.side` is `left` then `right`.
 * @event {SmrCompleteEvent} smr-complete - Reached zero. `detail.duration`: seconds timed (both sides and the switch pause, without lead-in).
 * @event {SmrErrorEvent} smr-error - An attribute is invalid. `detail.errors`: `{ path, message, problem? }[]` naming the attribute and value.
 *
 * @csspart base - The wrapper of everything.
 * @csspart dial - The ring with the readout inside.
 * @csspart ring - The progress ring (a track circle and the arc of time left).
 * @csspart ring-track - The ring's background circle.
 * @csspart ring-progress - The arc of time left (two half-circle strokes; style both, e.g. `stroke`, `stroke-linecap`).
 * @csspart label - The timer's label above the time.
 * @csspart time - The remaining time (`role="timer"`).
 * @csspart phase - Phase and side text under the time.
 * @csspart pace - The pacing pulse shown while rolling with `pace`.
 * @csspart controls - The row of buttons.
 * @csspart button - Every button.
 * @csspart button-primary - Start / pause / resume.
 * @csspart button-reset - Reset.
 * @csspart notice - The unobtrusive note when the screen may dim.
 * @csspart error - The message shown for invalid attributes.
 *
 * @cssproperty --smr-accent - Primary colour: ring progress and start button.
 * @cssproperty --smr-accent-contrast - Text on the accent colour.
 * @cssproperty --smr-surface - Background.
 * @cssproperty --smr-surface-raised - Background of raised areas.
 * @cssproperty --smr-border - Borders and separators.
 * @cssproperty --smr-text - Body text.
 * @cssproperty --smr-text-muted - Secondary text.
 * @cssproperty --smr-switch - Colour of the switch-sides phase.
 * @cssproperty --smr-rest - Colour of the get-ready phase.
 * @cssproperty --smr-success - Colour when complete.
 * @cssproperty --smr-danger - Colour of errors.
 * @cssproperty --smr-track - The ring's track.
 * @cssproperty --smr-radius - Corner radius.
 * @cssproperty --smr-space - Spacing unit.
 * @cssproperty --smr-font-family - Font (inherits the page's by default).
 * @cssproperty --smr-font-size - Base font size.
 * @cssproperty --smr-focus-ring - The keyboard focus ring, as a `box-shadow` (forced-colours mode draws an outline instead).
 * @cssproperty --smr-ring-size - Largest diameter of the ring (it shrinks to fit its box).
 * @cssproperty --smr-ring-width - Stroke width of the ring, in SVG units of a 100-wide box.
 */
@customElement('smr-timer')
export class SmrTimer extends SmrElement {
  static override styles = [tokens, dialStyles, buttonStyles, styles];

  /** Seconds of work (per side with `sides="both"`): `90`, `"90s"`, `"1:30"`, `"2m"`. */
  @property({ reflect: true, converter: reflectAsText }) duration: number | string = 60;

  /** `none` (default) or `both`: the full duration runs on the left, then on the right. */
  @property({ reflect: true, converter: reflectAsText }) sides: Sides = 'none';

  /** Seconds of the "switch sides" pause between sides (default 5; 0 for none). */
  @property({ attribute: 'switch-duration', reflect: true, converter: reflectAsText }) switchDuration: number | string = 5;

  /** Seconds of "get ready" countdown before the first second of work (default 0). */
  @property({ attribute: 'lead-in', reflect: true, converter: reflectAsText }) leadIn: number | string = 0;

  /** What is being timed, shown above the time and used in button names: "Calves". */
  @property({ reflect: true, converter: reflectAsText }) label = '';

  /** How many final seconds of each phase beep (default 3; 0 for none). */
  @property({ attribute: 'cue-seconds', reflect: true, converter: reflectAsText }) cueSeconds: number | string = 3;

  /** No tones (voice, vibration and flash are separate). */
  @property({ type: Boolean, reflect: true }) muted = false;

  /** Speak short cues ("switch sides", "10 seconds", "done") in the page's language. */
  @property({ type: Boolean, reflect: true }) voice = false;

  /** No vibration on phase changes. */
  @property({ type: Boolean, reflect: true, attribute: 'no-vibration' }) noVibration = false;

  /** No visual flash on phase changes. */
  @property({ type: Boolean, reflect: true, attribute: 'no-flash' }) noFlash = false;

  /** Rolls per minute for slow rolling: a gentle visual pulse and, unless muted, a soft tick. 0 is off. */
  @property({ reflect: true, converter: reflectAsText }) pace: number | string = 0;

  /** Start as soon as the element is connected; sound joins after the person's first interaction. */
  @property({ type: Boolean, reflect: true }) autostart = false;

  /** `light` or `dark` forces a colour scheme; unset follows `prefers-color-scheme`. */
  @property({ reflect: true, converter: reflectAsText }) theme?: 'light' | 'dark';

  #options: TimerOptions | null = null;
  #currentSide: Side = null;
  #tenSecondsSaidFor = -1;
  readonly #ring = new RingAnimator(this);

  readonly #session = new SessionController(
    this,
    () => ({
      muted: this.muted,
      voice: this.voice,
      vibration: !this.noVibration,
      flash: !this.noFlash,
      cueSeconds: this.#options?.cueSeconds ?? 0,
      paceFor: () => this.#options?.pace ?? 0,
      lang: this.localize.speechLang,
    }),
    {
      onSegmentStart: (segment, index, late) => this.#onSegmentStart(segment, index, late),
      onComplete: (late) => this.#onComplete(late),
      onWake: (segment, position) => this.#onWake(segment, position),
    },
    timerMedia(this, () => this.localize.t),
  );

  /** Seconds left in the whole timer (lead-in, sides and switch pause), fractional. */
  get remaining(): number {
    return this.#options ? this.#session.position.totalRemaining : 0;
  }

  /** `idle`, `running`, `paused` or `complete`. */
  get state(): CountdownState {
    return this.#session.state;
  }

  /** Side of the work in progress or last begun (`left`, `right`), or `null` for midline work and before work begins. */
  get side(): Side {
    return this.#currentSide;
  }

  /** The phase in progress: `lead-in`, `work` or `switch`; `null` when idle or complete. */
  get phase(): SegmentKind | null {
    const { state } = this.#session;
    return state === 'running' || state === 'paused' ? (this.#session.segment?.kind ?? null) : null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const planInputs = ['duration', 'sides', 'switchDuration', 'leadIn', 'cueSeconds', 'pace'] as const;
    if (!this.hasUpdated || planInputs.some((name) => changed.has(name))) this.#applyOptions();
  }

  protected override firstUpdated(): void {
    if (this.autostart) this.start();
  }

  protected override updated(): void {
    this.#ring.follow(this.renderRoot, this.#session, { key: '', pace: this.#options?.pace ?? 0 });
  }

  /** Starts from idle or complete, or resumes when paused. */
  start(): void {
    // Settings given just before (`el.duration = 90; el.start()`) wait in the pending update: run it now.
    if (this.isUpdatePending) this.performUpdate();
    if (!this.#options) return;
    const { state } = this.#session;
    if (state === 'running') return;
    if (state === 'paused') {
      this.#say(this.localize.t.announce.resumed);
      emit(this, 'smr-resume', { remaining: this.remaining });
    } else {
      if (state === 'complete') this.#resetInternals();
      const first = this.#session.plan.segments[0];
      const t = this.localize.t;
      this.#say(
        first?.kind === 'lead-in'
          ? t.announce.getReady(Math.round(first.duration))
          : t.announce.started(formatClock(this.#session.plan.total)),
      );
      emit(this, 'smr-start', {});
      if (first?.kind === 'work') this.#session.startTone();
    }
    this.#session.run();
  }

  /** Pauses a running timer. */
  pause(): void {
    if (this.#session.state !== 'running') return;
    this.#session.pause();
    this.#say(this.localize.t.announce.paused(formatClock(this.remaining)));
    emit(this, 'smr-pause', { remaining: this.remaining });
  }

  /** Pauses when running, otherwise starts or resumes. */
  toggle(): void {
    if (this.#session.state === 'running') this.pause();
    else this.start();
  }

  /** Back to idle with the full duration. */
  reset(): void {
    const wasIdle = this.#session.state === 'idle';
    this.#resetInternals();
    this.#session.reset();
    if (!wasIdle) {
      this.#say(this.localize.t.announce.reset);
      emit(this, 'smr-reset', {});
    }
  }

  #resetInternals(): void {
    this.#session.halt();
    this.#currentSide = null;
    this.#tenSecondsSaidFor = -1;
  }

  #applyOptions(): void {
    const { options, errors } = validateTimerOptions({
      duration: this.duration,
      sides: this.sides,
      switchDuration: this.switchDuration,
      leadIn: this.leadIn,
      cueSeconds: this.cueSeconds,
      pace: this.pace,
    });
    const planChanged = JSON.stringify(options) !== JSON.stringify(this.#options);
    this.#options = options;
    this.reportErrors(errors);
    if (!planChanged) return;
    this.#resetInternals();
    this.#session.setPlan(options ? planHold(options) : { segments: [], total: 0 });
  }

  #onSegmentStart(segment: Segment, index: number, late: number): void {
    const t = this.localize.t;
    if (segment.kind === 'work' && segment.side) {
      this.#currentSide = segment.side;
      emit(this, 'smr-side-change', { side: segment.side });
    }
    if (index === 0) return;
    if (segment.kind === 'switch') {
      this.#say(t.announce.switchSides(t.timer.right));
      this.#session.cue('switch', late, t.voice.switchSides);
    } else if (segment.kind === 'work') {
      const sideName = this.sideName(segment.side);
      this.#say(sideName ? t.announce.sideStart(sideName) : t.voice.start);
      this.#session.cue('go', late, sideName ? (segment.side === 'left' ? t.voice.left : t.voice.right) : t.voice.start);
    }
  }

  #onComplete(late: number): void {
    const t = this.localize.t;
    this.#say(t.announce.complete);
    this.#session.cue('complete', late, t.voice.done);
    const leadIn = this.#options?.leadIn ?? 0;
    emit(this, 'smr-complete', { duration: this.#session.plan.total - leadIn });
  }

  /** Runs on each visible change while running: the "10 seconds" notice. */
  #onWake(segment: Segment | undefined, { index, segmentRemaining }: PlanPosition): void {
    if (!this.#options) return;
    if (
      segment?.kind === 'work' &&
      segment.duration > TEN_SECONDS + 5 &&
      segmentRemaining <= TEN_SECONDS + 1e-3 &&
      this.#tenSecondsSaidFor !== index
    ) {
      this.#tenSecondsSaidFor = index;
      this.#say(this.localize.t.announce.tenSeconds);
      this.#session.speak(this.localize.t.voice.tenSeconds);
    }
  }

  #say(text: string): void {
    this.#session.announce(text);
  }

  #onPrimaryClick(): void {
    this.#session.press(() => this.start());
  }

  override render() {
    if (this.inputErrors.length > 0 || !this.#options) return html`<div part="base" class="base">${this.renderErrors()}</div>`;
    const t = this.localize.t;
    const { state } = this.#session;
    const position = this.#session.position;
    const segments = this.#session.plan.segments;
    // Idle shows the work to come, not the lead-in.
    const shownSegment = state === 'idle' ? segments.find((s) => s.kind === 'work') : segments[position.index];
    const shownSeconds = state === 'idle' ? (shownSegment?.duration ?? 0) : position.segmentRemaining;
    const kind = state === 'complete' ? 'complete' : (shownSegment?.kind ?? 'work');
    const primary = primaryAction(t, state, this.label);
    const pacing = this.#options.pace > 0 && state === 'running' && kind === 'work';
    const flashing = this.#session.flashing;
    const classes = ['base', `state-${state}`, `phase-${kind}`, flashing ? `flash flash-${flashing}` : ''].join(' ');
    return html`
      <div part="base" class=${classes}>
        ${renderDial({
          label: this.label,
          seconds: shownSeconds,
          phaseText: phaseText(t, state, shownSegment, (side) => this.sideName(side)),
          pace: this.#options.pace,
          pacing,
          paceHint: t.timer.paceHint(this.#options.pace),
        })}
        <div part="controls" class="controls">
          <button
            part="button button-primary"
            class="primary"
            type="button"
            aria-label=${primary.name}
            @click=${() => this.#onPrimaryClick()}
          >
            ${primary.text}
          </button>
          <button
            part="button button-reset"
            class="secondary"
            type="button"
            aria-label=${t.timer.resetName(this.label)}
            ?disabled=${state === 'idle'}
            @click=${() => this.reset()}
          >
            ${t.timer.reset}
          </button>
        </div>
        ${
          this.#session.wakeLockUnavailable && (state === 'running' || state === 'paused')
            ? html`<p part="notice" class="notice">${t.timer.wakeLockUnavailable}</p>`
            : nothing
        }
        ${renderLiveRegion(this.#session.announcement)}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'smr-timer': SmrTimer;
  }
}
