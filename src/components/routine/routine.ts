import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { getExercise } from '../../content/catalog-lookup.js';
import { localizeRoutine } from '../../content/translated.js';
import type { CountdownState } from '../../controllers/countdown.js';
import { RoutineSourceController } from '../../controllers/routine-source.js';
import { ShareLinkController } from '../../controllers/share-link.js';
import { ViewFocusController } from '../../controllers/view-focus.js';
import { voiceAttribute, type VoiceSetting } from '../../controllers/voice-setting.js';
import { DEFAULT_LEAD_IN } from '../../core/limits.js';
import type { Segment } from '../../core/segments.js';
import type { Routine, RoutineInput } from '../../core/types.js';
import '../../events/routine-events.js';
import { strings as exerciseStrings } from '../../translations/en/exercise.js';
import { strings as routineStrings } from '../../translations/en/routine.js';
import { strings as coachStrings } from '../../translations/en/coach.js';
import { buttonStyles } from '../../styles/buttons.js';
import { dialStyles } from '../../styles/dial.js';
import { surfaceStyles } from '../../styles/surface.js';
import { tokens } from '../../styles/tokens.js';
import { RingAnimator } from '../shared/dial.js';
import { customElement, headingLevel, reflectAsText, renderLiveRegion, SmrElement } from '../shared/smr-element.js';
import { renderPrintCard } from './print-card.js';
import { RoutineSessionParts } from './session-parts.js';
import { renderSourceState } from './source-state.js';
import { renderSessionView, type SessionHandlers } from './session-view.js';
import { RoutineShortcutsController } from './shortcuts.js';
import type { RoutineViewContext } from './view-context.js';
import styles from './routine.styles.js';
import stepMediaStyles from './step-media.styles.js';
import illustrationStyles from './illustration.styles.js';
import './step.js';
import { registerEnglish } from '../../controllers/translation-registry.js';

// The coach's sentences come with the routine (the element that coaches): a timer page carries none.
registerEnglish(exerciseStrings, routineStrings, coachStrings);

/**
 * The guided SMR session player: an overview, a "before you start" check, then each step with
 * its timer, how-to, cues, side and what comes next, rest and switch phases, and a summary.
 *
 * Inputs, in order of precedence (a conflict logs a warning and the higher one wins): the
 * `routine` property; with `from-url`, the share link in the page's address (`#smr-routine=…`)
 * when it carries one; `src`; a `<script type="application/json">` child; `<smr-step>` children;
 * `preset`. The `title`, `description`, `rest` and `switch-duration` attributes override whichever is used.
 * A broken share link shows its problem like any bad input; once the address no longer carries
 * one, the next input plays again.
 *
 * @summary Guided self-massage session player.
 *
 * @slot - `<smr-step>` children or one `<script type="application/json">` with a routine.
 *
 * @event {SmrRoutineStartEvent} smr-routine-start - A session started from the overview: `detail.routineId`, `detail.total` (seconds).
 * @event {SmrStepChangeEvent} smr-step-change - A new phase of a step began: `detail.index`, `detail.step`, `detail.side`, `detail.phase` (`lead-in`, `work`, `switch`, `rest`).
 * @event {SmrRoutineCompleteEvent} smr-routine-complete - The session ended: `detail.routineId`, `detail.elapsed` (seconds run), `detail.completed`, `detail.skipped` (step indexes), `detail.feedback`.
 * @event {SmrErrorEvent} smr-error - Invalid input, `src` failed, or (through the autoloader) a catalog exercise could not be fetched: `detail.errors` (`{ path, message, problem? }[]`).
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
 * @csspart media - A step's own picture or clip, beside the ring (`media` in JSON, `media-src` on `<smr-step>`).
 * @csspart illustration - A catalog exercise's picture: beside the ring a moving `<smr-illustration>` (mirrored for the side); in the step list and on the print card the same picture, still, as an SVG image.
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
 * @csspart error - Messages for invalid input, a failed `src` or an exercise that could not be fetched.
 * @csspart qr - The QR code on the print card (`print-qr`; an SVG image, black on white).
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
 * @cssproperty --smr-illustration-figure - Colour of the figure in the exercise pictures (defaults to `--smr-text`).
 * @cssproperty --smr-illustration-figure-far - Colour of the pictures' far-side limbs.
 * @cssproperty --smr-illustration-tool - Fill of the tool in the pictures.
 * @cssproperty --smr-illustration-tool-outline - Outline of the tool in the pictures.
 * @cssproperty --smr-illustration-work - Colour of the worked area and the arrow in the pictures (defaults to `--smr-accent`).
 * @cssproperty --smr-illustration-ground - Colour of the floor, wall and furniture in the pictures (defaults to `--smr-border`).
 */
