import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { exercises, getExercise, presets, validateRoutine } from '../../content/catalog.js';
import { regionLabel, regionLabels } from '../../content/body-map.js';
import { localizeExercise, presetTitle } from '../../content/localized.js';
import type { ContentTranslation } from '../../core/content-translation.js';
import { searchCatalog } from '../../core/catalog-search.js';
import { formatClock } from '../../core/duration.js';
import { embedSnippet, fitsStepMarkup, type EmbedFormat } from '../../core/embed.js';
import { draftFromRoutine, draftToInput, moveItem, type DraftStep, type RoutineDraft } from '../../core/routine-draft.js';
import { planSegments } from '../../core/segments.js';
import {
  BACK_REGIONS,
  FRONT_REGIONS,
  TOOLS,
  type Exercise,
  type RegionId,
  type RoutineInput,
  type Sides,
  type Tool,
  type ValidationError,
} from '../../core/types.js';
import { DEFAULT_SWITCH_DURATION, LIMITS } from '../../core/validate.js';
import '../../events/builder-events.js';
import { emit } from '../../events/emit.js';
import { buttonStyles } from '../../styles/dial.js';
import { surfaceStyles } from '../../styles/surface.js';
import { tokens } from '../../styles/tokens.js';
import '../../translations/en/builder.js';
import '../../translations/en/exercise.js';
import '../../translations/en/routine.js';
import { VERSION } from '../../version.js';
import '../routine/routine.js';
import { renderSafetyNote } from '../safety-note.js';
import { customElement, headingLevel, reflectAsText, renderHeading, SmrElement } from '../smr-element.js';
import styles from './routine-builder.styles.js';

/** The CDN bundle of this version, used in embed snippets unless `script-src` says otherwise. */
export const DEFAULT_SCRIPT_SRC = `https://cdn.jsdelivr.net/npm/smr-elements@${VERSION}/dist/cdn/smr-elements.js`;

/** Largest routine file the builder opens. */
const MAX_IMPORT_BYTES = 1024 * 1024;
/** The get-ready seconds `<smr-routine>` plays by default, counted in the total. */
const LEAD_IN = 5;
const CUSTOM_STEP_SECONDS = 60;

type FocusTarget = 'handle' | 'up' | 'down' | 'name';

/**
 * For gym staff, coaches and CMS authors: pick catalog exercises (search, filter by area and tool)
 * or write custom steps, order them (drag and drop, or the keyboard), set durations, sides and rest,
 * see the total and a live preview, then copy the embed snippet or the routine JSON. Loads presets
 * and JSON files; invalid imports are listed field by field and nothing is replaced.
 *
 * @summary Builds a routine and its embed code.
 *
 * @event {SmrChangeEvent} smr-change - The person changed the routine (an edit committed, a step added, moved or removed, a routine loaded): `detail.value` (routine input), `detail.errors` (what is still invalid).
 * @event {SmrErrorEvent} smr-error - A routine given to `value` or imported could not be loaded: `detail.errors` (`{ path, message, problem? }[]`).
 *
 * @csspart base - The wrapper of everything.
 * @csspart load - Preset and JSON import.
 * @csspart details - Title, description, rest and switch pause.
 * @csspart catalog - Search, filters and the exercise list.
 * @csspart steps - The steps of the routine being built.
 * @csspart step - One step.
 * @csspart handle - A step's drag handle.
 * @csspart total - The total time.
 * @csspart preview - The live `<smr-routine>` preview.
 * @csspart export - Embed code, copy and download.
 * @csspart embed-code - The embed code text.
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
 */
@customElement('smr-routine-builder')
export class SmrRoutineBuilder extends SmrElement {
  static override styles = [tokens, surfaceStyles, buttonStyles, styles];

  /** Format of `embedCode`: `steps` (`<smr-step>` children) or `json` (inline JSON; keeps every field). */
  @property({ attribute: 'embed-format', reflect: true, converter: reflectAsText })
  embedFormat: EmbedFormat = 'steps';

  /** URL of the module script at the top of the embed code; empty leaves the script tag out. */
  @property({ attribute: 'script-src' }) scriptSrc: string = DEFAULT_SCRIPT_SRC;

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
  @state() private searchText = '';
  @state() private regionFilter: RegionId | '' = '';
  @state() private toolFilter: Tool | '' = '';
  @state() private announcement = '';
  @state() private exportStatus = '';
  @state() private undo: { draft: RoutineDraft; message: string } | undefined;
  @state() private importText = '';
  @state() private chosenPreset = '';
  @state() private showJson = false;
  @state() private dropTarget: { index: number; after: boolean } | undefined;

