import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { validateRoutine } from '../../content/catalog-lookup.js';
import { ReorderController } from '../../controllers/reorder.js';
import type { CatalogFilter } from '../../core/catalog-search.js';
import { embedSnippet, type EmbedFormat } from '../../core/embed.js';
import { draftToInput, moveItem, type DraftStep, type RoutineDraft } from '../../core/routine-draft.js';
import { planSegments } from '../../core/segments.js';
import type { Routine, RoutineInput, ValidationError } from '../../core/types.js';
import { DEFAULT_CUSTOM_STEP_SECONDS, DEFAULT_LEAD_IN, DEFAULT_SWITCH_DURATION, LIMITS } from '../../core/limits.js';
import '../../events/builder-events.js';
import { emit } from '../../events/emit.js';
import { buttonStyles } from '../../styles/buttons.js';
import { surfaceStyles } from '../../styles/surface.js';
import { tokens } from '../../styles/tokens.js';
import { strings as builderStrings } from '../../translations/en/builder.js';
import { strings as exerciseStrings } from '../../translations/en/exercise.js';
import { strings as routineStrings } from '../../translations/en/routine.js';
import { VERSION } from '../../version.js';
import '../routine/routine.js';
import { renderSafetyNote } from '../shared/safety-note.js';
import { customElement, headingLevel, reflectAsText, SmrElement } from '../shared/smr-element.js';
import { renderCatalogList, type CatalogListHandlers } from './catalog-list.js';
import { renderDetailsPanel, type DetailsPanelHandlers } from './details-panel.js';
import { BuilderExportController } from './export-controller.js';
import { renderExportPanel } from './export-panel.js';
import { heading, type ViewContext } from './fields.js';
import { BuilderLoadController, type Undo } from './load-controller.js';
import { renderLoadPanel } from './load-panel.js';
import { stepName } from './localized-catalog.js';
import { renderPreviewPanel } from './preview-panel.js';
import styles from './routine-builder.styles.js';
import catalogPictureStyles from './catalog-picture.styles.js';
import { StepFocusController, type StepControl } from './step-focus.js';
import { renderStepList, type StepListHandlers } from './step-editor.js';
import { registerEnglish } from '../../controllers/translation-registry.js';

registerEnglish(builderStrings, exerciseStrings, routineStrings);

/** The CDN autoloader of this version (loads only the elements a page shows), used in embed snippets unless `script-src` says otherwise. */
export const DEFAULT_SCRIPT_SRC = `https://cdn.jsdelivr.net/npm/smr-elements@${VERSION}/dist/cdn/smr-autoloader.js`;

