import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { getExercise } from '../../content/catalog.js';
import { localizeRoutine } from '../../content/localized.js';
import type { ContentTranslation } from '../../core/content-translation.js';
import type { CountdownState } from '../../controllers/countdown.js';
import { ProgressStore } from '../../controllers/progress-store.js';
import { RoutineSourceController } from '../../controllers/routine-source.js';
import { SessionController } from '../../controllers/session.js';
import { contentHash } from '../../core/hash.js';
import { DEFAULT_LEAD_IN } from '../../core/limits.js';
import { ratingKey, ratingsList } from '../../core/progress.js';
import { readLeadIn } from '../../core/routine-options.js';
import { firstSegmentOfStep, planSegments, previousStep, type Segment } from '../../core/segments.js';
import type { Routine, RoutineInput, ValidationError } from '../../core/types.js';
import { emit } from '../../events/emit.js';
import '../../events/routine-events.js';
import '../../translations/en/exercise.js';
import '../../translations/en/routine.js';
import { buttonStyles, dialStyles } from '../../styles/dial.js';
import { surfaceStyles } from '../../styles/surface.js';
import { tokens } from '../../styles/tokens.js';
import { RingAnimator } from '../dial.js';
import { customElement, headingLevel, reflectAsText, renderLiveRegion, SmrElement } from '../smr-element.js';
import { narrateSegment } from './narration.js';
import { renderOverview } from './overview.js';
import { renderPlayer } from './player.js';
import { renderPrintCard } from './print-card.js';
import { renderSummary } from './summary.js';
import { heading, type RoutineViewContext } from './view-context.js';
import styles from './routine.styles.js';
import './step.js';

/** Within this many seconds of a step's start, "previous" goes to the step before. */
const PREVIOUS_GRACE_SECONDS = 3;

/**
 * The guided SMR session player: an overview, a "before you start" check, then each step with
 * its timer, how-to, cues, side and what comes next, rest and switch phases, and a summary.
 *
 * Inputs, in order of precedence (a conflict logs a warning and the higher one wins): the
 * `routine` property, `src`, a `<script type="application/json">` child, `<smr-step>` children,
 * `preset`. The `title`, `description`, `rest` and `switch-duration` attributes override whichever is used.
 *
 * @summary Guided self-massage session player.
 *
 * @slot - `<smr-step>` children or one `<script type="application/json">` with a routine.
 *
 * @event {SmrRoutineStartEvent} smr-routine-start - A session started from the overview: `detail.routineId`, `detail.total` (seconds).
 * @event {SmrStepChangeEvent} smr-step-change - A new phase of a step began: `detail.index`, `detail.step`, `detail.side`, `detail.phase` (`lead-in`, `work`, `switch`, `rest`).
 * @event {SmrRoutineCompleteEvent} smr-routine-complete - The session ended: `detail.routineId`, `detail.elapsed` (seconds run), `detail.completed`, `detail.skipped` (step indexes), `detail.feedback`.
 * @event {SmrErrorEvent} smr-error - Invalid input, or `src` failed: `detail.errors` (`{ path, message, problem? }[]`).
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - Title, description and totals.
 * @csspart step-list - The list of steps in the overview and the print card.
 * @csspart heading - The routine's title.
 * @csspart step - One step of the list.
 * @csspart step-name - The name of a step in the list.
 * @csspart check - The "before you start" check.
 * @csspart resume - The offer to pick up a saved session.
 * @csspart progress - Step counter, time left and progress bar.
 * @csspart current - Name and side of the step in progress.
 * @csspart dial - The ring with the time.
 * @csspart ring - The progress ring (a track circle and the arc of time left).
 * @csspart ring-track - The ring's background circle.
 * @csspart ring-progress - The arc of time left (two half-circle strokes; style both, e.g. `stroke`, `stroke-linecap`).
 * @csspart pace - The pacing pulse shown while rolling at a set pace.
 * @csspart time - The remaining time of the phase.
 * @csspart label - The phase label above the time.
 * @csspart phase - Side or phase text under the time.
 * @csspart controls - The row of buttons.
 * @csspart button - Every button.
 * @csspart button-primary - Start, pause, resume, continue.
 * @csspart instructions - How-to and cues of the current step.
 * @csspart next - What comes next.
 * @csspart feedback - The "how tender was it?" question.
 * @csspart summary - The completion summary.
 * @csspart safety - The safety note.
 * @csspart error - Messages for invalid input or a failed `src`.
 *
 * @cssproperty --smr-accent - Primary colour.
 * @cssproperty --smr-accent-contrast - Text on the accent colour.
 * @cssproperty --smr-surface - Background.
 * @cssproperty --smr-surface-raised - Background of panels.
 * @cssproperty --smr-border - Borders.
 * @cssproperty --smr-text - Body text.
 * @cssproperty --smr-text-muted - Secondary text.
 * @cssproperty --smr-rest - Colour of rest and get-ready phases.
 * @cssproperty --smr-switch - Colour of the switch-sides phase.
 * @cssproperty --smr-success - Colour when complete.
 * @cssproperty --smr-danger - Colour of errors.
 * @cssproperty --smr-track - The ring's track.
 * @cssproperty --smr-radius - Corner radius.
 * @cssproperty --smr-space - Spacing unit.
 * @cssproperty --smr-font-family - Font (inherits the page's by default).
 * @cssproperty --smr-ring-size - Largest diameter of the ring.
 * @cssproperty --smr-ring-width - Stroke width of the ring.
 */
