import { Task } from '@lit/task';
import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { getExercise, getPreset, presets, validateRoutine } from '../../content/catalog.js';
import { localizeExercise, localizeRoutine, localizeSafety } from '../../content/localized.js';
import type { ContentTranslation } from '../../core/content-translation.js';
import { CountdownController, type CountdownState } from '../../controllers/countdown.js';
import { CueController } from '../../controllers/cues.js';
import { isFiniteNumber, readStored, removeStored, writeStored } from '../../controllers/storage.js';
import { WakeLockController } from '../../controllers/wake-lock.js';
import { describeValue, formatClock, parseDuration } from '../../core/duration.js';
import { formatList } from '../../core/format.js';
import { contentHash } from '../../core/hash.js';
import { planSegments, type Segment, type SegmentPlan } from '../../core/segments.js';
import type { Routine, RoutineInput, RoutineStep, Side, ValidationError } from '../../core/types.js';
import { isRecord, unknownId } from '../../core/validate.js';
import { problemAt } from '../../core/problems.js';
import { emit } from '../../events/emit.js';
import type { StepFeedback } from '../../events/routine-events.js';
import '../../events/routine-events.js';
import '../../translations/en/exercise.js';
import '../../translations/en/routine.js';
import { buttonStyles, dialStyles } from '../../styles/dial.js';
import { surfaceStyles } from '../../styles/surface.js';
import { tokens } from '../../styles/tokens.js';
import { renderDial, RingAnimator } from '../dial.js';
import { renderSafetyNote } from '../safety-note.js';
import { customElement, headingLevel, reflectAsText, renderHeading, SmrElement } from '../smr-element.js';
import styles from './routine.styles.js';
import './step.js';
import type { SmrStep } from './step.js';

/** Largest routine file `src` accepts. */
const MAX_SOURCE_BYTES = 1024 * 1024;
/** Within this many seconds of a step's start, "previous" goes to the step before. */
const PREVIOUS_GRACE_SECONDS = 3;
const SAFETY_KEY = 'safety-check-done';
const STREAK_KEY = 'streak';

type SourceName = 'routine property' | 'src' | 'inline JSON' | '<smr-step> children' | 'preset';

interface SavedProgress {
  elapsed: number;
  skipped: number[];
  active: number;
  savedAt: number;
}

interface Streak {
  last: string;
  days: number;
}

const isSavedProgress = (value: unknown): value is SavedProgress =>
  isRecord(value) &&
  isFiniteNumber(value.elapsed) &&
  value.elapsed >= 0 &&
  isFiniteNumber(value.active) &&
  isFiniteNumber(value.savedAt) &&
  Array.isArray(value.skipped) &&
  value.skipped.length <= 100 &&
  value.skipped.every((index) => Number.isInteger(index) && index >= 0);

const isStreak = (value: unknown): value is Streak =>
  isRecord(value) &&
  typeof value.last === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(value.last) &&
  Number.isInteger(value.days) &&
  (value.days as number) > 0;

const isRatings = (value: unknown): value is Record<string, number> =>
  isRecord(value) &&
  Object.values(value).every((rating) => Number.isInteger(rating) && (rating as number) >= 1 && (rating as number) <= 10);

/** The local calendar day, for the streak. */
function today(date = new Date()): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function yesterday(): string {
  return today(new Date(Date.now() - 86_400_000));
}

