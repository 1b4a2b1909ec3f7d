/**
 * Validation of `<smr-body-map>` attributes. Pure: the element passes raw values, keeps the known
 * regions and renders the errors.
 */
import { knownIds, splitIds } from './closest-match.js';
import { describeValue } from './describe.js';
import { problemAt, type ValidationError } from './problems.js';
import { REGIONS, type RegionId } from './types.js';

/** Which sides of the figure are drawn. */
export type BodyMapView = 'front' | 'back' | 'both';
export const BODY_MAP_VIEWS: readonly BodyMapView[] = ['front', 'back', 'both'];

/** The `highlight` and `selected` attributes: region ids separated by spaces or commas. */
export const regionList = (value: string | null | undefined): string[] => splitIds(value ?? '');

export interface BodyMapOptions {
  highlighted: RegionId[];
  selected: RegionId[];
  /** The view asked for, or `both` when it is unknown. */
  view: BodyMapView;
}

/** Reads `highlight`, `selected` and `view`, keeping the known regions and reporting the rest. */
export function readBodyMapOptions(raw: { highlight: unknown; selected: unknown; view: unknown }): {
  options: BodyMapOptions;
  errors: ValidationError[];
} {
  const highlight = knownIds(regionList(typeof raw.highlight === 'string' ? raw.highlight : ''), REGIONS, 'region', 'highlight');
  const selected = knownIds(Array.isArray(raw.selected) ? raw.selected : [], REGIONS, 'region', 'selected');
  const errors = [...highlight.errors, ...selected.errors];
  if (!Array.isArray(raw.selected)) {
    errors.push(problemAt('selected', { code: 'wrong-type', expected: 'region-list', got: describeValue(raw.selected) }));
  }
  const view = BODY_MAP_VIEWS.find((known) => known === raw.view);
  if (!view) errors.push(problemAt('view', { code: 'one-of', allowed: BODY_MAP_VIEWS, got: describeValue(raw.view) }));
  return { options: { highlighted: highlight.ids, selected: selected.ids, view: view ?? 'both' }, errors };
}
