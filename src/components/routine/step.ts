import type { RoutineStepInput } from '../../core/types.js';
import { foldSpace } from '../../core/text.js';
import { customElement } from '../shared/smr-element.js';

const ATTRIBUTES = ['exercise', 'name', 'duration', 'sides', 'tool'] as const;
/** The attributes of a step's `media`, by its key. */
const MEDIA_ATTRIBUTES = [
  ['src', 'media-src'],
  ['type', 'media-type'],
  ['alt', 'media-alt'],
] as const;

/** Node (server rendering) has no global `HTMLElement`; the step only holds data, so a plain class stands in there, as in Lit. */
const ElementBase = globalThis.HTMLElement ?? class {};

/**
 * One step of an `<smr-routine>`, written as HTML. Either a catalog exercise
 * (`<smr-step exercise="calves" duration="60" sides="both">`) or a custom step
 * (`<smr-step name="Arch roll" duration="45" tool="ball"><p>Stand by a wall.</p><p>Roll slowly.</p></smr-step>`):
 * one instruction per `<p>` or `<li>` child, or, without those, one per line of text. Renders nothing itself: before the script loads, the steps read
 * as a plain list; afterwards the routine shows them.
 *
 * A step may show its own picture or clip beside the ring, given by three attributes that together
 * are the JSON `media: { src, type, alt }`:
 * `<smr-step name="Arch roll" duration="45" media-src="/media/arch-roll.mp4" media-type="video" media-alt="Standing, one foot rolls a ball from heel to toes">`.
 * `media-src` is an http(s) URL or one relative to the page (no other scheme); `media-type` and
 * `media-alt` are then required. A video plays muted, looped and inline while the session runs.
 *
 * @summary Declarative step of a routine.
 *
 * @attr {string} exercise - Catalog exercise id, e.g. `adductors`.
 * @attr {string} name - Step name (required for a custom step).
 * @attr {string} duration - Seconds per side: `60`, `"90s"`, `"1:30"` (required for a custom step).
 * @attr {string} sides - `both` or `none`.
 * @attr {string} tool - `foam-roller`, `ball`, `peanut-ball` or `stick`.
 * @attr {string} media-src - URL of the step's own picture or clip: http(s) or relative to the page.
 * @attr {string} media-type - `image` or `video` (required with `media-src`).
 * @attr {string} media-alt - What the picture or clip shows, in words (required with `media-src`).
 */
@customElement('smr-step')
export class SmrStep extends ElementBase {
  /** Catalog exercise id. */
  get exercise(): string {
    return this.getAttribute('exercise') ?? '';
  }
  set exercise(value: string) {
    this.setAttribute('exercise', value);
  }

  /** Step name. */
  get name(): string {
    return this.getAttribute('name') ?? '';
  }
  set name(value: string) {
    this.setAttribute('name', value);
  }

  /** Seconds per side, as written. */
  get duration(): string {
    return this.getAttribute('duration') ?? '';
  }
  set duration(value: string | number) {
    this.setAttribute('duration', String(value));
  }

  /** `both` or `none`. */
  get sides(): string {
    return this.getAttribute('sides') ?? '';
  }
  set sides(value: string) {
    this.setAttribute('sides', value);
  }

  /** Tool used. */
  get tool(): string {
    return this.getAttribute('tool') ?? '';
  }
  set tool(value: string) {
    this.setAttribute('tool', value);
  }

  /** URL of the step's own picture or clip. */
  get mediaSrc(): string {
    return this.getAttribute('media-src') ?? '';
  }
  set mediaSrc(value: string) {
    this.setAttribute('media-src', value);
  }

  /** `image` or `video`. */
  get mediaType(): string {
    return this.getAttribute('media-type') ?? '';
  }
  set mediaType(value: string) {
    this.setAttribute('media-type', value);
  }

  /** What the picture or clip shows, in words. */
  get mediaAlt(): string {
    return this.getAttribute('media-alt') ?? '';
  }
  set mediaAlt(value: string) {
    this.setAttribute('media-alt', value);
  }

  /**
   * The step as routine input (unvalidated): attributes that are present (`media-src`,
   * `media-type` and `media-alt` as `media: { src, type, alt }` when any is), and the instructions:
   * one per `<p>` or `<li>` child when there are any (robust to formatters that rewrap text),
   * otherwise one per line of text.
   */
  toStepInput(): RoutineStepInput {
    const input: Record<string, unknown> = {};
    for (const attribute of ATTRIBUTES) {
      const value = this.getAttribute(attribute);
      if (value !== null) input[attribute] = value;
    }
    const media: Record<string, string> = {};
    for (const [key, attribute] of MEDIA_ATTRIBUTES) {
      const value = this.getAttribute(attribute);
      if (value !== null) media[key] = value;
    }
    if (Object.keys(media).length > 0) input.media = media;
    const blocks = [...this.querySelectorAll(':scope > p, :scope > ul > li, :scope > ol > li')];
    const lines = (blocks.length > 0 ? blocks.map((block) => foldSpace(block.textContent ?? '')) : (this.textContent ?? '').split(/\n+/))
      .map((line) => line.trim())
      .filter(Boolean);
    if (lines.length > 0) input.instructions = lines;
    return input;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'smr-step': SmrStep;
  }
}
