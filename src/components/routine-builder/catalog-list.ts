import { html, nothing, type TemplateResult } from 'lit';
import { regionLabel, regionLabels } from '../../content/regions.js';
import { searchCatalog, type CatalogFilter } from '../../core/catalog-search.js';
import { formatClock } from '../../core/duration.js';
import { BACK_REGIONS, FRONT_REGIONS, TOOLS, type Exercise, type RegionId, type Tool } from '../../core/types.js';
import { LIMITS } from '../../core/limits.js';
import type { Translation } from '../../translations/translation.js';
import { renderStillPicture } from '../illustration/still.js';
import { field, heading, type ViewContext } from './fields.js';
import { localizedCatalog } from './localized-catalog.js';

export interface CatalogListState extends ViewContext {
  filter: Required<CatalogFilter>;
  /** The routine has as many steps as it may: nothing more can be added. */
  full: boolean;
}

export interface CatalogListHandlers {
  /** Changes part of the filter. */
  filter: (change: CatalogFilter) => void;
  add: (exercise: Exercise) => void;
}

/** The catalog to pick from: search, area, tool and off-the-floor filters, and each exercise's "Add" button. */
export function renderCatalogList(state: CatalogListState, handlers: CatalogListHandlers): TemplateResult {
  const { t, content, full } = state;
  const labels = { ...regionLabels, ...content?.regions, ...t.exercise.tools };
  const found = searchCatalog(localizedCatalog(content), state.filter, labels);
  return html`<section part="catalog" class="catalog" aria-labelledby="catalog-title">
    <div id="catalog-title">${heading(t.builder.catalogTitle, state.headingLevel, 1)}</div>
    <div class="filters">
      ${field(
        { id: 'search', label: t.builder.search, hint: t.builder.searchHint },
        (describedBy) =>
          html`<input
            id="search"
            type="search"
            autocomplete="off"
            aria-describedby=${describedBy}
            .value=${state.filter.query}
            @input=${(event: Event) => handlers.filter({ query: (event.target as HTMLInputElement).value })}
          />`,
      )}
      <div class="pair">
        ${filterSelect('area', t.builder.area, t.builder.anyArea, (value) => handlers.filter({ region: value as RegionId | '' }), [
          [t.builder.front, FRONT_REGIONS.map((region) => [region, regionLabel(region, content)] as const)],
          [t.builder.back, BACK_REGIONS.map((region) => [region, regionLabel(region, content)] as const)],
        ])}
        ${filterSelect('tool', t.builder.tool, t.builder.anyTool, (value) => handlers.filter({ tool: value as Tool | '' }), [
          ['', TOOLS.map((tool) => [tool, t.exercise.tools[tool] ?? tool] as const)],
        ])}
      </div>
      <label class="check"
        ><input
          id="off-floor"
          type="checkbox"
          aria-describedby=${state.filter.offFloor ? 'off-floor-hint' : nothing}
          .checked=${state.filter.offFloor}
          @change=${(event: Event) => handlers.filter({ offFloor: (event.target as HTMLInputElement).checked })}
        />${t.builder.offFloor}</label
      >
      ${state.filter.offFloor ? html`<p class="hint" id="off-floor-hint">${t.builder.offFloorHint}</p>` : nothing}
    </div>
    <p class="count" role="status">${found.length > 0 ? t.builder.results(found.length) : t.builder.noResults}</p>
    ${full ? html`<p class="hint">${t.builder.stepLimit(LIMITS.steps.max)}</p>` : nothing}
    <ul class="catalog-list">
      ${found.map(
        (exercise) =>
          html`<li>
            ${renderStillPicture(exercise.id, 'entry-picture')}
            <div class="entry">
              <span class="entry-name">${exercise.name}</span>
              <span class="entry-meta">${describeExercise(exercise, t.exercise, state.filter.offFloor)}</span>
            </div>
            <button
              part="button"
              class="secondary add"
              type="button"
              aria-label=${t.builder.addName(exercise.name)}
              ?disabled=${full}
              @click=${() => handlers.add(exercise)}
            >
              ${t.builder.add}
            </button>
          </li>`,
      )}
    </ul>
  </section>`;
}

/** A catalog filter: "any" first, then options, in labelled groups when a group has a label. */
function filterSelect(
  id: string,
  label: string,
  allLabel: string,
  onValue: (value: string) => void,
  groups: [string, readonly (readonly [string, string])[]][],
): TemplateResult {
  const options = (entries: readonly (readonly [string, string])[]) =>
    entries.map(([value, text]) => html`<option value=${value}>${text}</option>`);
  return field(
    { id, label },
    () =>
      html`<select id=${id} @change=${(event: Event) => onValue((event.target as HTMLSelectElement).value)}>
        <option value="">${allLabel}</option>
        ${groups.map(([group, entries]) => (group ? html`<optgroup label=${group}>${options(entries)}</optgroup>` : options(entries)))}
      </select>`,
  );
}

/**
 * Where the exercise is done, its tools, then its duration per side or on the midline. `offFloor`:
 * a floor exercise is described as its off-the-floor option (where, and that tool).
 */
function describeExercise(exercise: Exercise, t: Translation['exercise'], offFloor: boolean): string {
  const clock = formatClock(exercise.duration);
  const option = offFloor && exercise.position === 'floor' ? exercise.offFloor : undefined;
  const position = option?.position ?? exercise.position;
  const tools = option ? [option.tool] : exercise.tools;
  return [
    position ? (t.positions[position] ?? position) : '',
    tools.map((tool) => t.tools[tool] ?? tool).join(', '),
    exercise.sides === 'both' ? t.perSide(clock) : t.midline(clock),
  ]
    .filter(Boolean)
    .join(' · ');
}
