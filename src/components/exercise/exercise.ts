import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { exerciseIds, getExercise } from '../../content/catalog-lookup.js';
import { localizeExercise } from '../../content/translated.js';
import { regionView } from '../../content/regions.js';
import { describeValue } from '../../core/describe.js';
import { formatList, formatSeconds } from '../../core/format.js';
import type { Exercise } from '../../core/types.js';
import { validateExercise } from '../../core/validate-exercise.js';
import { unknownMatch } from '../../core/closest-match.js';
import { problemAt } from '../../core/problems.js';
import { ExerciseContentController } from '../../controllers/exercise-content.js';
import { surfaceStyles } from '../../styles/surface.js';
import { tokens } from '../../styles/tokens.js';
import { strings as exerciseStrings } from '../../translations/en/exercise.js';
import '../body-map/body-map.js';
import '../illustration/illustration.js';
import { renderSafetyNote } from '../shared/safety-note.js';
import { customElement, headingLevel, reflectAsText, renderHeading, SmrElement } from '../shared/smr-element.js';
import '../timer/timer.js';
import styles from './exercise.styles.js';
import { registerEnglish } from '../../controllers/translation-registry.js';

registerEnglish(exerciseStrings);

/**
 * A card for one exercise: what it works (with a body-map thumbnail), where it is done, how to
 * set up and do it (and how off the floor, for a floor exercise that can be), cues, a pressure
 * guide, what to keep the tool off, cautions, why it may help and the safety note; optionally
 * with a timer set to the exercise's defaults.
 *
 * @summary Exercise card with how-to, pressure guide, cautions and optional timer.
 *
 * @slot media - The site's own image or video, shown under the heading.
 * @slot notes - The site's own notes, shown before the safety note.
 *
 * @event {SmrErrorEvent} smr-error - Unknown exercise id or invalid custom exercise: `detail.errors`.
 *
 * @csspart card - The card (an `article`).
 * @csspart header - Name, tools and duration.
 * @csspart heading - The exercise name.
 * @csspart meta - The tools, duration and pace line.
 * @csspart illustration - The animated illustration of a catalog exercise (`<smr-illustration>`).
 * @csspart body-map - The body-map thumbnail (which muscles).
 * @csspart section - Each titled section.
 * @csspart steps - The numbered how-to list.
 * @csspart pressure - The pressure guide.
 * @csspart cautions - The avoid and caution lists.
 * @csspart safety - The safety note.
 * @csspart timer - The embedded `<smr-timer>` (with `with-timer`).
 * @csspart error - The message for an unknown or invalid exercise.
 *
 * @cssproperty --smr-accent - Accent colour (headings rule, timer, body map).
 * @cssproperty --smr-surface - Card background.
 * @cssproperty --smr-surface-raised - Background of the pressure guide and safety note.
 * @cssproperty --smr-border - Card border.
 * @cssproperty --smr-text - Body text.
 * @cssproperty --smr-text-muted - Secondary text.
 * @cssproperty --smr-danger - Colour of the "keep the tool off" marker.
 * @cssproperty --smr-radius - Corner radius.
 * @cssproperty --smr-space - Spacing unit.
 * @cssproperty --smr-font-family - Font (inherits the page's by default).
 */
@customElement('smr-exercise')
export class SmrExercise extends SmrElement {
  static override styles = [tokens, surfaceStyles, styles];

  /**
   * A catalog id (`"adductors"`) as attribute or property, or a custom exercise object as
   * property (validated like catalog entries; `id`, `name`, `steps` and `duration` required).
   */
  @property() exercise: string | Exercise = '';

  /** Embeds a `<smr-timer>` set to the exercise's default duration, sides and pace. */
  @property({ type: Boolean, reflect: true, attribute: 'with-timer' }) withTimer = false;

  /** Heading level of the exercise name (2–6, default 3), to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** `light` or `dark` forces a colour scheme. */
  @property({ reflect: true, converter: reflectAsText }) theme?: 'light' | 'dark';

  #resolved: Exercise | null = null;

  /**
   * The exercise shown, after validation; `null` when the input is invalid, and through the
   * autoloader while a catalog exercise is on its way or could not be fetched.
   */
  get resolvedExercise(): Exercise | null {
    return this.#resolved;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('exercise')) this.#resolve();
  }

  readonly #content = new ExerciseContentController(this, () => this.#resolve());

  #resolve(): void {
    const input = this.exercise;
    if (typeof input === 'string') {
      const id = input.trim();
      // Through the autoloader the exercise may still be on its way: shown when it arrives.
      if (!this.#content.ready([id])) {
        this.#resolved = null;
        return this.reportErrors(this.#content.problems('exercise'));
      }
      this.#resolved = getExercise(id) ?? null;
      const problem = id
        ? unknownMatch('exercise', exerciseIds, id)
        : ({ code: 'wrong-type', expected: 'catalog-id', got: describeValue(input) } as const);
      this.reportErrors(this.#resolved ? [] : [problemAt('exercise', problem)]);
      return;
    }
    const { exercise, errors } = validateExercise(input);
    this.#resolved = exercise;
    this.reportErrors(errors.map((error) => ({ ...error, path: error.path ? `exercise.${error.path}` : 'exercise' })));
  }

  #section(title: string, content: unknown, part = 'section') {
    return html`<section part=${part} class="section">
      ${renderHeading(title, headingLevel(this.headingLevel, 3) + 1, 'section-title')} ${content}
    </section>`;
  }

