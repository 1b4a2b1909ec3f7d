/**
 * Validation of `<smr-finder>` attributes. Pure: the element passes raw values, keeps what can be
 * used and renders the errors.
 */
import { knownIds, splitIds } from './closest-match.js';
import { describeValue } from './describe.js';
import { problemAt, type ValidationError } from './problems.js';
import { TOOLS, type Tool } from './types.js';

/** The session lengths a person can choose, in minutes. */
export const FINDER_MINUTES = [5, 10, 15] as const;
export const DEFAULT_FINDER_MINUTES = 10;

export interface FinderOptions {
  /** `minutes` when it is one of the choices, else the default. */
  minutes: number;
  /** The known tools of `tools`. */
  tools: Tool[];
}

/** Reads `minutes` and `tools`, reporting what cannot be used and keeping what can. */
export function readFinderOptions(raw: { minutes: unknown; tools: unknown }): { options: FinderOptions; errors: ValidationError[] } {
  const errors: ValidationError[] = [];
  const minutes = Number(raw.minutes);
  const valid = (FINDER_MINUTES as readonly number[]).includes(minutes);
  if (!valid) errors.push(problemAt('minutes', { code: 'one-of', allowed: FINDER_MINUTES.map(String), got: describeValue(raw.minutes) }));
  const tools = knownIds(splitIds(raw.tools), TOOLS, 'tool', 'tools');
  errors.push(...tools.errors);
  return { options: { minutes: valid ? minutes : DEFAULT_FINDER_MINUTES, tools: tools.ids }, errors };
}