/**
 * For gym staff, coaches and CMS authors: pick catalog exercises (search, filter by area and tool)
 * or write custom steps, order them (drag and drop, or the keyboard), set durations, sides and rest,
 * see the total and a live preview, then copy the embed snippet or the routine JSON, or share the
 * routine as a link (`#smr-routine=…`, opened by `<smr-routine from-url>`) and its QR code. Loads
 * presets and JSON files; invalid imports are listed field by field and nothing is replaced.
 *
 * @summary Builds a routine and its embed code.
 *
 * @event {SmrChangeEvent} smr-change - The person changed the routine (an edit committed, a step added, moved or removed, a routine loaded): `detail.value` (routine input), `detail.errors` (what is still invalid).
 * @event {SmrErrorEvent} smr-error - A routine given to `value` or imported could not be loaded, or `share-base` is not an http(s) address: `detail.errors` (`{ path, message, problem? }[]`).
 *
 * @csspart base - The wrapper of everything.
 * @csspart load - Preset and JSON import.
 * @csspart details - Title, description, rest and switch pause.
 * @csspart catalog - Search, filters and the exercise list.
 * @csspart illustration - The still picture beside each catalog entry.
 * @csspart steps - The steps of the routine being built.
 * @csspart step - One step.
 * @csspart handle - A step's drag handle.
 * @csspart total - The total time.
 * @csspart preview - The live `<smr-routine>` preview.
 * @csspart export - Embed code, copy and download.
 * @csspart embed-code - The embed code text.
 * @csspart share - The share link, its QR code and their buttons.
 * @csspart share-link - The share link text.
 * @csspart qr - The share link's QR code (an SVG image, black on white).
 * @csspart button - Every button.
 * @csspart button-primary - "Copy embed code".
 * @csspart safety - The safety note (the preview shows its own once the routine is valid).
 * @csspart error - Why a routine could not be loaded.
 *
 * @cssproperty --smr-accent - Primary colour.
 * @cssproperty --smr-accent-contrast - Text on the accent colour.
 * @cssproperty --smr-surface - Background.
 * @cssproperty --smr-surface-raised - Background of panels and fields.
 * @cssproperty --smr-border - Borders.
 * @cssproperty --smr-text - Body text.
 * @cssproperty --smr-text-muted - Secondary text.
 * @cssproperty --smr-danger - Colour of problems.
 * @cssproperty --smr-radius - Corner radius.
 * @cssproperty --smr-space - Spacing unit.
 * @cssproperty --smr-font-family - Font (inherits the page's by default).
 * @cssproperty --smr-illustration-figure - Colour of the figure in the catalog's pictures (defaults to `--smr-text`).
 * @cssproperty --smr-illustration-figure-far - Colour of the pictures' far-side limbs.
 * @cssproperty --smr-illustration-tool - Fill of the tool in the pictures.
 * @cssproperty --smr-illustration-tool-outline - Outline of the tool in the pictures.
 * @cssproperty --smr-illustration-work - Colour of the worked area and the arrow in the pictures (defaults to `--smr-accent`).
 * @cssproperty --smr-illustration-ground - Colour of the floor, wall and furniture in the pictures (defaults to `--smr-border`).
 */
@customElement('smr-routine-builder')
export class SmrRoutineBuilder extends SmrElement {
  static override styles = [tokens, surfaceStyles, buttonStyles, styles, catalogPictureStyles];

  /** Format of `embedCode`: `steps` (`<smr-step>` children) or `json` (inline JSON; keeps every field). */
  @property({ attribute: 'embed-format', reflect: true, converter: reflectAsText })
  embedFormat: EmbedFormat = 'steps';

  /** URL of the module script at the top of the embed code; empty leaves the script tag out. */
  @property({ attribute: 'script-src' }) scriptSrc: string = DEFAULT_SCRIPT_SRC;

  /**
   * The page a share link opens (its fragment is dropped), which needs `<smr-routine from-url>`;
   * default: this page, without its fragment.
   */
  @property({ attribute: 'share-base' }) shareBase = '';

  /** Heading level of the builder's title (2–6, default 2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** `light` or `dark` forces a colour scheme. */
  @property({ reflect: true, converter: reflectAsText }) theme?: 'light' | 'dark';

  @state() private draft: RoutineDraft = {
    title: '',
    description: '',
    rest: 0,
    switchDuration: DEFAULT_SWITCH_DURATION,
    steps: [],
  };
  @state() private catalogFilter: Required<CatalogFilter> = { query: '', region: '', tool: '', offFloor: false };
  @state() private announcement = '';
  @state() private undo: Undo | undefined;

  #pristine = true;
  #keySeq = 0;
  #problems: ValidationError[] = [];
  #total = 0;
  #routine: Routine | null = null;