  #list(items: readonly string[], ordered = false) {
    const entries = items.map((item) => html`<li>${item}</li>`);
    return ordered
      ? html`<ol part="steps">
          ${entries}
        </ol>`
      : html`<ul>
          ${entries}
        </ul>`;
  }

  #mapView(exercise: Exercise): 'front' | 'back' | 'both' {
    const views = new Set(exercise.regions.map((region) => regionView[region]));
    return views.size === 1 ? [...views][0] : 'both';
  }

  override render() {
    if (!this.#resolved) return html`<article part="card" class="surface">${this.renderErrors()}</article>`;
    // A catalog exercise shows in the page's language when a content translation is registered; a custom one as given.
    const exercise = typeof this.exercise === 'string' ? localizeExercise(this.#resolved, this.localize.content) : this.#resolved;
    const t = this.localize.t.exercise;
    const lang = this.localize.lang;
    const duration = formatSeconds(exercise.duration, lang);
    const tools = formatList(
      exercise.tools.map((tool) => t.tools[tool] ?? tool),
      lang,
      'disjunction',
    );
    const meta = [
      tools,
      exercise.sides === 'both' ? t.perSide(duration) : t.midline(duration),
      t.pace(exercise.pace),
      exercise.position ? (t.positions[exercise.position] ?? exercise.position) : '',
    ].filter(Boolean);
    const offFloor = exercise.position === 'floor' ? exercise.offFloor : undefined;
    return html`<article part="card" class="surface">
      <header part="header" class="header">
        <div class="title">
          ${renderHeading(exercise.name, headingLevel(this.headingLevel, 3), 'heading', 'heading')}
          <p part="meta" class="chips">${meta.map((item) => html`<span>${item}</span>`)}</p>
          ${
            exercise.muscles.length
              ? html`<p class="works">
                  <span class="label">${t.works}:</span>
                  ${exercise.muscles.map(
                    (muscle, i) =>
                      html`${i ? ', ' : ''}<span class="muscle"
                          >${muscle.plain} <span class="anatomical">(${muscle.anatomical})</span></span
                        >`,
                  )}
                </p>`
              : nothing
          }
        </div>
        <div class="pictures">
          ${
            typeof this.exercise === 'string'
              ? html`<smr-illustration
                  part="illustration"
                  class="illustration"
                  exercise=${exercise.id}
                  theme=${ifDefined(this.theme)}
                ></smr-illustration>`
              : nothing
          }
          ${
            exercise.regions.length
              ? html`<smr-body-map
                  part="body-map"
                  class="thumb"
                  view=${this.#mapView(exercise)}
                  highlight=${exercise.regions.join(' ')}
                  theme=${ifDefined(this.theme)}
                ></smr-body-map>`
              : nothing
          }
        </div>
      </header>
      <slot name="media"></slot>
      ${
        this.withTimer
          ? html`<smr-timer
              part="timer"
              class="timer"
              label=${exercise.name}
              duration=${exercise.duration}
              sides=${exercise.sides}
              pace=${exercise.pace}
              theme=${ifDefined(this.theme)}
            ></smr-timer>`
          : nothing
      }
      <div class="columns">
        <div>
          ${exercise.setup ? this.#section(t.setup, html`<p>${exercise.setup}</p>`) : nothing}
          ${this.#section(t.howTo, this.#list(exercise.steps, true))}
          ${exercise.cues.length ? this.#section(t.cues, this.#list(exercise.cues)) : nothing}
          ${
            offFloor
              ? this.#section(
                  t.offFloor,
                  html`<p class="where">
                      ${t.positions[offFloor.position] ?? offFloor.position} · ${t.tools[offFloor.tool] ?? offFloor.tool}
                    </p>
                    <ol>
                      ${offFloor.steps.map((step) => html`<li>${step}</li>`)}
                    </ol>`,
                )
              : nothing
          }
        </div>
        <div>
          ${this.#section(
            t.pressure,
            html`<div class="pressure">
              <div class="scale" aria-hidden="true">
                ${Array.from({ length: 10 }, (_, i) => html`<span class=${i < exercise.pressure.target ? 'on' : ''}></span>`)}
              </div>
              <p>${t.pressureTarget(exercise.pressure.target)}</p>
              ${exercise.pressure.lighter ? html`<p><strong>${t.lighter}:</strong> ${exercise.pressure.lighter}</p>` : nothing}
              ${exercise.pressure.deeper ? html`<p><strong>${t.deeper}:</strong> ${exercise.pressure.deeper}</p>` : nothing}
            </div>`,
            'pressure',
          )}
          ${exercise.avoid.length ? this.#section(t.avoid, html`<div class="avoid">${this.#list(exercise.avoid)}</div>`, 'cautions') : nothing}
          ${exercise.cautions.length ? this.#section(t.cautions, this.#list(exercise.cautions), 'cautions') : nothing}
          ${exercise.why ? this.#section(t.why, html`<p>${exercise.why}</p>`) : nothing}
          ${exercise.note ? this.#section(t.note, html`<p>${exercise.note}</p>`) : nothing}
        </div>
      </div>
      <slot name="notes"></slot>
      ${renderSafetyNote(t.safety, this.localize.content)}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'smr-exercise': SmrExercise;
  }
}
