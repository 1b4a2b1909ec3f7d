import { html, nothing, svg, type PropertyValues, type SVGTemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { BODY_VIEWBOX, bodyDetails, bodyOutline, regionShapes, type BodyShape, type BodyView } from '../../content/body-map.js';
import { regionLabel } from '../../content/regions.js';
import { readBodyMapOptions, regionList, type BodyMapView } from '../../core/body-map-options.js';
import { AVOID_ZONES, REGIONS, type RegionId } from '../../core/types.js';
import { emit } from '../../events/emit.js';
import '../../events/region-select-event.js';
import { strings as bodyMapStrings } from '../../translations/en/body-map.js';
import { tokens } from '../../styles/tokens.js';
import { customElement, reflectAsText, SmrElement } from '../shared/smr-element.js';
import styles from './body-map.styles.js';
import { registerEnglish } from '../../controllers/translation-registry.js';

registerEnglish(bodyMapStrings);

const REGION_SET = new Set<string>(REGIONS);
/** Turns a shape about the figure's vertical axis (x = 100 in the 200-wide viewBox). */
const MIRROR = 'matrix(-1 0 0 1 200 0)';
const VIEWS: Record<BodyMapView, BodyView[]> = { front: ['front'], back: ['back'], both: ['front', 'back'] };

/** Regions in drawing order per view, each with all of its shapes. */
const SHAPES_BY_VIEW = new Map<BodyView, Map<string, BodyShape[]>>(
  (['front', 'back'] as const).map((view) => {
    const byId = new Map<string, BodyShape[]>();
    for (const shape of regionShapes) {
      if (shape.view !== view) continue;
      byId.set(shape.id, [...(byId.get(shape.id) ?? []), shape]);
    }
    return [view, byId];
  }),
);

const AVOID_SET = new Set<string>(AVOID_ZONES);

const regionsConverter = {
  fromAttribute: (value: string | null): string[] => regionList(value),
  // Only a real list reflects; anything else (reported as an error) removes the attribute.
  toAttribute: (value: unknown): string | null =>
    Array.isArray(value) ? value.map((id) => reflectAsText.toAttribute(id)).join(' ') : null,
};

/**
 * An original, accessible SVG figure, front and back, that highlights muscle regions and, when
 * `selectable`, lets a person pick regions with mouse, touch or keyboard.
 *
 * @summary Accessible body map of the regions SMR works.
 *
 * @event {SmrRegionSelectEvent} smr-region-select - A region was picked or unpicked: `detail.region`, `detail.selected`.
 * @event {Event} change - The `selected` list changed through the person's input.
 * @event {SmrErrorEvent} smr-error - Unknown region ids in `highlight` or `selected`: `detail.errors`.
 *
 * @csspart base - The wrapper of the views.
 * @csspart body-map - Each view's figure (front, back).
 * @csspart figure - Each view's SVG.
 * @csspart caption - The "Front" / "Back" caption.
 * @csspart legend - The note explaining hatched zones (with `show-avoid`).
 * @csspart error - The message listing unknown region ids.
 *
 * @cssproperty --smr-body-skin - Fill of the figure.
 * @cssproperty --smr-body-outline - Outline of the figure.
 * @cssproperty --smr-body-region - Fill of regions that are neither highlighted nor selected.
 * @cssproperty --smr-body-highlight - Fill of highlighted and selected regions (defaults to `--smr-accent`).
 * @cssproperty --smr-body-avoid - Colour of the avoid-zone hatching (defaults to `--smr-danger`).
 * @cssproperty --smr-accent - Highlight colour.
 * @cssproperty --smr-text - Captions.
 * @cssproperty --smr-text-muted - Region outlines on a selectable map.
 */
@customElement('smr-body-map')
export class SmrBodyMap extends SmrElement {
  static override styles = [tokens, styles];

  /** `front`, `back` or `both` (default). */
  @property({ reflect: true, converter: reflectAsText }) view: 'front' | 'back' | 'both' = 'both';

  /** Space-separated region ids to highlight, e.g. `"adductors calves"`. */
  @property({ reflect: true, converter: reflectAsText }) highlight = '';

  /** Lets a person pick regions (a keyboard- and touch-operable multi-select). */
  @property({ type: Boolean, reflect: true }) selectable = false;

  /** The picked region ids. Attribute: space-separated. */
  @property({ converter: regionsConverter, reflect: true }) selected: RegionId[] = [];

  /** Draws the zones never to roll over (front of neck, lumbar spine, back of knee, groin, armpit, belly). */
  @property({ type: Boolean, reflect: true, attribute: 'show-avoid' }) showAvoid = false;

  /** Overrides the accessible name of the figure. */
  @property({ reflect: true, converter: reflectAsText }) label = '';

  /** `light` or `dark` forces a colour scheme. */
  @property({ reflect: true, converter: reflectAsText }) theme?: 'light' | 'dark';

  /** The region that takes the Tab stop (roving tabindex). */
  @state() private focusRegion: string | undefined;

  #highlighted = new Set<string>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('highlight') || changed.has('selected') || changed.has('view')) this.#validateInputs();
  }

  #validateInputs(): void {
    const { options, errors } = readBodyMapOptions({ highlight: this.highlight, selected: this.selected, view: this.view });
    this.#highlighted = new Set(options.highlighted);
    this.reportErrors(errors);
  }

  get #views(): BodyView[] {
    // Own keys only: `view="__proto__"` must not reach Object.prototype.
    return Object.hasOwn(VIEWS, this.view) ? VIEWS[this.view] : VIEWS.both;
  }

  /** Regions a keyboard can reach, in reading order across the views shown. */
  get #focusOrder(): string[] {
    return this.#views.flatMap((view) => [...(SHAPES_BY_VIEW.get(view)?.keys() ?? [])].filter((id) => REGION_SET.has(id)));
  }

  #isSelected(id: string): boolean {
    return Array.isArray(this.selected) && this.selected.includes(id as RegionId);
  }

  #toggle(id: string): void {
    const selected = !this.#isSelected(id);
    const current = Array.isArray(this.selected) ? this.selected.filter((r) => REGION_SET.has(r)) : [];
    this.selected = selected ? [...current, id as RegionId] : current.filter((r) => r !== id);
    this.focusRegion = id;
    emit(this, 'smr-region-select', { region: id as RegionId, selected });
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  #onKeyDown(event: KeyboardEvent, id: string): void {
    const order = this.#focusOrder;
    const index = order.indexOf(id);
    let next: string | undefined;
    switch (event.key) {
      case ' ':
      case 'Enter':
        event.preventDefault();
        this.#toggle(id);
        return;
      case 'ArrowRight':
      case 'ArrowDown':
        next = order[(index + 1) % order.length];
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = order[(index - 1 + order.length) % order.length];
        break;
      case 'Home':
        next = order[0];
        break;
      case 'End':
        next = order[order.length - 1];
        break;
      default:
        return;
    }
    event.preventDefault();
    this.focusRegion = next;
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGGElement>(`[data-region="${next}"]`)?.focus());
  }

  #renderRegion(view: BodyView, id: string, shapes: BodyShape[], tabStop: string | undefined): SVGTemplateResult {
    const avoid = AVOID_SET.has(id);
    const highlighted = this.#highlighted.has(id);
    const selected = this.#isSelected(id);
    const classes = `region ${avoid ? 'avoid' : ''} ${highlighted ? 'highlighted' : ''} ${selected ? 'selected' : ''}`;
    const fill = avoid ? `url(#hatch-${view})` : nothing;
    // A mirrored shape is the other side's limb: the same path turned about the figure's axis.
    const paths = shapes.map(
      ({ d, mirrored }) =>
        svg`<path d=${d} fill=${fill}></path>${mirrored ? svg`<path d=${d} fill=${fill} transform=${MIRROR}></path>` : nothing}`,
    );
    if (avoid || !this.selectable) return svg`<g class=${classes} aria-hidden="true">${paths}</g>`;
    const label = regionLabel(id as RegionId, this.localize.content);
    return svg`<g
      class=${classes}
      data-region=${id}
      role="checkbox"
      aria-checked=${selected ? 'true' : 'false'}
      aria-label=${label}
      tabindex=${id === tabStop ? '0' : '-1'}
      @click=${() => this.#toggle(id)}
      @keydown=${(event: KeyboardEvent) => this.#onKeyDown(event, id)}
    ><title>${label}</title>${paths}</g>`;
  }

  #renderView(view: BodyView, tabStop: string | undefined) {
    const t = this.localize.t.bodyMap;
    const viewName = view === 'front' ? t.front : t.back;
    const regions = [...(SHAPES_BY_VIEW.get(view) ?? new Map<string, BodyShape[]>())].filter(
      ([id]) => this.showAvoid || !AVOID_SET.has(id),
    );
    const highlightedNames = [...this.#highlighted]
      .filter((id) => SHAPES_BY_VIEW.get(view)?.has(id))
      .map((id) => regionLabel(id as RegionId, this.localize.content));
    const name = this.label || (this.selectable ? t.pick(viewName) : t.figure(viewName.toLowerCase(), highlightedNames));
    return html`<figure part="body-map" class="view">
      <svg
        part="figure"
        viewBox=${BODY_VIEWBOX}
        role=${this.selectable ? 'group' : 'img'}
        aria-label=${name}
        preserveAspectRatio="xMidYMid meet"
      >
        <defs>
          <pattern id=${`hatch-${view}`} patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
            <rect class="hatch-bg" width="4" height="4"></rect>
            <line class="hatch-line" x1="0" y1="0" x2="0" y2="4"></line>
          </pattern>
        </defs>
        <path class="skin" d=${bodyOutline[view]}></path>
        <path class="details" d=${bodyDetails[view]}></path>
        ${regions.map(([id, shapes]) => this.#renderRegion(view, id, shapes, tabStop))}
      </svg>
      <figcaption part="caption" aria-hidden="true">${viewName}</figcaption>
    </figure>`;
  }

  override render() {
    const order = this.selectable ? this.#focusOrder : [];
    const tabStop =
      this.focusRegion && order.includes(this.focusRegion) ? this.focusRegion : (order.find((id) => this.#isSelected(id)) ?? order[0]);
    return html`<div part="base" class="base ${this.selectable ? 'selectable' : ''}">
        <div class="views">${this.#views.map((view) => this.#renderView(view, tabStop))}</div>
        ${this.showAvoid ? html`<p part="legend" class="legend"><span class="swatch" aria-hidden="true"></span>${this.localize.t.bodyMap.avoidLegend}</p>` : nothing}
      </div>
      ${this.renderErrors(this.localize.t.errors.partial)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'smr-body-map': SmrBodyMap;
  }
}