  readonly #reorder = new ReorderController(this, {
    count: () => this.draft.steps.length,
    move: (from, to) => this.#moveStep(from, to, 'handle'),
  });
  readonly #stepFocus = new StepFocusController(this);
  readonly #loader = new BuilderLoadController(this, {
    words: () => this.localize.t.builder,
    reportErrors: (errors) => this.reportErrors(errors),
    draft: () => this.draft,
    setDraft: (next, commit, undo) => this.#setDraft(next, commit, undo),
    announce: (message) => this.#announce(message),
    nextKey: () => this.#nextKey(),
  });
  readonly #export = new BuilderExportController(this, {
    routine: () => this.#routine,
    value: () => this.value,
    shareBase: () => this.shareBase,
    words: () => this.localize.t.builder,
    chooseFormat: (format) => (this.embedFormat = format),
  });

  /**
   * The routine being built, as routine input (every step's duration and sides written out).
   * Set it to load a routine to edit; one that is not valid is listed as errors, shown in the
   * import box to fix, and the routine in the builder stays as it was.
   */
  get value(): RoutineInput {
    return draftToInput(this.draft);
  }
  set value(input: RoutineInput) {
    this.#loader.load(input, false);
  }

  /** The embed snippet for the current routine (script tag, then `<smr-routine>`), in `embed-format`. */
  get embedCode(): string {
    return this.#snippetOf(this.value);
  }

  /** What keeps the current routine from being embedded; empty when it is ready. */
  get errors(): ValidationError[] {
    return validateRoutine(this.value).errors;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#pristine && this.draft.title === '') this.draft = { ...this.draft, title: this.localize.t.builder.newTitle };
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const { routine, errors } = validateRoutine(this.value);
    this.#routine = routine;
    this.#problems = errors;
    this.#total = routine ? planSegments(routine, { leadIn: DEFAULT_LEAD_IN }).total : 0;
  }

  // --- changing the routine ------------------------------------------------------------------

  #nextKey = (): number => ++this.#keySeq;

  /** Replaces the draft; `commit` fires `smr-change`. An ordinary edit ends the chance to undo. */
  #setDraft(next: RoutineDraft, commit: boolean, undo?: Undo): void {
    this.#pristine = false;
    this.draft = next;
    this.undo = undo;
    this.#export.forget();
    if (commit) this.#emitChange();
  }

  #emitChange(): void {
    const value = this.value;
    emit(this, 'smr-change', { value, errors: validateRoutine(value).errors });
  }

  #stepName(step: DraftStep): string {
    return stepName(step, this.localize.content, this.localize.t.builder.customName);
  }

  /** Appends a new step: no tool but the exercise's own, no instructions but the catalog's, unless `fields` gives them. */
  #addStep(
    fields: Pick<DraftStep, 'exercise' | 'name' | 'duration' | 'sides'> & Partial<Pick<DraftStep, 'tool' | 'instructions'>>,
    focus?: StepControl,
  ): void {
    if (this.draft.steps.length >= LIMITS.steps.max) return;
    const step: DraftStep = { key: this.#nextKey(), tool: '', instructions: '', ...fields };
    this.#setDraft({ ...this.draft, steps: [...this.draft.steps, step] }, true);
    this.#announce(this.localize.t.builder.announceAdded(this.#stepName(step), this.draft.steps.length));
    if (focus) this.#stepFocus.request({ key: step.key, target: focus });
  }

  #moveStep(from: number, to: number, focus: StepControl): void {
    const steps = this.draft.steps;
    const target = Math.max(0, Math.min(steps.length - 1, to));
    const step = steps[from];
    if (!step || target === from) return;
    this.#setDraft({ ...this.draft, steps: moveItem(steps, from, target) }, true);
    this.#announce(this.localize.t.builder.announceMoved(this.#stepName(step), target + 1, steps.length));
    this.#stepFocus.request({ key: step.key, target: focus });
  }

  #announce(message: string): void {
    // The same words twice in a row are still announced.
    this.announcement = this.announcement === message ? `${message}\u00a0` : message;
  }

  #snippetOf(value: RoutineInput): string {
    return embedSnippet(value, { format: this.embedFormat, scriptSrc: this.scriptSrc });
  }

  // --- what the views call ---------------------------------------------------------------------

  readonly #detailsHandlers: DetailsPanelHandlers = {
    edit: (patch, commit = false) => this.#setDraft({ ...this.draft, ...patch }, commit),
    commit: () => this.#emitChange(),
  };

  readonly #catalogHandlers: CatalogListHandlers = {
    filter: (change) => (this.catalogFilter = { ...this.catalogFilter, ...change }),
    add: (exercise) => {
      // With the off-floor filter on, a floor exercise comes in its off-the-floor form: that tool and those steps.
      const option = this.catalogFilter.offFloor && exercise.position === 'floor' ? exercise.offFloor : undefined;
      this.#addStep({
        exercise: exercise.id,
        name: '',
        duration: exercise.duration,
        sides: exercise.sides,
        ...(option ? { tool: option.tool, instructions: option.steps.join('\n') } : {}),
      });
    },
  };

  readonly #stepHandlers: StepListHandlers = {
    edit: (key, patch, commit = false) =>
      this.#setDraft({ ...this.draft, steps: this.draft.steps.map((step) => (step.key === key ? { ...step, ...patch } : step)) }, commit),
    commit: () => this.#emitChange(),
    move: (from, to, focus) => this.#moveStep(from, to, focus),
    remove: (index) => {
      const steps = this.draft.steps;
      const step = steps[index];
      if (!step) return;
      const message = this.localize.t.builder.announceRemoved(this.#stepName(step));
      this.#setDraft({ ...this.draft, steps: steps.filter((_, i) => i !== index) }, true, { draft: this.draft, message });
      this.#announce(message);
      const neighbour = this.draft.steps[Math.min(index, this.draft.steps.length - 1)];
      this.#stepFocus.request(neighbour ? { key: neighbour.key, target: 'handle' } : 'add-custom');
    },
    undo: () => {
      if (!this.undo) return;
      this.#setDraft(this.undo.draft, true);
      this.#announce(this.localize.t.builder.undone);
    },
    addCustom: () =>
      this.#addStep({ name: this.localize.t.builder.customName, duration: DEFAULT_CUSTOM_STEP_SECONDS, sides: 'none' }, 'name'),
  };

  /** What every view reads: the words, the heading level, and the routine's problems in the element's language. */
  #viewContext(): ViewContext {
    return {
      t: this.localize.t,
      content: this.localize.content,
      headingLevel: headingLevel(this.headingLevel, 2),
      problems: this.#problems.map((problem) => ({ path: problem.path, text: this.errorText(problem) })),
    };
  }

  override render() {
    const view = this.#viewContext();
    const { t, headingLevel: level } = view;
    const valid = view.problems.length === 0;
    const value = this.value;
    const { steps, ...details } = this.draft;
    const hasSteps = steps.length > 0;
    return html`<div part="base" class="surface">
      ${heading(t.builder.title, level)}
      ${renderLoadPanel(
        {
          ...view,
          chosenPreset: this.#loader.chosenPreset,
          importText: this.#loader.importText,
          errors: this.renderErrors(t.builder.importFailed),
        },
        this.#loader.handlers,
      )}
      ${renderDetailsPanel({ ...view, details }, this.#detailsHandlers)}
      <div class="columns">
        ${renderCatalogList({ ...view, filter: this.catalogFilter, full: steps.length >= LIMITS.steps.max }, this.#catalogHandlers)}
        ${renderStepList(
          { ...view, steps, total: this.#total, undoMessage: this.undo?.message, dropTarget: this.#reorder.dropTarget },
          this.#stepHandlers,
        )}
      </div>
      ${renderPreviewPanel({ ...view, value, valid, hasSteps, theme: this.theme })}
      ${renderExportPanel(
        {
          ...view,
          value,
          valid,
          code: valid ? this.#snippetOf(value) : '',
          format: this.embedFormat,
          hasSteps,
          status: this.#export.status,
          showJson: this.#export.showJson,
          title: this.draft.title,
          share: this.#export.share,
          shareStatus: this.#export.shareStatus,
        },
        this.#export.handlers,
      )}
      ${valid ? nothing : renderSafetyNote(t.exercise.safety, view.content)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'smr-routine-builder': SmrRoutineBuilder;
  }
}