@customElement('smr-routine')
export class SmrRoutine extends SmrElement {
  static override styles = [tokens, surfaceStyles, dialStyles, buttonStyles, styles];

  /** A built-in preset: `lower-leg`, `inner-thigh`, `neck-relief`, … */
  @property({ reflect: true, converter: reflectAsText }) preset = '';

  /** URL of a routine JSON file (same origin or CORS; at most 1 MB). */
  @property({ reflect: true, converter: reflectAsText }) src = '';

  /** A routine object; takes precedence over every other input. */
  @property({ attribute: false }) routine?: RoutineInput;

  /** Overrides the routine's title. */
  @property() override title = '';

  /** Overrides the routine's description (plain text). */
  @property() description = '';

  /** Overrides seconds of rest between steps. */
  @property() rest?: string | number;

  /** Overrides seconds of the switch-sides pause. */
  @property({ attribute: 'switch-duration' }) switchDuration?: string | number;

  /** "Get ready" seconds before the first step (default 5; 0 turns it off). */
  @property({ attribute: 'lead-in' }) leadIn: string | number = DEFAULT_LEAD_IN;

  /** Wait for the person to continue after each step instead of moving on. */
  @property({ type: Boolean, reflect: true }) manual = false;

  /** Ask "how tender was it?" (1–10) for each step and side; remembered on this device. */
  @property({ type: Boolean, reflect: true, attribute: 'ask-feedback' }) askFeedback = false;

  /** Count days in a row with a completed session, on this device. */
  @property({ type: Boolean, reflect: true, attribute: 'track-streak' }) trackStreak = false;

  /** Do not save progress for resuming after a reload. */
  @property({ type: Boolean, reflect: true, attribute: 'no-persist' }) noPersist = false;

  /** No tones. */
  @property({ type: Boolean, reflect: true }) muted = false;

  /** Speak short cues in the page's language. */
  @property({ type: Boolean, reflect: true }) voice = false;

  /** Heading level of the routine title (2–6, default 2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** `light` or `dark` forces a colour scheme. */
  @property({ reflect: true, converter: reflectAsText }) theme?: 'light' | 'dark';

  @state() private awaitingContinue = false;

  private validRoutine: Routine | null = null;
  private storageKey = '';
  private skipped = new Set<number>();
  /** Whether focus was inside the element before this update, and which view it was in. */
  private focusInside = false;
  private shownView = '';
  private shownCache: { routine: Routine; content: ContentTranslation | undefined; shown: Routine } | undefined;
  private readonly ring = new RingAnimator();

  private readonly source = new RoutineSourceController(this, () => ({
    routine: this.routine,
    src: this.src,
    preset: this.preset,
    overrides: { title: this.title, description: this.description, rest: this.rest, switchDuration: this.switchDuration },
    strings: this.localize.t.routine,
  }));
  private readonly session = new SessionController(
    this,
    () => ({
      muted: this.muted,
      voice: this.voice,
      vibration: true,
      flash: true,
      cueSeconds: 3,
      paceFor: (segment) => (segment?.kind === 'work' ? this.paceOf(segment.stepIndex) : 0),
      lang: this.localize.speechLang,
    }),
    {
      onSegmentStart: (segment, index, late) => this.onSegmentStart(segment, index, late),
      onComplete: () => this.onComplete(),
    },
  );
  private readonly store = new ProgressStore(
    this,
    () => ({ persist: !this.noPersist, trackStreak: this.trackStreak }),
    () =>
      this.state === 'running' || this.state === 'paused'
        ? { elapsed: this.session.elapsed, skipped: [...this.skipped], active: this.session.activeMs, savedAt: Date.now() }
        : undefined,
  );

