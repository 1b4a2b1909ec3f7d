import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { getExercise } from '../../content/exercises.js';
import { ExerciseContentController } from '../../controllers/exercise-content.js';
import { illustrationScene, illustrationIds, pictureTextFor } from '../../content/pictures.js';
import { readIllustrationOptions, type IllustrationOptions } from '../../core/illustration-options.js';
import type { IllustrationScene } from '../../core/illustration.js';
import { IllustrationMotion } from '../../controllers/illustration-motion.js';
import { tokens } from '../../styles/tokens.js';
import { customElement, reflectAsText, SmrElement } from '../shared/smr-element.js';
import styles, { pictureStyles } from './illustration.styles.js';
import { renderIllustrationScene } from './render.js';

/**
 * An original, animated pictogram of one catalog exercise: the person's position on the tool,
 * the floor or wall, the worked area in the accent colour and an arrow for the rolling direction.
 * The body glides along the tool at the exercise's pace (Web Animations of `transform` only); under
 * `prefers-reduced-motion: reduce`, or while `paused`, it shows the start pose and does not move.
 * The picture has a text alternative that describes the position, in the element's language.
 *
 * @summary Animated illustration of a catalog exercise.
 *
 * @event {SmrErrorEvent} smr-error - An unknown `exercise` id, a `side` other than `left`/`right`, or a `pace` out of range: `detail.errors`.
 *
 * @csspart illustration - The SVG picture.
 * @csspart error - The message naming the bad attribute.
 *
 * @cssproperty --smr-illustration-figure - Colour of the figure (defaults to `--smr-text`).
 * @cssproperty --smr-illustration-figure-far - Colour of the far-side limbs.
 * @cssproperty --smr-illustration-tool - Fill of the tool.
 * @cssproperty --smr-illustration-tool-outline - Outline of the tool.
 * @cssproperty --smr-illustration-work - Colour of the worked area and the arrow (defaults to `--smr-accent`).
 * @cssproperty --smr-illustration-ground - Colour of the floor, wall and furniture (defaults to `--smr-border`).
 * @cssproperty --smr-accent - Accent colour.
 * @cssproperty --smr-text - Figure colour.
 */
@customElement('smr-illustration')
export class SmrIllustration extends SmrElement {
  static override styles = [tokens, styles, pictureStyles];

  /** The catalog exercise to draw, e.g. `adductors`. */
  @property({ reflect: true, converter: reflectAsText }) exercise = '';

  /** `left` or `right`: the side being worked. `left` mirrors the figure. */
  @property({ reflect: true, converter: reflectAsText }) side?: 'left' | 'right';

  /** Passes per minute of the rolling motion; defaults to the exercise's own pace (0: a hold). */
  @property({ type: Number, reflect: true }) pace?: number;

  /** Stops the motion where it is. */
  @property({ type: Boolean, reflect: true }) paused = false;

  /** `light` or `dark` forces a colour scheme. */
  @property({ reflect: true, converter: reflectAsText }) theme?: 'light' | 'dark';

  readonly #motion = new IllustrationMotion(this);
  #options: IllustrationOptions = { exercise: undefined, mirrored: false, pace: undefined };
  #scene: IllustrationScene | undefined;

  readonly #content = new ExerciseContentController(this, () => this.#readOptions());

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('exercise') || changed.has('side') || changed.has('pace')) this.#readOptions();
  }

  #readOptions(): void {
    const { options, errors } = readIllustrationOptions({ exercise: this.exercise, side: this.side, pace: this.pace }, illustrationIds);
    this.#options = options;
    this.#scene = undefined;
    const reported = errors.filter((error) => error.path !== 'exercise' || this.exercise !== '' || this.hasAttribute('exercise'));
    // Through the autoloader the exercise (its tool and pace) may still be on its way.
    if (options.exercise && !this.#content.ready([options.exercise])) {
      return this.reportErrors([...reported, ...this.#content.problems('exercise')]);
    }
    if (options.exercise) this.#scene = illustrationScene(options.exercise, options.mirrored);
    this.reportErrors(reported);
  }

  /** Passes per minute the picture moves at: the `pace` given, or the exercise's own. */
  get #pace(): number {
    const exercise = this.#options.exercise ? getExercise(this.#options.exercise) : undefined;
    return this.#options.pace ?? exercise?.pace ?? 0;
  }

  protected override render() {
    if (!this.#scene || !this.#options.exercise) return this.renderErrors();
    const text = pictureTextFor(this.#options.exercise, this.localize.content);
    const side = this.sideName(this.side === 'left' || this.side === 'right' ? this.side : null);
    return html`${this.renderErrors()}${renderIllustrationScene(this.#scene, side ? `${side}: ${text}` : text)}`;
  }

  protected override updated(): void {
    this.#motion.sync({ root: this.renderRoot, scene: this.#scene, pace: this.#pace, paused: this.paused });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'smr-illustration': SmrIllustration;
  }
}
