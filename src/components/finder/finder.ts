import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { concerns, getExercise, suggest, validateRoutine } from '../../content/catalog.js';
import { localizeConcern, localizeExercise, localizeSafety } from '../../content/translated.js';
import { formatClock } from '../../core/duration.js';
import { DEFAULT_FINDER_MINUTES, FINDER_MINUTES, readFinderOptions } from '../../core/finder-options.js';
import { DEFAULT_LEAD_IN } from '../../core/limits.js';
import { planSegments } from '../../core/segments.js';
import type { SuggestQuery, Suggestion } from '../../core/suggest.js';
import { TOOLS, type RegionId, type RoutineInput, type Tool } from '../../core/types.js';
import { emit } from '../../events/emit.js';
import '../../events/finder-events.js';
import { strings as exerciseStrings } from '../../translations/en/exercise.js';
import { strings as finderStrings } from '../../translations/en/finder.js';
import { buttonStyles } from '../../styles/buttons.js';
import { surfaceStyles } from '../../styles/surface.js';
import { tokens } from '../../styles/tokens.js';
import '../body-map/body-map.js';
import '../routine/routine.js';
import { renderSafetyNote } from '../shared/safety-note.js';
import { customElement, headingLevel, reflectAsText, renderHeading, SmrElement } from '../shared/smr-element.js';
import styles from './finder.styles.js';
import { registerEnglish } from '../../controllers/translation-registry.js';

registerEnglish(exerciseStrings, finderStrings);

/**
 * "Where are you tight, what do you notice?" → a routine from the catalog that fits the time and
 * the tools, with one line on why each exercise is in it, started inline in a `<smr-routine>`.
 * "I can't get down to the floor" keeps to what works standing, seated or at a wall. Red-flag
 * answers get advice to see a professional (urgent care first) instead of a routine.
 *
 * @summary Suggests a routine from where a person feels tight and what they notice.
 *
 * @event {SmrRoutineSuggestEvent} smr-routine-suggest - A routine was proposed: `detail.routine`.
 * @event {SmrErrorEvent} smr-error - `minutes` is not 5, 10 or 15, or `tools` names an unknown tool: `detail.errors`. The finder still works, with 10 minutes and the known tools.
 *
 * @csspart base - The wrapper.
 * @csspart form - The questions.
 * @csspart body-map - The selectable body map.
 * @csspart button - Every button.
 * @csspart button-primary - "Suggest a routine".
 * @csspart result - The proposed routine with its reasons.
 * @csspart advice - Advice shown for red-flag answers.
 * @csspart routine - The inline `<smr-routine>` player.
 * @csspart safety - The safety note.
 * @csspart error - The message for an invalid `minutes` or `tools`.
 *
 * @cssproperty --smr-accent - Primary colour.
 * @cssproperty --smr-surface - Background.
 * @cssproperty --smr-surface-raised - Background of panels.
 * @cssproperty --smr-border - Borders.
 * @cssproperty --smr-text - Body text.
 * @cssproperty --smr-text-muted - Secondary text.
 * @cssproperty --smr-danger - Colour of the red-flag advice.
 * @cssproperty --smr-radius - Corner radius.
 * @cssproperty --smr-space - Spacing unit.
 */
@customElement('smr-finder')
export class SmrFinder extends SmrElement {
  static override styles = [tokens, surfaceStyles, buttonStyles, styles];

  /** Default minutes (5, 10 or 15). */
  @property({ type: Number }) minutes = 10;

  /** Default tools owned, space-separated (`foam-roller ball`). */
  @property() tools = 'foam-roller ball';

  /** Heading level of the finder's title (2–6, default 2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** `light` or `dark` forces a colour scheme. */
  @property({ reflect: true, converter: reflectAsText }) theme?: 'light' | 'dark';

  @state() private regions: RegionId[] = [];
  @state() private chosenConcerns: string[] = [];
  @state() private chosenMinutes: number | undefined;
  @state() private chosenTools: Tool[] | undefined;
  @state() private chosenFlags: string[] = [];
  @state() private offFloor = false;
  @state() private suggestion: Suggestion | undefined;
  @state() private asked = false;