  /** `idle`, `running`, `paused` or `complete`. */
  get state(): CountdownState {
    return this.session.state;
  }

  /** Index of the step in progress (or about to start). */
  get currentIndex(): number {
    return this.session.segment?.stepIndex ?? (this.state === 'complete' ? Math.max(0, (this.validRoutine?.steps.length ?? 1) - 1) : 0);
  }

  /** The timed plan of the session: lead-in, work per side, switch pauses and rest, in order. */
  get segments(): readonly Segment[] {
    return this.session.plan.segments;
  }

  /** The validated routine being played, or `null` while loading or invalid. */
  get resolvedRoutine(): Routine | null {
    return this.validRoutine;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeyDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeyDown);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = ['preset', 'src', 'routine', 'title', 'description', 'rest', 'switchDuration', 'leadIn'] as const;
    if (!this.hasUpdated || this.source.changed || inputs.some((name) => changed.has(name))) {
      const { routine, errors } = this.source.resolve();
      this.setRoutine(routine, errors);
    }
    this.focusInside = this.shadowRoot?.activeElement != null;
  }

  protected override updated(): void {
    this.keepFocus();
    const segment = this.session.segment;
    const pace = segment?.kind === 'work' ? this.paceOf(segment.stepIndex) : 0;
    this.ring.follow(this.renderRoot, this.session, { key: String(this.awaitingContinue), pace });
  }

  /** Starts the session from the overview (or resumes a paused one). */
  start(): void {
    // Input given just before (`el.routine = …; el.start()`) waits in the pending update: run it now.
    if (this.isUpdatePending) this.performUpdate();
    if (!this.validRoutine) return;
    if (this.state === 'paused') return this.resume();
    if (this.state === 'running') return;
    if (this.state === 'complete') return this.restart();
    this.store.confirmSafetyCheck();
    this.store.startSession();
    this.skipped.clear();
    this.session.activeMs = 0;
    const started = this.localize.t.routine.announceStart(this.shownRoutine!.title);
    this.session.announcement = '';
    emit(this, 'smr-routine-start', { routineId: this.validRoutine.id, total: this.session.plan.total });
    if (this.session.plan.segments[0]?.kind === 'work') this.session.startTone();
    this.session.run();
    // The first phase is announced as the countdown starts: one message, so neither hides the other.
    const first = this.session.announcement.trim();
    this.session.announce(first ? `${started} ${first}` : started);
  }

  /** Pauses a running session. */
  pause(): void {
    if (this.state !== 'running') return;
    this.session.pause();
    this.session.announce(this.localize.t.routine.announcePaused);
    this.store.save();
  }

  /** Continues a paused session (also after a finished step in `manual` mode). */
  resume(): void {
    if (this.state !== 'paused' || !this.validRoutine) return;
    this.store.resumeOffer = undefined;
    if (!this.awaitingContinue) this.session.announce(this.localize.t.routine.announceResumed);
    this.awaitingContinue = false;
    this.session.run();
  }

  /**
   * Skips to the next step (the rest of this one counts as skipped); on the last step, ends the
   * session. While a `manual` session waits after a finished step, it continues instead.
   */
  next(): void {
    if (!this.validRoutine || this.state === 'idle' || this.state === 'complete') return;
    if (this.awaitingContinue) return this.resume();
    const current = this.currentIndex;
    this.skipped.add(current);
    const target = firstSegmentOfStep(this.session.plan, current + 1);
    if (target === undefined) this.session.finish();
    else this.jumpTo(target);
  }

  /** Back to the start of this step, or to the previous step when at its very start. */
  previous(): void {
    if (!this.validRoutine || this.state === 'idle' || this.state === 'complete') return;
    const targetStep = previousStep(this.session.plan, this.currentIndex, this.session.elapsed, PREVIOUS_GRACE_SECONDS);
    this.skipped.delete(targetStep);
    const target = firstSegmentOfStep(this.session.plan, targetStep);
    if (target !== undefined) this.jumpTo(target);
  }

  /** Starts the whole session again from the beginning. */
  restart(): void {
    if (!this.validRoutine) return;
    this.session.reset();
    this.awaitingContinue = false;
    this.store.clear();
    this.start();
  }

  // --- input and session -------------------------------------------------------------------

  private setRoutine(routine: Routine | null, errors: ValidationError[]): void {
    const leadIn = readLeadIn(this.leadIn);
    const allErrors = [...errors, ...leadIn.errors];
    const valid = allErrors.length === 0 ? routine : null;
    const key = valid ? `progress:${valid.id}:${contentHash(JSON.stringify([valid, leadIn.seconds]))}` : '';
    this.reportErrors(allErrors);
    if (key === this.storageKey && valid) return;
    // A different routine: start over with its plan.
    this.validRoutine = valid;
    this.storageKey = key;
    this.session.setPlan(valid ? planSegments(valid, { leadIn: leadIn.seconds }) : { segments: [], total: 0 });
    this.awaitingContinue = false;
    this.skipped.clear();
    this.store.open(key, valid?.id ?? '', this.session.plan.total);
  }

  private jumpTo(segmentIndex: number): void {
    const segment = this.session.plan.segments[segmentIndex]!;
    this.awaitingContinue = false;
    this.session.seek(segment.start);
    this.announceSegment(segment, 0);
    this.store.save();
  }

  /**
   * The routine in the words of the element's language: catalog text translated when a content
   * translation is registered. Events and storage keep `validRoutine`, as authored.
   */
  private get shownRoutine(): Routine | null {
    const routine = this.validRoutine;
    if (!routine) return null;
    const content = this.localize.content;
    if (this.shownCache?.routine !== routine || this.shownCache.content !== content) {
      this.shownCache = { routine, content, shown: localizeRoutine(routine, content) };
    }
    return this.shownCache.shown;
  }

  /** Rolls per minute of a step's catalog exercise (0 for a custom step). */
  private paceOf(stepIndex: number): number {
    const id = this.validRoutine?.steps[stepIndex]?.exercise;
    return (id ? getExercise(id)?.pace : undefined) ?? 0;
  }

  private onSegmentStart(segment: Segment, index: number, late: number): void {
    const previous = this.session.plan.segments[index - 1];
    const newStep = previous !== undefined && previous.stepIndex !== segment.stepIndex;
    if (this.manual && newStep && this.session.state === 'running') {
      // Hold at the boundary until the person continues.
      this.session.pause();
      this.session.seek(segment.start);
      this.awaitingContinue = true;
      this.session.announce(this.localize.t.routine.announceStepDone);
      this.session.cue('rest', late, this.localize.t.routine.stepDone);
      this.announceSegment(segment, late, false);
    } else {
      this.announceSegment(segment, late);
    }
    this.store.save();
  }

  /** Fires `smr-step-change` and announces the phase (live region, voice, vibration, flash). */
  private announceSegment(segment: Segment, late: number, speak = true): void {
    emit(this, 'smr-step-change', {
      index: segment.stepIndex,
      step: this.validRoutine!.steps[segment.stepIndex]!,
      side: segment.side,
      phase: segment.kind,
    });
    if (!speak) return;
    const narration = narrateSegment(this.viewContext, this.shownRoutine!, segment);
    this.session.announce(narration.announce);
    if (narration.cue) this.session.cue(narration.cue.kind, late, narration.cue.spoken);
  }

  private onComplete(): void {
    const routine = this.validRoutine!;
    this.session.halt();
    this.awaitingContinue = false;
    const completed = routine.steps.map((_, i) => i).filter((i) => !this.skipped.has(i));
    this.session.announce(this.localize.t.routine.announceComplete);
    this.session.cue('complete', 0, this.localize.t.voice.done);
    this.store.completeSession();
    emit(this, 'smr-routine-complete', {
      routineId: routine.id,
      elapsed: Math.round(this.session.activeMs) / 1000,
      completed,
      skipped: [...this.skipped].sort((a, b) => a - b),
      feedback: ratingsList(this.store.ratings),
    });
  }

  // --- saved progress ----------------------------------------------------------------------

  private acceptResume(): void {
    const saved = this.store.takeResumeOffer();
    if (!saved) return;
    this.store.confirmSafetyCheck();
    this.skipped = new Set(saved.skipped.filter((i) => i < (this.validRoutine?.steps.length ?? 0)));
    this.session.activeMs = saved.active;
    this.session.seek(saved.elapsed);
    const segment = this.session.segment;
    if (segment) this.announceSegment(segment, 0, false);
  }

  // --- events ------------------------------------------------------------------------------

  private onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.composedPath()[0] as Element | undefined;
    const interactive = target?.closest?.('button, input, select, textarea, summary, a, [contenteditable]');
    if (this.state !== 'running' && this.state !== 'paused') return;
    if (event.key === ' ' && !interactive) {
      event.preventDefault();
      this.onPrimary();
    } else if (event.key === 'ArrowRight' && !(target instanceof HTMLSelectElement)) {
      event.preventDefault();
      this.next();
    } else if (event.key === 'ArrowLeft' && !(target instanceof HTMLSelectElement)) {
      event.preventDefault();
      this.previous();
    }
  };

  private onPrimary = (): void => this.session.press(() => this.start());

  /**
   * When a view replaces another (overview → player → summary) and takes the focused button with
   * it, focus moves to the new view's main button instead of falling to the page.
   */
  private keepFocus(): void {
    const view = this.state === 'idle' ? 'overview' : this.state === 'complete' ? 'summary' : 'player';
    const changed = view !== this.shownView;
    this.shownView = view;
    if (changed && this.focusInside && this.shadowRoot?.activeElement == null) {
      this.renderRoot.querySelector<HTMLElement>('[part~="button-primary"]')?.focus();
    }
  }

  // --- rendering ---------------------------------------------------------------------------

  private get viewContext(): RoutineViewContext {
    const { t, lang, content } = this.localize;
    return { t, lang, content, headingLevel: headingLevel(this.headingLevel, 2), sideName: (side) => this.sideName(side) };
  }

  private renderView(context: RoutineViewContext, routine: Routine) {
    const { plan, state, position } = this.session;
    const { store } = this;
    const streakDays = this.trackStreak ? store.streakDays : 0;
    if (state === 'idle') {
      const saved = store.resumeOffer;
      const at = saved && plan.segments.find((s) => saved.elapsed >= s.start && saved.elapsed < s.start + s.duration);
      return renderOverview(
        context,
        {
          routine,
          total: plan.total,
          streakDays,
          resume: saved && { stepNumber: (at?.stepIndex ?? 0) + 1, timeLeft: plan.total - saved.elapsed },
          showCheck: !store.checkDone,
        },
        {
          start: this.onPrimary,
          acknowledgeCheck: () => store.confirmSafetyCheck(),
          acceptResume: () => this.acceptResume(),
          declineResume: () => store.declineResumeOffer(),
        },
      );
    }
    if (state === 'complete') {
      const summary = { timeSpent: this.session.activeMs / 1000, skipped: this.skipped.size, feedback: ratingsList(store.ratings) };
      return renderSummary(
        context,
        { routine, streakDays, previousRatings: store.previousRatings, ...summary },
        { restart: () => this.restart() },
      );
    }
    const segment = plan.segments[position.index];
    const header = html`<header part="header" class="header compact">${heading(context, routine.title)}</header>`;
    if (!segment) return header;
    return html`${header}${renderPlayer(
      context,
      {
        routine,
        state,
        position,
        segment,
        total: plan.total,
        pace: segment.kind === 'work' ? this.paceOf(segment.stepIndex) : 0,
        awaitingContinue: this.awaitingContinue,
        flashing: this.session.flashing,
        askFeedback: this.askFeedback,
        ratings: store.ratings,
        previousRatings: store.previousRatings,
      },
      {
        previous: () => this.previous(),
        primary: this.onPrimary,
        next: () => this.next(),
        restart: () => this.restart(),
        rate: (index, side, value) => store.rate(ratingKey(index, side), Number(value)),
      },
    )}`;
  }

  override render() {
    const t = this.localize.t.routine;
    if (this.src && this.source.loading && this.routine === undefined) {
      return html`<div part="base" class="surface"><p class="loading" role="status">${t.loading}</p></div>`;
    }
    const routine = this.shownRoutine;
    if (!routine) {
      const retry = this.src && this.source.loadFailed;
      return html`<div part="base" class="surface">
        ${this.renderErrors(retry ? t.loadFailed : undefined)}
        ${retry ? html`<div class="controls"><button part="button" class="secondary" type="button" @click=${() => this.source.retry()}>${t.retry}</button></div>` : ''}
      </div>`;
    }
    const context = this.viewContext;
    return html`<div part="base" class="surface state-${this.state}">
      ${this.renderView(context, routine)} ${renderPrintCard(context, routine)} ${renderLiveRegion(this.session.announcement)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'smr-routine': SmrRoutine;
  }
}