@customElement('smr-routine')
export class SmrRoutine extends SmrElement {
  static override styles = [tokens, surfaceStyles, dialStyles, buttonStyles, styles, stepMediaStyles, illustrationStyles];

  /** A built-in preset: `lower-leg`, `inner-thigh`, `neck-relief`, … */
  @property({ reflect: true, converter: reflectAsText }) preset = '';

  /** URL of a routine JSON file (same origin or CORS; at most 1 MB). */
  @property({ reflect: true, converter: reflectAsText }) src = '';

  /** A routine object; takes precedence over every other input. */
  @property({ attribute: false }) routine?: RoutineInput;

  /** Play the routine in the page address's share link (`#smr-routine=…`) when there is one; follows `hashchange`. */
  @property({ type: Boolean, reflect: true, attribute: 'from-url' }) fromUrl = false;

  /** Print a QR code of the routine's share link on the print card (a phone that scans it plays the routine). */
  @property({ type: Boolean, reflect: true, attribute: 'print-qr' }) printQr = false;

  /** The page the printed QR code opens, which needs `<smr-routine from-url>` (default: this page, without its fragment). */
  @property({ attribute: 'share-base' }) shareBase = '';

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

  /** No tones; the voice coach falls silent too, at once. */
  @property({ type: Boolean, reflect: true }) muted = false;

  /**
   * Speaks in the element's language. `voice` (or `voice="coach"`): a coach that says each exercise, its side and set-up,
   * a pace reminder and "halfway" in long holds, "switch sides", "10 seconds", what is next and "done".
   * `voice="cues"`: only the short cues ("switch sides", "rest", "done"). Without it: no voice.
   */
  @property({ reflect: true, converter: voiceAttribute }) voice: VoiceSetting = false;

  /** Heading level of the routine title (2–6, default 2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** `light` or `dark` forces a colour scheme. */
  @property({ reflect: true, converter: reflectAsText }) theme?: 'light' | 'dark';

  #validRoutine: Routine | null = null;
  #storageKey = '';
  readonly #ring = new RingAnimator(this);

