/**
 * Searching the catalog the way a coach types: any word of the name, a muscle (anatomical or plain),
 * a region, a tool; case and accents ignored. Pure: the catalog and labels are passed in.
 */
import { offFloorWay } from './off-floor.js';
import type { Exercise, RegionId, Tool } from './types.js';

export interface CatalogFilter {
  /** Free text; every word must match somewhere. */
  query?: string;
  /** Only exercises that work this region. */
  region?: RegionId | '';
  /** Only exercises that can be done with this tool (with `offFloor`, the tool they are done with off the floor). */
  tool?: Tool | '';
  /** Only exercises that can be done without getting down to the floor, as written or through their off-the-floor option. */
  offFloor?: boolean;
}

/** Lower case without accents, so "Pectíneo" finds "pectineo". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
}

/** The text an exercise can be found by. */
function searchableText(exercise: Exercise, labels: Readonly<Partial<Record<string, string>>>): string {
  return foldText(
    [
      exercise.id,
      exercise.name,
      ...exercise.muscles.flatMap((muscle) => [muscle.anatomical, muscle.plain]),
      ...exercise.regions.map((region) => labels[region] ?? region),
      ...exercise.tools.map((tool) => labels[tool] ?? tool),
    ].join(' '),
  );
}

/** The exercises that match every given criterion, in catalog order. */
export function searchCatalog(
  exercises: readonly Exercise[],
  filter: CatalogFilter,
  labels: Readonly<Partial<Record<string, string>>> = {},
): Exercise[] {
  const words = foldText(filter.query ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return exercises.filter((exercise) => {
    if (filter.region && !exercise.regions.includes(filter.region)) return false;
    const way = filter.offFloor ? offFloorWay(exercise) : 'as-written';
    if (!way) return false;
    if (filter.tool && !(way === 'as-written' ? exercise.tools : [way.tool]).includes(filter.tool)) return false;
    if (words.length === 0) return true;
    const text = searchableText(exercise, labels);
    return words.every((word) => text.includes(word));
  });
}