  /** `minutes` when it is one of the choices, else 10. */
  #defaultMinutes = DEFAULT_FINDER_MINUTES;
  /** The known tools of `tools`. */
  #defaultTools: Tool[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('minutes') || changed.has('tools')) this.#readDefaults();
  }

  /** Reads `minutes` and `tools`, reporting what cannot be used and keeping what can. */
  #readDefaults(): void {
    const { options, errors } = readFinderOptions({ minutes: this.minutes, tools: this.tools });
    this.#defaultMinutes = options.minutes;
    this.#defaultTools = options.tools;
    this.reportErrors(errors);
  }

  get #ownedTools(): Tool[] {
    return this.chosenTools ?? this.#defaultTools;
  }

  get #query(): SuggestQuery {
    return {
      regions: this.regions,
      concerns: this.chosenConcerns,
      minutes: this.chosenMinutes ?? this.#defaultMinutes,
      tools: this.#ownedTools,
      redFlags: this.chosenFlags,
      offFloor: this.offFloor,
    };
  }

  /**
   * The routine the finder would propose for these answers (the same the UI shows; it fits the
   * minutes including the player's 5 s get-ready), or `null`
   * when nothing fits, nothing is asked, or a red flag is reported. Never throws.
   */
  suggest(query: SuggestQuery): RoutineInput | null {
    return this.#suggestFor(query).routine;
  }

  /** Suggests in the element's language: translated content when registered, and the finder's own words. */
  #suggestFor(query: SuggestQuery) {
    return suggest(query, { content: this.localize.content, words: this.localize.t.finder });
  }

  #onSuggest(): void {
    this.asked = true;
    this.suggestion = this.#suggestFor(this.#query);
    const routine = this.suggestion.routine;
    if (routine) emit(this, 'smr-routine-suggest', { routine });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="result"], [part="advice"], .empty')?.focus());
  }

  #toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
    return on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
  }

  /** One labelled checkbox whose change adds or removes `value` from a list. */
  #checkbox(value: string, label: string, checked: boolean, onToggle: (on: boolean) => void): TemplateResult {
    return html`<label class="choice"
      ><input
        type="checkbox"
        value=${value}
        .checked=${checked}
        @change=${(e: Event) => onToggle((e.target as HTMLInputElement).checked)}
      />${label}</label
    >`;
  }

  #heading(text: string, offset = 0): TemplateResult {
    return renderHeading(text, headingLevel(this.headingLevel, 2) + offset, `heading h${offset}`);
  }

  #renderResult(): TemplateResult | typeof nothing {
    const t = this.localize.t.finder;
    const suggestion = this.suggestion;
    if (!this.asked || !suggestion) return nothing;
    if (suggestion.redFlags.length > 0) {
      return html`<section part="advice" class="advice" tabindex="-1" role="alert">
        ${this.#heading(t.redFlagTitle, 1)}
        <ul>
          ${localizeSafety(this.localize.content)
            .redFlags.filter((flag) => suggestion.redFlags.includes(flag.id))
            .sort((a, b) => Number(!!b.urgent) - Number(!!a.urgent))
            .map((flag) => (flag.urgent ? html`<li><strong>${flag.advice}</strong></li>` : html`<li>${flag.advice}</li>`))}
        </ul>
      </section>`;
    }
    const routine = suggestion.routine;
    if (!routine) {
      const nothingAsked = this.regions.length === 0 && this.chosenConcerns.length === 0;
      const nothingFits = this.offFloor ? t.nothingFitsOffFloor : t.nothingFits;
      return html`<p class="empty" tabindex="-1" role="status">${nothingAsked ? t.nothingAsked : nothingFits}</p>`;
    }
    const total = planSegments(validateRoutine(routine).routine!, { leadIn: DEFAULT_LEAD_IN }).total;
    return html`<section part="result" class="result" tabindex="-1" aria-label=${t.resultTitle(formatClock(total))}>
      ${this.#heading(t.why, 1)}
      <ol class="reasons">
        ${routine.steps.map((step) => {
          const exercise = localizeExercise(getExercise(step.exercise!)!, this.localize.content);
          const where = step.instructions ? exercise.offFloor?.position : undefined;
          return html`<li>
            <strong>${exercise.name}</strong>${where ? html` (${this.localize.t.exercise.positions[where]})` : nothing}:
            ${suggestion.reasons[step.exercise!]}
          </li>`;
        })}
      </ol>
      ${suggestion.notes.map((note) => html`<p class="note">${note}</p>`)}
      <smr-routine
        part="routine"
        .routine=${routine}
        heading-level=${Math.min(6, this.headingLevel + 1)}
        theme=${ifDefined(this.theme)}
      ></smr-routine>
    </section>`;
  }

  override render() {
    const t = this.localize.t;
    const minutes = this.chosenMinutes ?? this.#defaultMinutes;
    const owned = this.#ownedTools;
    return html`<div part="base" class="surface">
      ${this.#heading(t.finder.title)} ${this.renderErrors(t.errors.partial)}
      <div part="form" class="form">
        <fieldset class="where">
          <legend>${t.finder.whereTitle}</legend>
          <p class="hint">${t.finder.whereHint}</p>
          <smr-body-map
            part="body-map"
            selectable
            .selected=${this.regions}
            theme=${ifDefined(this.theme)}
            @change=${(event: Event) => (this.regions = [...(event.target as HTMLElement & { selected: RegionId[] }).selected])}
          ></smr-body-map>
        </fieldset>
        <div class="questions">
          <fieldset>
            <legend>${t.finder.noticeTitle}</legend>
            ${concerns
              .map((english) => localizeConcern(english, this.localize.content))
              .map((concern) =>
                this.#checkbox(concern.id, concern.label, this.chosenConcerns.includes(concern.id), (on) => {
                  this.chosenConcerns = this.#toggle(this.chosenConcerns, concern.id, on);
                }),
              )}
          </fieldset>
          <fieldset>
            <legend>${t.finder.timeTitle}</legend>
            <div class="inline">
              ${FINDER_MINUTES.map(
                (choice) =>
                  html`<label class="choice"
                    ><input
                      type="radio"
                      name="minutes"
                      .checked=${minutes === choice}
                      @change=${() => (this.chosenMinutes = choice)}
                    />${t.finder.minutes(choice)}</label
                  >`,
              )}
            </div>
          </fieldset>
          <fieldset>
            <legend>${t.finder.toolsTitle}</legend>
            <div class="inline">
              ${TOOLS.map((tool) =>
                this.#checkbox(tool, t.exercise.tools[tool] ?? tool, owned.includes(tool), (on) => {
                  this.chosenTools = this.#toggle(owned, tool, on);
                }),
              )}
            </div>
          </fieldset>
          <div class="floor">${this.#checkbox('off-floor', t.finder.offFloor, this.offFloor, (on) => (this.offFloor = on))}</div>
          <fieldset>
            <legend>${t.finder.flagsTitle}</legend>
            <p class="hint">${t.finder.flagsHint}</p>
            ${localizeSafety(this.localize.content).redFlags.map((flag) =>
              this.#checkbox(flag.id, flag.text, this.chosenFlags.includes(flag.id), (on) => {
                this.chosenFlags = this.#toggle(this.chosenFlags, flag.id, on);
              }),
            )}
          </fieldset>
          <div class="actions">
            <button part="button button-primary" class="primary" type="button" @click=${() => this.#onSuggest()}>
              ${t.finder.suggest}
            </button>
          </div>
        </div>
      </div>
      ${this.#renderResult()} ${this.suggestion?.routine ? nothing : renderSafetyNote(t.exercise.safety, this.localize.content)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'smr-finder': SmrFinder;
  }
}