  private pristine = true;
  private keySeq = 0;
  private dragIndex: number | undefined;
  private pendingFocus: { key: number; target: FocusTarget } | 'add-custom' | undefined;
  private problems: ValidationError[] = [];
  private total = 0;

  /**
   * The routine being built, as routine input (every step's duration and sides written out).
   * Set it to load a routine to edit; one that is not valid is listed as errors, shown in the
   * import box to fix, and the routine in the builder stays as it was.
   */
  get value(): RoutineInput {
    return draftToInput(this.draft);
  }
  set value(input: RoutineInput) {
    this.load(input, false);
  }

  /** The embed snippet for the current routine (script tag, then `<smr-routine>`), in `embed-format`. */
  get embedCode(): string {
    return this.snippetOf(this.value);
  }

  /** What keeps the current routine from being embedded; empty when it is ready. */
  get errors(): ValidationError[] {
    return validateRoutine(this.value).errors;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.pristine && this.draft.title === '') this.draft = { ...this.draft, title: this.localize.t.builder.newTitle };
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const { routine, errors } = validateRoutine(this.value);
    this.problems = errors;
    this.total = routine ? planSegments(routine, { leadIn: LEAD_IN }).total : 0;
  }

  protected override updated(): void {
    const focus = this.pendingFocus;
    if (focus === undefined) return;
    this.pendingFocus = undefined;
    const selector =
      focus === 'add-custom'
        ? '.add-custom'
        : `[data-key="${focus.key}"] ${focus.target === 'name' ? 'input[name="name"]' : `[data-action="${focus.target}"]`}`;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    if (target && !(target as HTMLButtonElement).disabled) target.focus();
    else if (focus !== 'add-custom')
      this.renderRoot.querySelector<HTMLElement>(`[data-key="${focus.key}"] [data-action="handle"]`)?.focus();
  }

  // --- changing the routine ------------------------------------------------------------------

  private nextKey = (): number => ++this.keySeq;

  /** Replaces the draft; `commit` fires `smr-change`. An ordinary edit ends the chance to undo. */
  private setDraft(next: RoutineDraft, commit: boolean, undo?: { draft: RoutineDraft; message: string }): void {
    this.pristine = false;
    this.draft = next;
    this.undo = undo;
    // "Copied" would describe an older routine now.
    this.exportStatus = '';
    if (commit) this.emitChange();
  }

  private emitChange(): void {
    const value = this.value;
    emit(this, 'smr-change', { value, errors: validateRoutine(value).errors });
  }

  private updateDetails(patch: Partial<Omit<RoutineDraft, 'steps'>>, commit = false): void {
    this.setDraft({ ...this.draft, ...patch }, commit);
  }

  private updateStep(key: number, patch: Partial<DraftStep>, commit = false): void {
    this.setDraft(
      {
        ...this.draft,
        steps: this.draft.steps.map((step) => (step.key === key ? { ...step, ...patch } : step)),
      },
      commit,
    );
  }

  private catalogCache: { content: ContentTranslation | undefined; exercises: readonly Exercise[] } | undefined;

  /** The catalog in the words of the element's language (a registered content translation), or English. */
  private get catalog(): readonly Exercise[] {
    const content = this.localize.content;
    let cache = this.catalogCache;
    if (!cache || cache.content !== content) {
      cache = { content, exercises: content ? exercises.map((exercise) => localizeExercise(exercise, content)) : exercises };
      this.catalogCache = cache;
    }
    return cache.exercises;
  }

  /** A catalog exercise by id, in the element's language. */
  private catalogExercise(id: string): Exercise | undefined {
    const english = getExercise(id);
    return english && localizeExercise(english, this.localize.content);
  }

  private stepName(step: DraftStep): string {
    return (
      step.name.trim() ||
      (step.exercise ? (this.catalogExercise(step.exercise)?.name ?? step.exercise) : this.localize.t.builder.customName)
    );
  }

  private addStep(step: DraftStep, focus: FocusTarget | undefined): void {
    if (this.draft.steps.length >= LIMITS.steps.max) return;
    this.setDraft({ ...this.draft, steps: [...this.draft.steps, step] }, true);
    this.announce(this.localize.t.builder.announceAdded(this.stepName(step), this.draft.steps.length));
    if (focus) this.pendingFocus = { key: step.key, target: focus };
  }

  private addExercise(exercise: Exercise): void {
    this.addStep(
      {
        key: this.nextKey(),
        exercise: exercise.id,
        name: '',
        duration: exercise.duration,
        sides: exercise.sides,
        tool: '',
        instructions: '',
      },
      undefined,
    );
  }

  private addCustomStep(): void {
    this.addStep(
      {
        key: this.nextKey(),
        name: this.localize.t.builder.customName,
        duration: CUSTOM_STEP_SECONDS,
        sides: 'none',
        tool: '',
        instructions: '',
      },
      'name',
    );
  }

  private moveStep(from: number, to: number, focus: FocusTarget): void {
    const steps = this.draft.steps;
    const target = Math.max(0, Math.min(steps.length - 1, to));
    const step = steps[from];
    if (!step || target === from) return;
    this.setDraft({ ...this.draft, steps: moveItem(steps, from, target) }, true);
    this.announce(this.localize.t.builder.announceMoved(this.stepName(step), target + 1, steps.length));
    this.pendingFocus = { key: step.key, target: focus };
  }

  private removeStep(index: number): void {
    const steps = this.draft.steps;
    const step = steps[index];
    if (!step) return;
    const message = this.localize.t.builder.announceRemoved(this.stepName(step));
    this.setDraft({ ...this.draft, steps: steps.filter((_, i) => i !== index) }, true, { draft: this.draft, message });
    this.announce(message);
    const neighbour = this.draft.steps[Math.min(index, this.draft.steps.length - 1)];
    this.pendingFocus = neighbour ? { key: neighbour.key, target: 'handle' } : 'add-custom';
  }

  private onUndo(): void {
    if (!this.undo) return;
    this.setDraft(this.undo.draft, true);
    this.announce(this.localize.t.builder.undone);
  }

  /**
   * Loads a routine (from `value`, a preset or an import). A routine that is not valid replaces
   * nothing: its errors are listed and its JSON kept in the import box to fix.
   */
  private load(input: unknown, fromPerson: boolean): boolean {
    const { routine, errors } = validateRoutine(input);
    if (!routine) {
      if (!fromPerson) this.importText = jsonForEditing(input);
      this.reportErrors(errors);
      return false;
    }
    this.reportErrors([]);
    const next = draftFromRoutine(routine, input, this.nextKey);
    if (!fromPerson) {
      this.setDraft(next, false);
      return true;
    }
    const message = this.localize.t.builder.loaded(routine.title);
    this.setDraft(next, true, this.draft.steps.length > 0 ? { draft: this.draft, message } : undefined);
    this.announce(message);
    return true;
  }

  private loadText(text: string): void {
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch (error) {
      this.reportErrors([
        {
          path: '',
          message: this.localize.t.builder.badJson(String((error as Error).message).slice(0, 120)),
        },
      ]);
      return;
    }
    if (this.load(input, true)) this.importText = '';
  }

  private async onFile(event: Event): Promise<void> {
    const field = event.target as HTMLInputElement;
    const file = field.files?.[0];
    field.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      this.reportErrors([{ path: '', message: this.localize.t.builder.fileTooLarge(file.name) }]);
      return;
    }
    const text = await file.text();
    this.importText = text;
    this.loadText(text);
  }

  private onLoadPreset(): void {
    const preset = presets.find((candidate) => candidate.id === this.chosenPreset);
    if (preset) this.load(preset, true);
  }

  // --- export ----------------------------------------------------------------------------------

  private snippetOf(value: RoutineInput): string {
    return embedSnippet(value, { format: this.embedFormat, scriptSrc: this.scriptSrc });
  }

  private async copy(text: string, done: string, fallbackField: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.exportStatus = done;
      return;
    } catch {
      // No clipboard permission (an iframe, an old browser): select the text for Ctrl+C.
    }
    if (fallbackField === '.json-code') this.showJson = true;
    await this.updateComplete;
    const field = this.renderRoot.querySelector<HTMLTextAreaElement>(fallbackField);
    field?.focus();
    field?.select();
    this.exportStatus = this.localize.t.builder.copyFailed;
  }

  private download(): void {
    const value = this.value;
    const file = `${value.id}.json`;
    const url = URL.createObjectURL(new Blob([routineJson(value)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file;
    link.click();
    // The download has started reading the blob by the next task.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.exportStatus = this.localize.t.builder.downloaded(file);
  }

  private announce(message: string): void {
    // The same words twice in a row are still announced.
    this.announcement = this.announcement === message ? `${message}\u00a0` : message;
  }

  // --- drag and drop and keyboard reordering ---------------------------------------------------

  private onDragStart(event: DragEvent, index: number): void {
    this.dragIndex = index;
    const row = (event.target as HTMLElement).closest('li');
    if (event.dataTransfer) {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', String(index));
      if (row) event.dataTransfer.setDragImage(row, 24, 24);
    }
  }

  private onDragOver(event: DragEvent, index: number): void {
    if (this.dragIndex === undefined) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const after = event.clientY > box.top + box.height / 2;
    if (this.dropTarget?.index !== index || this.dropTarget.after !== after) this.dropTarget = { index, after };
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    const from = this.dragIndex;
    const target = this.dropTarget;
    this.onDragEnd();
    if (from === undefined || !target) return;
    const insertAt = target.index + (target.after ? 1 : 0);
    this.moveStep(from, insertAt > from ? insertAt - 1 : insertAt, 'handle');
  }

  private onDragEnd(): void {
    this.dragIndex = undefined;
    this.dropTarget = undefined;
  }

  private onHandleKey(event: KeyboardEvent, index: number): void {
    const last = this.draft.steps.length - 1;
    const to = { ArrowUp: index - 1, ArrowDown: index + 1, Home: 0, End: last }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    this.moveStep(index, to, 'handle');
  }

  // --- rendering -------------------------------------------------------------------------------

  private heading(text: string, offset = 0): TemplateResult {
    return renderHeading(text, headingLevel(this.headingLevel, 2) + offset, `heading h${offset}`);
  }

  private problemAt(path: string): string | undefined {
    const problem = this.problems.find((candidate) => candidate.path === path);
    return problem && this.errorText(problem);
  }

  /** A labelled field with its hint and, when the routine has a problem at `path`, the message. */
  private field(
    id: string,
    path: string,
    label: string,
    control: (describedBy: string, invalid: boolean) => TemplateResult,
    hint?: string,
  ): TemplateResult {
    const problem = this.problemAt(path);
    const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${control(describedBy, problem !== undefined)} ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${problem ? html`<p class="problem" id="${id}-problem">${problem}</p>` : nothing}
    </div>`;
  }

  private numberField(
    id: string,
    path: string,
    label: string,
    value: number,
    range: { min: number; max: number },
    onValue: (seconds: number, commit: boolean) => void,
  ): TemplateResult {
    const read = (event: Event) => {
      const text = (event.target as HTMLInputElement).value;
      return text.trim() === '' ? Number.NaN : Number(text);
    };
    return this.field(
      id,
      path,
      label,
      (describedBy, invalid) =>
        html`<input
          id=${id}
          name=${id.replace(/^s\d+-/, '')}
          type="number"
          inputmode="numeric"
          min=${range.min}
          max=${range.max}
          .value=${Number.isNaN(value) ? '' : String(value)}
          aria-describedby=${describedBy || nothing}
          aria-invalid=${invalid ? 'true' : nothing}
          @input=${(event: Event) => onValue(read(event), false)}
          @change=${(event: Event) => onValue(read(event), true)}
        />`,
    );
  }

  private renderLoad(): TemplateResult {
    const t = this.localize.t.builder;
    const failed = this.inputErrors.length > 0;
    return html`<section part="load" class="load" aria-label=${t.importTitle}>
      <div class="row">
        <div class="field">
          <label for="preset">${t.preset}</label>
          <select
            id="preset"
            .value=${this.chosenPreset}
            @change=${(event: Event) => (this.chosenPreset = (event.target as HTMLSelectElement).value)}
          >
            <option value="">${t.choosePreset}</option>
            ${presets.map((preset) => html`<option value=${preset.id} ?selected=${preset.id === this.chosenPreset}>${presetTitle(preset.id, this.localize.content)}</option>`)}
          </select>
        </div>
        <button part="button" class="secondary" type="button" ?disabled=${!this.chosenPreset} @click=${this.onLoadPreset}>
          ${t.loadPreset}
        </button>
      </div>
      <details class="import" ?open=${failed || this.importText !== ''}>
        <summary>${t.importTitle}</summary>
        <div class="field">
          <label for="import">${t.pasteJson}</label>
          <textarea
            id="import"
            rows="6"
            spellcheck="false"
            aria-describedby="import-hint"
            .value=${this.importText}
            @input=${(event: Event) => (this.importText = (event.target as HTMLTextAreaElement).value)}
          ></textarea>
          <p class="hint" id="import-hint">${t.pasteHint}</p>
        </div>
        <div class="row">
          <button
            part="button"
            class="secondary load-json"
            type="button"
            ?disabled=${this.importText.trim() === ''}
            @click=${() => this.loadText(this.importText)}
          >
            ${t.loadJson}
          </button>
          <label class="file secondary">
            ${t.openFile}
            <input class="visually-hidden" type="file" accept="application/json,.json" @change=${this.onFile} />
          </label>
        </div>
      </details>
      ${this.renderErrors(t.importFailed)}
    </section>`;
  }

  private renderDetails(): TemplateResult {
    const t = this.localize.t.builder;
    const draft = this.draft;
    return html`<section part="details" class="details" aria-labelledby="details-title">
      <div id="details-title">${this.heading(t.detailsTitle, 1)}</div>
      <div class="details-grid">
        ${this.field(
          'title',
          'title',
          t.routineTitle,
          (describedBy, invalid) =>
            html`<input
              id="title"
              type="text"
              maxlength=${LIMITS.title}
              autocomplete="off"
              .value=${draft.title}
              aria-describedby=${describedBy || nothing}
              aria-invalid=${invalid ? 'true' : nothing}
              @input=${(event: Event) => this.updateDetails({ title: (event.target as HTMLInputElement).value })}
              @change=${() => this.emitChange()}
            />`,
        )}
        ${this.field(
          'description',
          'description',
          t.description,
          (describedBy, invalid) =>
            html`<textarea
              id="description"
              rows="2"
              maxlength=${LIMITS.description}
              .value=${draft.description}
              aria-describedby=${describedBy || nothing}
              aria-invalid=${invalid ? 'true' : nothing}
              @input=${(event: Event) => this.updateDetails({ description: (event.target as HTMLTextAreaElement).value })}
              @change=${() => this.emitChange()}
            ></textarea>`,
        )}
        <div class="pair">
          ${this.numberField('rest', 'rest', t.rest, draft.rest, LIMITS.rest, (rest, commit) => this.updateDetails({ rest }, commit))}
          ${this.numberField(
            'switch',
            'switchDuration',
            t.switchPause,
            draft.switchDuration,
            LIMITS.switchDuration,
            (switchDuration, commit) => this.updateDetails({ switchDuration }, commit),
          )}
        </div>
      </div>
    </section>`;
  }

  private renderCatalog(): TemplateResult {
    const t = this.localize.t;
    const labels = { ...regionLabels, ...this.localize.content?.regions, ...t.exercise.tools };
    const found = searchCatalog(
      this.catalog,
      {
        query: this.searchText,
        region: this.regionFilter,
        tool: this.toolFilter,
      },
      labels,
    );
    const full = this.draft.steps.length >= LIMITS.steps.max;
    return html`<section part="catalog" class="catalog" aria-labelledby="catalog-title">
      <div id="catalog-title">${this.heading(t.builder.catalogTitle, 1)}</div>
      <div class="filters">
        ${this.field(
          'search',
          'search',
          t.builder.search,
          (describedBy) =>
            html`<input
              id="search"
              type="search"
              autocomplete="off"
              aria-describedby=${describedBy}
              .value=${this.searchText}
              @input=${(event: Event) => (this.searchText = (event.target as HTMLInputElement).value)}
            />`,
          t.builder.searchHint,
        )}
        <div class="pair">
          ${this.filterSelect('area', t.builder.area, t.builder.anyArea, (value) => (this.regionFilter = value as RegionId | ''), [
            [t.builder.front, FRONT_REGIONS.map((region) => [region, regionLabel(region, this.localize.content)] as const)],
            [t.builder.back, BACK_REGIONS.map((region) => [region, regionLabel(region, this.localize.content)] as const)],
          ])}
          ${this.filterSelect('tool', t.builder.tool, t.builder.anyTool, (value) => (this.toolFilter = value as Tool | ''), [
            ['', TOOLS.map((tool) => [tool, t.exercise.tools[tool] ?? tool] as const)],
          ])}
        </div>
      </div>
      <p class="count" role="status">${found.length > 0 ? t.builder.results(found.length) : t.builder.noResults}</p>
      ${full ? html`<p class="hint">${t.builder.stepLimit(LIMITS.steps.max)}</p>` : nothing}
      <ul class="catalog-list">
        ${found.map(
          (exercise) =>
            html`<li>
              <div class="entry">
                <span class="entry-name">${exercise.name}</span>
                <span class="entry-meta">${this.describeExercise(exercise)}</span>
              </div>
              <button
                part="button"
                class="secondary add"
                type="button"
                aria-label=${t.builder.addName(exercise.name)}
                ?disabled=${full}
                @click=${() => this.addExercise(exercise)}
              >
                ${t.builder.add}
              </button>
            </li>`,
        )}
      </ul>
    </section>`;
  }

  /** A catalog filter: "any" first, then options, in labelled groups when a group has a label. */
  private filterSelect(
    id: string,
    label: string,
    allLabel: string,
    onValue: (value: string) => void,
    groups: [string, readonly (readonly [string, string])[]][],
  ): TemplateResult {
    const options = (entries: readonly (readonly [string, string])[]) =>
      entries.map(([value, text]) => html`<option value=${value}>${text}</option>`);
    return this.field(
      id,
      id,
      label,
      () =>
        html`<select id=${id} @change=${(event: Event) => onValue((event.target as HTMLSelectElement).value)}>
          <option value="">${allLabel}</option>
          ${groups.map(([group, entries]) => (group ? html`<optgroup label=${group}>${options(entries)}</optgroup>` : options(entries)))}
        </select>`,
    );
  }

  private describeExercise(exercise: Exercise): string {
    const t = this.localize.t.exercise;
    const clock = formatClock(exercise.duration);
    return `${exercise.tools.map((tool) => t.tools[tool] ?? tool).join(', ')} · ${exercise.sides === 'both' ? t.perSide(clock) : t.midline(clock)}`;
  }

  /** A step's small action button: a symbol shown, its action named for screen readers and as a tooltip. */
  private iconButton(
    action: 'up' | 'down' | 'remove',
    symbol: string,
    label: string,
    disabled: boolean,
    onClick: () => void,
  ): TemplateResult {
    return html`<button
      part="button"
      class="icon ${action}"
      type="button"
      data-action=${action}
      aria-label=${label}
      title=${label}
      ?disabled=${disabled}
      @click=${onClick}
    >
      ${symbol}
    </button>`;
  }

  private renderStep(step: DraftStep, index: number, count: number): TemplateResult {
    const t = this.localize.t.builder;
    const toolNames = this.localize.t.exercise.tools;
    const exercise = step.exercise ? this.catalogExercise(step.exercise) : undefined;
    const name = this.stepName(step);
    const id = `s${step.key}`;
    const path = `steps[${index}]`;
    // A catalog step's first option is its default tool; choosing it writes no `tool`.
    const defaultTool = exercise?.tools[0];
    const otherTools: readonly Tool[] = exercise ? exercise.tools.slice(1) : TOOLS;
    const drop = this.dropTarget?.index === index ? (this.dropTarget.after ? 'drop-after' : 'drop-before') : '';
    return html`<li
      part="step"
      class="step ${drop}"
      data-key=${step.key}
      @dragover=${(event: DragEvent) => this.onDragOver(event, index)}
      @drop=${this.onDrop}
    >
      <div class="step-head">
        <button
          part="button handle"
          class="handle"
          type="button"
          draggable="true"
          data-action="handle"
          aria-label=${t.handle(name, index + 1, count)}
          aria-describedby="reorder-hint"
          @dragstart=${(event: DragEvent) => this.onDragStart(event, index)}
          @dragend=${this.onDragEnd}
          @keydown=${(event: KeyboardEvent) => this.onHandleKey(event, index)}
        >
          <svg viewBox="0 0 12 20" width="12" height="20" aria-hidden="true">
            <circle cx="3" cy="4" r="1.6" />
            <circle cx="9" cy="4" r="1.6" />
            <circle cx="3" cy="10" r="1.6" />
            <circle cx="9" cy="10" r="1.6" />
            <circle cx="3" cy="16" r="1.6" />
            <circle cx="9" cy="16" r="1.6" />
          </svg>
        </button>
        <span class="step-title" id="${id}-name"><span class="step-number">${index + 1}.</span> ${name}</span>
        ${exercise ? nothing : html`<span class="tag">${t.custom}</span>`}
        <span class="step-actions">
          ${this.iconButton('up', '↑', t.moveUp(name), index === 0, () => this.moveStep(index, index - 1, 'up'))}
          ${this.iconButton('down', '↓', t.moveDown(name), index === count - 1, () => this.moveStep(index, index + 1, 'down'))}
          ${this.iconButton('remove', '✕', t.remove(name), false, () => this.removeStep(index))}
        </span>
      </div>
      <div class="step-fields">
        ${this.field(
          `${id}-name-field`,
          `${path}.name`,
          t.name,
          (describedBy, invalid) =>
            html`<input
              id="${id}-name-field"
              name="name"
              type="text"
              maxlength=${LIMITS.name}
              autocomplete="off"
              placeholder=${exercise?.name ?? nothing}
              .value=${step.name}
              aria-describedby=${describedBy || nothing}
              aria-invalid=${invalid ? 'true' : nothing}
              @input=${(event: Event) => this.updateStep(step.key, { name: (event.target as HTMLInputElement).value })}
              @change=${() => this.emitChange()}
            />`,
        )}
        ${this.numberField(
          `${id}-duration`,
          `${path}.duration`,
          step.sides === 'both' ? t.secondsPerSide : t.seconds,
          step.duration,
          LIMITS.stepDuration,
          (duration, commit) => this.updateStep(step.key, { duration }, commit),
        )}
        ${this.field(
          `${id}-sides`,
          `${path}.sides`,
          t.sides,
          () =>
            html`<select
              id="${id}-sides"
              @change=${(event: Event) => this.updateStep(step.key, { sides: (event.target as HTMLSelectElement).value as Sides }, true)}
            >
              <option value="both" ?selected=${step.sides === 'both'}>${t.sidesBoth}</option>
              <option value="none" ?selected=${step.sides === 'none'}>${t.sidesNone}</option>
            </select>`,
        )}
        ${this.field(
          `${id}-tool`,
          `${path}.tool`,
          t.tool,
          () =>
            html`<select
              id="${id}-tool"
              @change=${(event: Event) => this.updateStep(step.key, { tool: (event.target as HTMLSelectElement).value as Tool | '' }, true)}
            >
              <option value="" ?selected=${step.tool === '' || step.tool === defaultTool}>
                ${defaultTool ? (toolNames[defaultTool] ?? defaultTool) : t.noTool}
              </option>
              ${otherTools.map((tool) => html`<option value=${tool} ?selected=${step.tool === tool}>${toolNames[tool] ?? tool}</option>`)}
            </select>`,
        )}
      </div>
      <details class="instructions" ?open=${!exercise}>
        <summary>${t.instructions}</summary>
        ${this.field(
          `${id}-instructions`,
          `${path}.instructions`,
          t.instructions,
          (describedBy, invalid) =>
            html`<textarea
              id="${id}-instructions"
              rows="3"
              placeholder=${exercise ? exercise.steps.join('\n') : nothing}
              .value=${step.instructions}
              aria-describedby=${describedBy || nothing}
              aria-invalid=${invalid ? 'true' : nothing}
              @input=${(event: Event) => this.updateStep(step.key, { instructions: (event.target as HTMLTextAreaElement).value })}
              @change=${() => this.emitChange()}
            ></textarea>`,
          exercise ? t.catalogInstructionsHint : t.instructionsHint,
        )}
        ${step.cautions ? html`<p class="hint">${t.cautionsKept(step.cautions.length)}</p>` : nothing}
      </details>
    </li>`;
  }

  private renderSteps(): TemplateResult {
    const t = this.localize.t.builder;
    const steps = this.draft.steps;
    // Problems that no field shows (e.g. `steps[3].exercise` from a loaded routine).
    const shown = /^(title|description|rest|switchDuration|steps|steps\[\d+\]\.(name|duration|sides|tool|instructions))$/;
    const other = this.problems.filter((problem) => !shown.test(problem.path));
    return html`<section part="steps" class="steps" aria-labelledby="steps-title">
      <div class="steps-head">
        <div id="steps-title">${this.heading(t.stepsTitle, 1)}</div>
        <p part="total" class="total">
          ${this.total > 0 ? html`<strong>${t.total(formatClock(this.total))}</strong> <span>${t.totalDetail}</span>` : nothing}
        </p>
      </div>
      ${
        this.undo
          ? html`<p class="undo">
              <span>${this.undo.message}</span>
              <button part="button" class="secondary" type="button" @click=${this.onUndo}>${t.undo}</button>
            </p>`
          : nothing
      }
      ${
        steps.length === 0
          ? html`<p class="empty">${t.empty}</p>`
          : html`<p class="hint" id="reorder-hint">${t.reorderHint}</p>
              <ol
                class="step-list"
                @dragleave=${(event: DragEvent) => {
                  if (!(event.currentTarget as HTMLElement).contains(event.relatedTarget as Node | null)) this.dropTarget = undefined;
                }}
              >
                ${repeat(
                  steps,
                  (step) => step.key,
                  (step, index) => this.renderStep(step, index, steps.length),
                )}
              </ol>`
      }
      ${
        other.length > 0
          ? html`<ul class="problems">
              ${other.map((problem) => html`<li><code>${problem.path}</code>: ${this.errorText(problem)}</li>`)}
            </ul>`
          : nothing
      }
      <button
        part="button"
        class="secondary add-custom"
        type="button"
        ?disabled=${steps.length >= LIMITS.steps.max}
        @click=${this.addCustomStep}
      >
        ${t.addCustom}
      </button>
    </section>`;
  }

  private renderPreview(valid: boolean): TemplateResult {
    const t = this.localize.t.builder;
    return html`<section part="preview" class="preview" aria-labelledby="preview-title">
      <div id="preview-title">${this.heading(t.previewTitle, 1)}</div>
      ${
        valid
          ? html`<p class="hint">${t.previewHint}</p>
              <smr-routine
                .routine=${this.value}
                no-persist
                heading-level=${Math.min(6, headingLevel(this.headingLevel, 2) + 2)}
                theme=${this.theme ?? nothing}
              ></smr-routine>`
          : html`<p class="empty">${this.draft.steps.length === 0 ? t.empty : t.previewInvalid}</p>`
      }
    </section>`;
  }

  private renderExport(valid: boolean): TemplateResult {
    const t = this.localize.t.builder;
    const value = this.value;
    const code = valid ? this.snippetOf(value) : '';
    const json = routineJson(value);
    const fallback = this.embedFormat === 'steps' && !fitsStepMarkup(value);
    const formats: [EmbedFormat, string][] = [
      ['steps', t.formatSteps],
      ['json', t.formatJson],
    ];
    const blocking = this.problems.filter((problem) => !(problem.path === 'steps' && this.draft.steps.length === 0));
    return html`<section part="export" class="export" aria-labelledby="export-title">
      <div id="export-title">${this.heading(t.exportTitle, 1)}</div>
      ${
        blocking.length > 0
          ? html`<div class="blocking">
              <p>${t.problems(blocking.length)}</p>
              <ul>
                ${blocking.map((problem) => html`<li>${problem.path ? html`<code>${problem.path}</code>: ` : nothing}${this.errorText(problem)}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      <fieldset class="formats">
        <legend>${t.format}</legend>
        ${formats.map(
          ([format, label]) =>
            html`<label class="choice"
              ><input
                type="radio"
                name="format"
                value=${format}
                .checked=${this.embedFormat === format}
                @change=${() => {
                  this.embedFormat = format;
                }}
              />${label}</label
            >`,
        )}
      </fieldset>
      ${fallback ? html`<p class="hint">${t.formatFallback}</p>` : nothing}
      <div class="field">
        <label for="embed-code">${t.embedCode}</label>
        <textarea part="embed-code" id="embed-code" class="code embed-code" readonly rows="10" spellcheck="false" .value=${code}></textarea>
      </div>
      <div class="row">
        <button
          part="button button-primary"
          class="primary"
          type="button"
          ?disabled=${!valid}
          @click=${() => this.copy(code, t.copiedEmbed, '.embed-code')}
        >
          ${t.copyEmbed}
        </button>
        <button
          part="button"
          class="secondary"
          type="button"
          ?disabled=${this.draft.steps.length === 0}
          @click=${() => this.copy(json, t.copiedJson, '.json-code')}
        >
          ${t.copyJson}
        </button>
        <button part="button" class="secondary" type="button" ?disabled=${this.draft.steps.length === 0} @click=${this.download}>
          ${t.download}
        </button>
      </div>
      <p class="status" role="status">${this.exportStatus}</p>
      <details class="json" ?open=${this.showJson} @toggle=${(event: Event) => (this.showJson = (event.target as HTMLDetailsElement).open)}>
        <summary>${t.jsonTitle}</summary>
        <textarea
          id="json-code"
          class="code json-code"
          aria-label=${t.jsonTitle}
          readonly
          rows="12"
          spellcheck="false"
          .value=${json}
        ></textarea>
      </details>
    </section>`;
  }

  override render() {
    const t = this.localize.t;
    const valid = this.problems.length === 0;
    return html`<div part="base" class="surface">
      ${this.heading(t.builder.title)} ${this.renderLoad()} ${this.renderDetails()}
      <div class="columns">${this.renderCatalog()} ${this.renderSteps()}</div>
      ${this.renderPreview(valid)} ${this.renderExport(valid)}
      ${valid ? nothing : renderSafetyNote(t.exercise.safety, this.localize.content)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }
}

/** The routine file: indented JSON. */
function routineJson(value: RoutineInput): string {
  return JSON.stringify(value, null, 2);
}

/** A value given to `value` as JSON text for the import box, so nothing is lost; empty when it cannot be written out. */
function jsonForEditing(input: unknown): string {
  try {
    return JSON.stringify(input, null, 2) ?? '';
  } catch {
    return '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'smr-routine-builder': SmrRoutineBuilder;
  }
}