class RoutineLoadError extends Error {}

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
  @property({ attribute: 'lead-in' }) leadIn: string | number = 5;

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

  @state() private childrenVersion = 0;
  @state() private sourceVersion = 0;
  @state() private announcement = '';
  @state() private offerResume: SavedProgress | undefined;
  @state() private checkDone = false;
  @state() private awaitingContinue = false;
  @state() private ratings: Record<string, number> = {};

  private validRoutine: Routine | null = null;
  private plan: SegmentPlan = { segments: [], total: 0 };
  private storageKey = '';
  private skipped = new Set<number>();
  private activeMs = 0;
  private runningSince: number | undefined;
  private previousRatings: Record<string, number> = {};
  private streakDays = 0;
  private lastSources = '';
  private observer: MutationObserver | undefined;
  private readonly ring = new RingAnimator();

  private readonly countdown = new CountdownController(this, {
    onSegmentStart: (segment, index, late) => this.onSegmentStart(segment, index, late),
    onComplete: () => this.onComplete(),
    onWake: (elapsed, untilNext) => this.cues.onWake(this.plan, this.countdown.segment, elapsed, untilNext),
  });
  private readonly cues = new CueController(this, () => ({
    muted: this.muted,
    voice: this.voice,
    vibration: true,
    flash: true,
    cueSeconds: 3,
    paceFor: (segment) => (segment?.kind === 'work' ? (this.exerciseOf(segment.stepIndex)?.pace ?? 0) : 0),
    lang: this.localize.speechLang,
  }));
  private readonly wakeLock = new WakeLockController(this);

  private readonly source = new Task(this, {
    task: async ([src], { signal }) => (src ? this.fetchRoutine(src, signal) : undefined),
    args: () => [this.src] as const,
    onComplete: () => this.sourceVersion++,
    onError: () => this.sourceVersion++,
  });

  /** `idle`, `running`, `paused` or `complete`. */
  get state(): CountdownState {
    return this.countdown.state;
  }

  /** Index of the step in progress (or about to start). */
  get currentIndex(): number {
    return this.countdown.segment?.stepIndex ?? (this.state === 'complete' ? Math.max(0, (this.validRoutine?.steps.length ?? 1) - 1) : 0);
  }

  /** The timed plan of the session: lead-in, work per side, switch pauses and rest, in order. */
  get segments(): readonly Segment[] {
    return this.plan.segments;
  }

  /** The validated routine being played, or `null` while loading or invalid. */
  get resolvedRoutine(): Routine | null {
    return this.validRoutine;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer = new MutationObserver(() => this.childrenVersion++);
    this.observer.observe(this, { childList: true, subtree: true, attributes: true, characterData: true });
    this.addEventListener('keydown', this.onKeyDown);
    window.addEventListener('pagehide', this.saveProgress);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.checkDone = readStored(SAFETY_KEY, (value): value is true => value === true) ?? false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.source.abort();
    this.saveProgress();
    this.observer?.disconnect();
    this.removeEventListener('keydown', this.onKeyDown);
    window.removeEventListener('pagehide', this.saveProgress);
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = [
      'preset',
      'src',
      'routine',
      'title',
      'description',
      'rest',
      'switchDuration',
      'leadIn',
      'childrenVersion',
      'sourceVersion',
    ] as const;
    // Private states are not in `keyof this`; the map is keyed by name at run time.
    const changes = changed as Map<string, unknown>;
    if (!this.hasUpdated || inputs.some((name) => changes.has(name))) this.resolveInput();
    this.focusInside = this.shadowRoot?.activeElement != null;
  }

  /** Whether focus was inside the element before this update, and which view it was in. */
  private focusInside = false;
  private shownView = '';

  /**
   * When a view replaces another (overview → player → summary) and takes the focused button with
   * it, focus moves to the new view's main button instead of falling to the page.
   */
  private keepFocus(): void {
    const view = this.countdown.state === 'idle' ? 'overview' : this.countdown.state === 'complete' ? 'summary' : 'player';
    const changed = view !== this.shownView;
    this.shownView = view;
    if (changed && this.focusInside && this.shadowRoot?.activeElement == null) {
      this.renderRoot.querySelector<HTMLElement>('[part~="button-primary"]')?.focus();
    }
  }

  protected override updated(): void {
    this.keepFocus();
    const { state } = this.countdown;
    const { index, segmentRemaining, complete } = this.countdown.position;
    const segment = this.plan.segments[index];
    this.ring.sync(this.renderRoot, {
      key: `${state}:${index}:${this.awaitingContinue}`,
      running: state === 'running',
      fraction: complete || !segment ? 1 : segmentRemaining / segment.duration,
      secondsLeft: segmentRemaining,
      pace: segment?.kind === 'work' ? (this.exerciseOf(segment.stepIndex)?.pace ?? 0) : 0,
    });
  }

  /** Starts the session from the overview (or resumes a paused one). */
  start(): void {
    // Input given just before (`el.routine = …; el.start()`) waits in the pending update: run it now.
    if (this.isUpdatePending) this.performUpdate();
    if (!this.validRoutine) return;
    if (this.state === 'paused') return this.resume();
    if (this.state === 'running') return;
    if (this.state === 'complete') return this.restart();
    this.acknowledgeCheck();
    this.offerResume = undefined;
    this.skipped.clear();
    this.activeMs = 0;
    this.ratings = {};
    const started = this.localize.t.routine.announceStart(this.shownRoutine!.title);
    this.announcement = '';
    emit(this, 'smr-routine-start', { routineId: this.validRoutine.id, total: this.plan.total });
    if (this.plan.segments[0]?.kind === 'work') this.cues.startTone();
    this.run();
    // The first phase is announced as the countdown starts: one message, so neither hides the other.
    const first = this.announcement.trim();
    this.say(first ? `${started} ${first}` : started);
  }

  /** Pauses a running session. */
  pause(): void {
    if (this.state !== 'running') return;
    this.countdown.pause();
    this.stopRunning();
    this.say(this.localize.t.routine.announcePaused);
    this.saveProgress();
  }

  /** Continues a paused session (also after a finished step in `manual` mode). */
  resume(): void {
    if (this.state !== 'paused' || !this.validRoutine) return;
    this.offerResume = undefined;
    if (!this.awaitingContinue) this.say(this.localize.t.routine.announceResumed);
    this.awaitingContinue = false;
    this.run();
  }

  /**
   * Skips to the next step (the rest of this one counts as skipped); on the last step, ends the
   * session. While a `manual` session waits after a finished step, it continues instead.
   */
  next(): void {
    const routine = this.validRoutine;
    if (!routine || this.state === 'idle' || this.state === 'complete') return;
    if (this.awaitingContinue) return this.resume();
    const current = this.currentIndex;
    this.skipped.add(current);
    const target = this.firstSegmentOfStep(current + 1);
    if (target === undefined) {
      this.countdown.finish();
      return;
    }
    this.jumpTo(target);
  }

  /** Back to the start of this step, or to the previous step when at its very start. */
  previous(): void {
    if (!this.validRoutine || this.state === 'idle' || this.state === 'complete') return;
    const current = this.currentIndex;
    const start = this.firstSegmentOfStep(current);
    const intoStep = start === undefined ? 0 : this.countdown.elapsed - this.plan.segments[start]!.start;
    const targetStep = intoStep > PREVIOUS_GRACE_SECONDS || current === 0 ? current : current - 1;
    this.skipped.delete(targetStep);
    const target = this.firstSegmentOfStep(targetStep);
    if (target !== undefined) this.jumpTo(target);
  }

  /** Starts the whole session again from the beginning. */
  restart(): void {
    if (!this.validRoutine) return;
    this.stopRunning();
    this.countdown.reset();
    this.awaitingContinue = false;
    this.clearProgress();
    this.start();
  }

  // --- input -------------------------------------------------------------------------------

  private get stepChildren(): SmrStep[] {
    if (isServer) return []; // Server rendering sees no light DOM: a preset or the routine property only.
    return [...this.children].filter((child): child is SmrStep => child.localName === 'smr-step');
  }

  private get jsonChild(): HTMLScriptElement | undefined {
    if (isServer) return undefined;
    return [...this.children].find(
      (child): child is HTMLScriptElement => child instanceof HTMLScriptElement && child.type === 'application/json',
    );
  }

  private resolveInput(): void {
    const errors: ValidationError[] = [];
    const given: SourceName[] = [];
    if (this.routine !== undefined) given.push('routine property');
    if (this.src) given.push('src');
    if (this.jsonChild) given.push('inline JSON');
    if (this.stepChildren.length > 0) given.push('<smr-step> children');
    if (this.preset) given.push('preset');
    const used = given[0];
    const key = given.join(',');
    if (given.length > 1 && key !== this.lastSources) {
      console.warn(
        `<smr-routine>: ${given.join(' and ')} were ${given.length === 2 ? 'both' : 'all'} given; using the ${used}. Precedence: routine property > src > inline JSON > <smr-step> children > preset.`,
      );
    }
    this.lastSources = key;

    let input: unknown;
    switch (used) {
      case 'routine property':
        input = this.routine;
        break;
      case 'src':
        if (this.source.status !== 2) {
          // Pending, or failed: the task renders its own state.
          this.setRoutine(
            null,
            this.source.status === 3 ? [{ path: 'src', message: String((this.source.error as Error)?.message ?? this.source.error) }] : [],
          );
          return;
        }
        input = this.source.value;
        break;
      case 'inline JSON':
        try {
          input = JSON.parse(this.jsonChild!.textContent ?? '');
        } catch (error) {
          errors.push({
            path: 'script[type="application/json"]',
            message: this.localize.t.routine.badInlineJson(String((error as Error).message).slice(0, 120)),
          });
        }
        break;
      case '<smr-step> children': {
        const steps = this.stepChildren.map((step) => step.toStepInput());
        input = { id: `steps-${contentHash(JSON.stringify(steps))}`, title: this.localize.t.routine.untitled, steps };
        break;
      }
      case 'preset': {
        const preset = getPreset(this.preset.trim());
        if (preset) input = preset;
        else {
          errors.push(problemAt('preset', unknownId('preset', presets, this.preset.trim())));
        }
        break;
      }
      default:
        errors.push(problemAt('', { code: 'no-input' }));
    }
    if (errors.length > 0) return this.setRoutine(null, errors);
    const { routine, errors: validationErrors } = validateRoutine(this.withOverrides(input));
    this.setRoutine(routine, validationErrors);
  }

  /** Applies the `title`, `description`, `rest` and `switch-duration` attributes over the chosen input. */
  private withOverrides(input: unknown): unknown {
    if (!isRecord(input)) return input;
    let copy: Record<string, unknown>;
    try {
      copy = { ...input };
    } catch {
      return input; // An object that can't be read (a throwing proxy): validation reports it.
    }
    if (this.title) copy.title = this.title;
    if (this.description) copy.description = this.description;
    if (this.rest !== undefined && this.rest !== null && this.rest !== '') copy.rest = this.rest;
    if (this.switchDuration !== undefined && this.switchDuration !== null && this.switchDuration !== '')
      copy.switchDuration = this.switchDuration;
    return copy;
  }

  private leadInSeconds(errors: ValidationError[]): number {
    const value = this.leadIn;
    if (value === 0 || value === '0' || value === '') return 0;
    const parsed = parseDuration(value);
    if (parsed.ok && parsed.seconds <= 60) return parsed.seconds;
    errors.push(problemAt('lead-in', { code: 'range', unit: 'seconds', min: 0, max: 60, got: describeValue(value) }));
    return 0;
  }

  private setRoutine(routine: Routine | null, errors: ValidationError[]): void {
    const allErrors = [...errors];
    const leadIn = this.leadInSeconds(allErrors);
    const valid = allErrors.length === 0 ? routine : null;
    const key = valid ? `progress:${valid.id}:${contentHash(JSON.stringify([valid, leadIn]))}` : '';
    this.reportErrors(allErrors);
    if (key === this.storageKey && valid) return;
    // A different routine: start over with its plan.
    this.stopRunning();
    this.validRoutine = valid;
    this.storageKey = key;
    this.plan = valid ? planSegments(valid, { leadIn }) : { segments: [], total: 0 };
    this.countdown.setPlan(this.plan);
    this.awaitingContinue = false;
    this.skipped.clear();
    this.offerResume = undefined;
    if (!valid) return;
    const saved = this.noPersist ? undefined : readStored(key, isSavedProgress);
    if (saved && saved.elapsed > 0 && saved.elapsed < this.plan.total) this.offerResume = saved;
    this.previousRatings = readStored(`feedback:${valid.id}`, isRatings) ?? {};
    this.streakDays = this.trackStreak ? this.currentStreak() : 0;
  }

  private async fetchRoutine(src: string, signal: AbortSignal): Promise<unknown> {
    const t = this.localize.t.routine;
    let response: Response;
    try {
      response = await fetch(new URL(src, document.baseURI), { signal, headers: { accept: 'application/json' } });
    } catch (error) {
      if (signal.aborted) throw error;
      throw new RoutineLoadError(t.network);
    }
    if (!response.ok) throw new RoutineLoadError(t.httpStatus(response.status));
    const type = response.headers.get('content-type') ?? '';
    if (type && !/json|text\/plain/i.test(type)) throw new RoutineLoadError(t.notJson(type.split(';')[0]!.trim()));
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_SOURCE_BYTES) throw new RoutineLoadError(t.tooLarge);
    const text = await response.text();
    if (text.length > MAX_SOURCE_BYTES) throw new RoutineLoadError(t.tooLarge);
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new RoutineLoadError(t.badJson(String((error as Error).message).slice(0, 120)));
    }
  }

  // --- session -----------------------------------------------------------------------------

  private run(): void {
    this.runningSince = performance.now();
    this.wakeLock.hold();
    this.countdown.start();
  }

  private stopRunning(): void {
    if (this.runningSince !== undefined) this.activeMs += performance.now() - this.runningSince;
    this.runningSince = undefined;
    this.cues.stop();
    this.wakeLock.release();
  }

  /** First segment of a step that is not the rest before it. */
  private firstSegmentOfStep(stepIndex: number): number | undefined {
    const index = this.plan.segments.findIndex((s) => s.stepIndex === stepIndex && s.kind !== 'rest' && s.kind !== 'lead-in');
    return index === -1 ? undefined : index;
  }

  private jumpTo(segmentIndex: number): void {
    const segment = this.plan.segments[segmentIndex]!;
    this.cues.stop();
    this.awaitingContinue = false;
    this.countdown.seek(segment.start);
    this.announceSegment(segment, 0);
    this.saveProgress();
  }

  private shownCache: { routine: Routine; content: ContentTranslation | undefined; shown: Routine } | undefined;

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

  private exerciseOf(stepIndex: number) {
    const id = this.validRoutine?.steps[stepIndex]?.exercise;
    return id ? getExercise(id) : undefined;
  }

  private onSegmentStart(segment: Segment, index: number, late: number): void {
    const previous = this.plan.segments[index - 1];
    const newStep = previous !== undefined && previous.stepIndex !== segment.stepIndex;
    if (this.manual && newStep && this.countdown.state === 'running') {
      // Hold at the boundary until the person continues.
      this.countdown.pause();
      this.countdown.seek(segment.start);
      this.stopRunning();
      this.awaitingContinue = true;
      this.say(this.localize.t.routine.announceStepDone);
      this.cues.moment('rest', late, this.localize.t.routine.stepDone);
      this.announceSegment(segment, late, false);
      this.saveProgress();
      return;
    }
    this.announceSegment(segment, late);
    this.saveProgress();
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
    const routine = this.shownRoutine!;
    const step = routine.steps[segment.stepIndex]!;
    const t = this.localize.t;
    const sideName = this.sideName(segment.side);
    const count = routine.steps.length;
    switch (segment.kind) {
      case 'work':
        this.say(t.routine.announceStep(segment.stepIndex + 1, count, step.name, sideName));
        this.cues.moment('go', late, sideName ? `${step.name}, ${sideName}` : step.name);
        break;
      case 'switch':
        this.say(t.routine.announceSwitch(this.sideName('right')));
        this.cues.moment('switch', late, t.voice.switchSides);
        break;
      case 'rest':
        this.say(t.routine.announceRest(step.name));
        this.cues.moment('rest', late, t.routine.rest);
        break;
      case 'lead-in':
        this.say(t.routine.announceGetReady(step.name));
        break;
    }
  }

  private onComplete(): void {
    const routine = this.validRoutine!;
    this.stopRunning();
    this.awaitingContinue = false;
    const completed = routine.steps.map((_, i) => i).filter((i) => !this.skipped.has(i));
    const elapsed = Math.round(this.activeMs) / 1000;
    this.say(this.localize.t.routine.announceComplete);
    this.cues.moment('complete', 0, this.localize.t.voice.done);
    this.clearProgress();
    if (this.trackStreak) this.streakDays = this.recordStreak();
    emit(this, 'smr-routine-complete', {
      routineId: routine.id,
      elapsed,
      completed,
      skipped: [...this.skipped].sort((a, b) => a - b),
      feedback: this.feedbackList(),
    });
  }

  private feedbackList(): StepFeedback[] {
    return Object.entries(this.ratings).map(([key, rating]) => {
      const [index, side] = key.split(':');
      return { index: Number(index), side: side === 'left' || side === 'right' ? side : null, rating };
    });
  }

  private onRate(index: number, side: Side, value: string): void {
    const key = `${index}:${side ?? 'none'}`;
    const rating = Number(value);
    const ratings = { ...this.ratings };
    if (Number.isInteger(rating) && rating >= 1 && rating <= 10) ratings[key] = rating;
    else delete ratings[key];
    this.ratings = ratings;
    if (this.validRoutine) writeStored(`feedback:${this.validRoutine.id}`, { ...this.previousRatings, ...ratings });
  }

  // --- storage -----------------------------------------------------------------------------

  private saveProgress = (): void => {
    if (this.noPersist || !this.storageKey || !this.validRoutine) return;
    const { state } = this.countdown;
    if (state !== 'running' && state !== 'paused') return;
    const active = this.activeMs + (this.runningSince === undefined ? 0 : performance.now() - this.runningSince);
    writeStored(this.storageKey, { elapsed: this.countdown.elapsed, skipped: [...this.skipped], active, savedAt: Date.now() });
  };

  private clearProgress(): void {
    if (this.storageKey) removeStored(this.storageKey);
  }

  private onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.saveProgress();
  };

  private acceptResume(): void {
    const saved = this.offerResume;
    if (!saved) return;
    this.offerResume = undefined;
    this.acknowledgeCheck();
    this.skipped = new Set(saved.skipped.filter((i) => i < (this.validRoutine?.steps.length ?? 0)));
    this.activeMs = saved.active;
    this.countdown.seek(saved.elapsed);
    const segment = this.countdown.segment;
    if (segment) this.announceSegment(segment, 0, false);
  }

  private declineResume(): void {
    this.offerResume = undefined;
    this.clearProgress();
  }

  private acknowledgeCheck(): void {
    if (this.checkDone) return;
    this.checkDone = true;
    writeStored(SAFETY_KEY, true);
  }

  private currentStreak(): number {
    const streak = readStored(STREAK_KEY, isStreak);
    return streak && (streak.last === today() || streak.last === yesterday()) ? streak.days : 0;
  }

  private recordStreak(): number {
    const streak = readStored(STREAK_KEY, isStreak);
    const now = today();
    const days = streak?.last === now ? streak.days : streak?.last === yesterday() ? streak.days + 1 : 1;
    writeStored(STREAK_KEY, { last: now, days });
    return days;
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

  private onPrimary(): void {
    this.cues.unlock();
    if (this.state === 'running') this.pause();
    else if (this.state === 'paused') this.resume();
    else this.start();
  }

  private say(text: string): void {
    this.announcement = this.announcement === text ? `${text} ` : text;
  }

  private sideName(side: Side): string {
    const t = this.localize.t.timer;
    return side === 'left' ? t.left : side === 'right' ? t.right : '';
  }

  // --- rendering ---------------------------------------------------------------------------

  private heading(text: string, offset = 0, part = 'heading'): TemplateResult {
    return renderHeading(text, headingLevel(this.headingLevel, 2) + offset, `heading h${offset}`, part);
  }

  private stepDuration(step: RoutineStep): string {
    const clock = formatClock(step.duration);
    return step.sides === 'both' ? this.localize.t.routine.perSide(clock) : clock;
  }

  private renderStepDetails(step: RoutineStep): TemplateResult {
    const t = this.localize.t.routine;
    const english = step.exercise ? getExercise(step.exercise) : undefined;
    const cues = english ? localizeExercise(english, this.localize.content).cues : [];
    return html`${
      step.instructions.length
        ? html`<ol>
            ${step.instructions.map((line) => html`<li>${line}</li>`)}
          </ol>`
        : nothing
    }
    ${
      cues.length
        ? html`<p class="minor-title">${t.cues}</p>
            <ul>
              ${cues.map((cue) => html`<li>${cue}</li>`)}
            </ul>`
        : nothing
    }
    ${
      step.cautions.length
        ? html`<p class="minor-title">${t.cautions}</p>
            <ul class="cautions">
              ${step.cautions.map((c) => html`<li>${c}</li>`)}
            </ul>`
        : nothing
    }`;
  }

  private renderHeader(routine: Routine): TemplateResult {
    const t = this.localize.t;
    const tools = [...new Set(routine.steps.map((step) => step.tool).filter(Boolean))].map((tool) => t.exercise.tools[tool!] ?? tool);
    return html`<header part="header" class="header">
      ${this.heading(routine.title)} ${routine.description ? html`<p class="description">${routine.description}</p>` : nothing}
      <p class="chips">
        <span>${t.routine.total(formatClock(this.plan.total))}</span>
        <span>${t.routine.stepCount(routine.steps.length)}</span>
        ${tools.length ? html`<span>${t.routine.youNeed(formatList(tools as string[], this.localize.lang))}</span>` : nothing}
        ${this.trackStreak && this.streakDays > 0 ? html`<span class="streak">${t.routine.streak(this.streakDays)}</span>` : nothing}
      </p>
    </header>`;
  }

  private renderOverview(routine: Routine): TemplateResult {
    const t = this.localize.t.routine;
    const saved = this.offerResume;
    return html`${this.renderHeader(routine)} ${saved ? this.renderResumeOffer(saved) : nothing}
      ${this.checkDone ? nothing : this.renderCheck()}
      <ol part="step-list" class="step-list">
        ${routine.steps.map(
          (step) =>
            html`<li part="step">
              <details>
                <summary><span class="step-name">${step.name}</span><span class="step-time">${this.stepDuration(step)}</span></summary>
                <div class="step-body">${this.renderStepDetails(step)}</div>
              </details>
            </li>`,
        )}
      </ol>
      ${renderSafetyNote(this.localize.t.exercise.safety, this.localize.content)}
      <div part="controls" class="controls">
        <button
          part="button button-primary"
          class="primary"
          type="button"
          aria-label=${t.startName(routine.title)}
          @click=${this.onPrimary}
        >
          ${t.start}
        </button>
      </div>`;
  }

  private renderCheck(): TemplateResult {
    const t = this.localize.t.routine;
    return html`<section part="check" class="check" aria-labelledby="check-title">
      <div id="check-title" class="minor-title" role="heading" aria-level=${Math.min(6, headingLevel(this.headingLevel, 2) + 1)}>
        ${t.beforeTitle}
      </div>
      <p>${t.beforeIntro}</p>
      <ul>
        ${localizeSafety(this.localize.content).beforeYouStart.map((item) => html`<li>${item.text}</li>`)}
      </ul>
      <p>${t.beforeIfNot}</p>
      <button part="button" class="secondary" type="button" @click=${this.acknowledgeCheck}>${t.beforeOk}</button>
    </section>`;
  }

  private renderResumeOffer(saved: SavedProgress): TemplateResult {
    const t = this.localize.t.routine;
    const position = this.plan.segments.find((s) => saved.elapsed >= s.start && saved.elapsed < s.start + s.duration);
    return html`<section part="resume" class="resume" role="group" aria-label=${t.resumeTitle}>
      <p>
        <strong>${t.resumeTitle}</strong>
        ${t.resumeDetail((position?.stepIndex ?? 0) + 1, this.validRoutine!.steps.length, formatClock(this.plan.total - saved.elapsed))}
      </p>
      <div class="controls">
        <button part="button" class="secondary" type="button" @click=${this.acceptResume}>${t.resumeYes}</button>
        <button part="button" class="secondary" type="button" @click=${this.declineResume}>${t.resumeNo}</button>
      </div>
    </section>`;
  }

  private renderPlayer(routine: Routine): TemplateResult {
    const t = this.localize.t;
    const state = this.countdown.state;
    const position = this.countdown.position;
    const segment = this.plan.segments[position.index];
    if (!segment) return html``;
    const step = routine.steps[segment.stepIndex]!;
    const count = routine.steps.length;
    const nextStep = routine.steps[segment.stepIndex + 1];
    const kind = this.awaitingContinue ? 'rest' : segment.kind;
    const sideName = this.sideName(segment.side);
    const label = this.awaitingContinue
      ? t.routine.stepDone
      : kind === 'lead-in'
        ? t.timer.getReady
        : kind === 'switch'
          ? t.timer.switchSides
          : kind === 'rest'
            ? t.routine.rest
            : '';
    const phaseText = segment.kind === 'work' || segment.kind === 'switch' || segment.kind === 'lead-in' ? sideName : '';
    const pace = segment.kind === 'work' ? (this.exerciseOf(segment.stepIndex)?.pace ?? 0) : 0;
    const primary = this.awaitingContinue ? t.routine.continue : state === 'running' ? t.routine.pause : t.routine.resume;
    const flashing = this.cues.flashing;
    const done = this.plan.total - position.totalRemaining;
    return html`<div class="player phase-${kind} ${flashing ? 'flash' : ''} ${state === 'paused' ? 'is-paused' : ''}">
      <div part="progress" class="progress">
        <span>${t.routine.stepOf(segment.stepIndex + 1, count)}</span>
        <span>${t.routine.timeLeft(formatClock(position.totalRemaining))}</span>
        <progress max=${Math.round(this.plan.total)} value=${Math.round(done)} aria-label=${t.routine.progressName}></progress>
      </div>
      <div part="current" class="current">
        ${this.heading(step.name, 1, 'step-name')}
        ${sideName && segment.kind === 'work' ? html`<span class="side-badge">${sideName}</span>` : nothing}
      </div>
      <div class="stage">
        ${renderDial({
          label,
          seconds: this.awaitingContinue ? step.duration : position.segmentRemaining,
          phaseText: state === 'paused' && !this.awaitingContinue ? `${t.timer.paused}${phaseText ? ` · ${phaseText}` : ''}` : phaseText,
          pace,
          pacing: state === 'running' && segment.kind === 'work',
          paceHint: t.timer.paceHint(pace),
        })}
        <div part="controls" class="controls">
          <button part="button" class="secondary" type="button" aria-label=${t.routine.previousName} @click=${this.previous}>
            ${t.routine.previous}
          </button>
          <button part="button button-primary" class="primary" type="button" @click=${this.onPrimary}>${primary}</button>
          <button part="button" class="secondary" type="button" aria-label=${t.routine.nextName} @click=${this.next}>
            ${t.routine.next}
          </button>
        </div>
        ${this.awaitingContinue ? html`<p class="hint">${t.routine.continueHint}</p>` : nothing}
      </div>
      ${this.askFeedback && segment.kind !== 'lead-in' ? this.renderFeedback(segment) : nothing}
      <details part="instructions" class="instructions" open>
        <summary>${t.routine.howTo}</summary>
        ${this.renderStepDetails(step)}
      </details>
      <p part="next" class="next">
        ${nextStep ? t.routine.upNext(`${nextStep.name} · ${this.stepDuration(nextStep)}`) : t.routine.lastStep}
      </p>
      <div class="footer-controls">
        <button part="button" class="secondary small" type="button" aria-label=${t.routine.restartName} @click=${this.restart}>
          ${t.routine.restart}
        </button>
        <p class="shortcuts">${t.routine.shortcuts}</p>
      </div>
    </div>`;
  }

  /** "How tender was it?" for the side just worked (or being worked). */
  private renderFeedback(segment: Segment): TemplateResult {
    const t = this.localize.t.routine;
    const side: Side = segment.kind === 'switch' ? 'left' : segment.side;
    const key = `${segment.stepIndex}:${side ?? 'none'}`;
    const previous = this.previousRatings[key];
    const id = `tender-${key.replace(':', '-')}`;
    return html`<div part="feedback" class="feedback">
      <label for=${id}>${t.tenderQuestion(this.sideName(side).toLowerCase())}</label>
      <select
        id=${id}
        .value=${String(this.ratings[key] ?? '')}
        @change=${(event: Event) => this.onRate(segment.stepIndex, side, (event.target as HTMLSelectElement).value)}
      >
        <option value="">${t.tenderNone}</option>
        ${Array.from({ length: 10 }, (_, i) => html`<option value=${i + 1} ?selected=${this.ratings[key] === i + 1}>${i + 1}</option>`)}
      </select>
      ${previous ? html`<span class="last-time">${t.lastTime(previous)}</span>` : nothing}
    </div>`;
  }

  private renderSummary(routine: Routine): TemplateResult {
    const t = this.localize.t.routine;
    const skipped = this.skipped.size;
    const completed = routine.steps.length - skipped;
    const feedback = this.feedbackList();
    return html`<section part="summary" class="summary phase-complete">
      ${this.heading(t.completeTitle)}
      <p class="chips">
        <span>${t.timeSpent(formatClock(this.activeMs / 1000))}</span>
        <span>${t.completed(completed)}</span>
        ${skipped ? html`<span>${t.skipped(skipped)}</span>` : nothing}
        ${this.trackStreak && this.streakDays > 0 ? html`<span class="streak">${t.streak(this.streakDays)}</span>` : nothing}
      </p>
      ${
        feedback.length
          ? html`<ul class="ratings">
                ${feedback.map((entry) => {
                  const previous = this.previousRatings[`${entry.index}:${entry.side ?? 'none'}`];
                  const side = this.sideName(entry.side);
                  return html`<li>
                    ${routine.steps[entry.index]?.name}${side ? ` (${side.toLowerCase()})` : ''}:
                    ${entry.rating}/10${previous ? html` <span class="last-time">${t.lastTime(previous)}</span>` : nothing}
                  </li>`;
                })}
              </ul>
              <p class="hint">${t.tenderSaved}</p>`
          : nothing
      }
      <div part="controls" class="controls">
        <button part="button button-primary" class="primary" type="button" aria-label=${t.restartName} @click=${this.restart}>
          ${t.restart}
        </button>
      </div>
      ${renderSafetyNote(this.localize.t.exercise.safety, this.localize.content)}
    </section>`;
  }

  /** A one-page card for gym walls and handouts; shown only when printing. */
  private renderPrintCard(routine: Routine): TemplateResult {
    return html`<section class="print-card" aria-hidden="true">
      <ol part="step-list">
        ${routine.steps.map(
          (step) =>
            html`<li>
              <strong>${step.name}</strong> — ${this.stepDuration(step)}
              ${step.cautions.length ? html`<div class="print-cautions">${step.cautions[0]}</div>` : nothing}
            </li>`,
        )}
      </ol>
      <p class="print-safety">${localizeSafety(this.localize.content).note}</p>
    </section>`;
  }

  override render() {
    const t = this.localize.t.routine;
    if (this.src && this.source.status === 1 && this.routine === undefined) {
      return html`<div part="base" class="surface"><p class="loading" role="status">${t.loading}</p></div>`;
    }
    const routine = this.shownRoutine;
    if (!routine) {
      const retry = this.src && this.source.status === 3;
      return html`<div part="base" class="surface">
        ${this.renderErrors(retry ? t.loadFailed : undefined)}
        ${retry ? html`<div class="controls"><button part="button" class="secondary" type="button" @click=${() => this.source.run()}>${t.retry}</button></div>` : nothing}
      </div>`;
    }
    const state = this.countdown.state;
    return html`<div part="base" class="surface state-${state}">
      ${state === 'idle' ? this.renderOverview(routine) : state === 'complete' ? this.renderSummary(routine) : html`${this.renderHeaderCompact(routine)}${this.renderPlayer(routine)}`}
      ${this.renderPrintCard(routine)}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  private renderHeaderCompact(routine: Routine): TemplateResult {
    return html`<header part="header" class="header compact">${this.heading(routine.title)}</header>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'smr-routine': SmrRoutine;
  }
}