  readonly #source = new RoutineSourceController(this, () => ({
    routine: this.routine,
    fromUrl: this.fromUrl,
    src: this.src,
    preset: this.preset,
    leadIn: this.leadIn,
    overrides: { title: this.title, description: this.description, rest: this.rest, switchDuration: this.switchDuration },
    strings: this.localize.t.routine,
  }));
  /** The playback, the voice coach, the saved progress, the session log and the commands over them. */
  readonly #parts = new RoutineSessionParts({
    element: this,
    settings: () => {
      const { muted, voice, manual, noPersist, trackStreak, askFeedback, localize } = this;
      return { muted, voice, manual, noPersist, trackStreak, askFeedback, localize };
    },
    routine: () => this.#validRoutine,
    shown: () => this.#shownRoutine,
    context: () => this.#viewContext,
    paceOf: (stepIndex) => this.#paceOf(stepIndex),
    settle: () => this.isUpdatePending && this.performUpdate(),
  });
  readonly #playback = this.#parts.playback;
  readonly #flow = this.#parts.flow;
  private readonly session = this.#parts.session;
  private readonly store = this.#parts.store;

  /** With `print-qr`: the routine's share link and its QR code (the QR module loads only then). */
  readonly #share = new ShareLinkController(
    this,
    () => (this.printQr ? { routine: this.#validRoutine, base: this.shareBase, qr: true } : undefined),
    () => import('uqr').then((module) => module.encode),
  );

  constructor() {
    super();
    // Registered with the element, which keeps them: focus follows a view that replaces the focused
    // button, and Space, ← and → work while a session runs or is paused.
    new ViewFocusController(this, () => this.state);
    new RoutineShortcutsController(this, () => this.state === 'running' || this.state === 'paused', this.#handlers);
  }

  /** `idle`, `running`, `paused` or `complete`. */
  get state(): CountdownState {
    return this.session.state;
  }

  /** Index of the step in progress (or about to start). */
  get currentIndex(): number {
    return this.#playback.currentStep;
  }

  /** The timed plan of the session: lead-in, work per side, switch pauses and rest, in order. */
  get segments(): readonly Segment[] {
    return this.session.plan.segments;
  }

  /** The validated routine being played, or `null` while loading or invalid. */
  get resolvedRoutine(): Routine | null {
    return this.#validRoutine;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = ['preset', 'src', 'routine', 'fromUrl', 'title', 'description', 'rest', 'switchDuration', 'leadIn'] as const;
    if (this.hasUpdated && !this.#source.changed && !inputs.some((name) => changed.has(name))) return;
    const { routine, errors, plan, key } = this.#source.resolve();
    this.reportErrors(errors);
    if (key === this.#storageKey && routine) return;
    // A different routine (or none): start over with its plan.
    this.#parts.log.stopped();
    this.#validRoutine = routine;
    this.#storageKey = key;
    this.#playback.load(plan, routine?.steps.length ?? 0);
    this.store.open(key, routine?.id ?? '', plan.total);
  }

  protected override updated(): void {
    const segment = this.session.segment;
    const pace = segment?.kind === 'work' ? this.#paceOf(segment.stepIndex) : 0;
    this.#ring.follow(this.renderRoot, this.session, { key: String(this.#playback.awaitingContinue), pace });
  }

  /** Starts the session from the overview (or resumes a paused one). */
  start(): void {
    this.#flow.start();
  }

  /** Pauses a running session. */
  pause(): void {
    this.#flow.pause();
  }

  /** Continues a paused session (also after a finished step in `manual` mode). */
  resume(): void {
    this.#flow.resume();
  }

  /**
   * Skips to the next step (the rest of this one counts as skipped); on the last step, ends the
   * session. While a `manual` session waits after a finished step, it continues instead.
   */
  next(): void {
    this.#flow.next();
  }

  /** Back to the start of this step, or to the previous step when at its very start. */
  previous(): void {
    this.#flow.previous();
  }

  /** Starts the whole session again from the beginning. */
  restart(): void {
    this.#flow.restart();
  }

  /**
   * The routine in the words of the element's language: catalog text translated when a content
   * translation is registered. Events and storage keep `validRoutine`, as authored.
   */
  get #shownRoutine(): Routine | null {
    return this.#validRoutine && localizeRoutine(this.#validRoutine, this.localize.content);
  }

  /** Rolls per minute of a step's catalog exercise (0 for a custom step). */
  #paceOf(stepIndex: number): number {
    const id = this.#validRoutine?.steps[stepIndex]?.exercise;
    return (id ? getExercise(id)?.pace : undefined) ?? 0;
  }

  // --- events and rendering --------------------------------------------------------------

  readonly #handlers: SessionHandlers = {
    primary: () => {
      this.#parts.coach.prime();
      this.session.press(() => this.start());
    },
    previous: () => this.previous(),
    next: () => this.next(),
    restart: () => this.restart(),
    acceptResume: () => this.#flow.acceptResume(),
  };

  get #viewContext(): RoutineViewContext {
    const { t, lang, content } = this.localize;
    return {
      t,
      lang,
      content,
      headingLevel: headingLevel(this.headingLevel, 2),
      sideName: (side) => this.sideName(side),
      theme: this.theme,
    };
  }

  override render() {
    const t = this.localize.t.routine;
    const routine = this.#shownRoutine;
    if (!routine || this.#source.loading) {
      const { loading, loadFailed: retry } = this.#source;
      return renderSourceState(t, { loading, retry, errors: this.renderErrors(retry ? t.loadFailed : undefined) }, () =>
        this.#source.retry(),
      );
    }
    const context = this.#viewContext;
    const { session, store, askFeedback, trackStreak } = this;
    const { awaitingContinue, skipped } = this.#playback;
    const paceOf = (stepIndex: number) => this.#paceOf(stepIndex);
    const model = { routine, session, store, awaitingContinue, skippedCount: skipped.size, askFeedback, trackStreak, paceOf };
    return html`<div part="base" class="surface state-${this.state}">
      ${renderSessionView(context, model, this.#handlers)}
      ${renderPrintCard(context, routine, this.printQr ? this.#share.state : undefined)} ${renderLiveRegion(this.session.announcement)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'smr-routine': SmrRoutine;
  }
}
