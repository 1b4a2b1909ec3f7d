/**
 * Share links with the built-in catalog: make the link of a routine, read the routine of a link.
 * The routine travels in the link's fragment (`#smr-routine=…`), which browsers never send to a
 * server. See `core/share-link.ts` for the format.
 */
import { fragmentPayload, resolveShareBase, shareLink, SHARE_PATH } from '../core/share-address.js';
import { compactRoutine, decodeSharePayload, encodeSharePayload } from '../core/share-link.js';
import { problemAt, type ValidationError } from '../core/problems.js';
import type { Routine, RoutineInput } from '../core/types.js';
import type { ValidationResult } from '../core/validate.js';
import { exercises, validateRoutine } from './catalog-lookup.js';

/** A share link, or what kept it from being made (`link` is then empty). */
export interface ShareLinkResult {
  link: string;
  errors: ValidationError[];
}

/** The shortest input that plays exactly this validated routine (catalog defaults left out). */
export function shareableRoutine(routine: Routine): RoutineInput {
  return compactRoutine(routine, exercises);
}

/**
 * The share link of a routine: `base` (an `http:` or `https:` address; its fragment is dropped)
 * with the routine in the fragment, `#smr-routine=<compressed, base64url JSON>`. A page at that
 * address with `<smr-routine from-url>` plays it. The routine is validated first; an invalid one,
 * a bad `base` or a routine too long for a link gives `errors` and no link. Never throws.
 */
export async function createShareLink(routine: unknown, base: string): Promise<ShareLinkResult> {
  const page = typeof location === 'object' && location ? location.href : base;
  const address = resolveShareBase(typeof base === 'string' ? base : '', page);
  if (!address.ok) return { link: '', errors: [address.error] };
  const validated = validateRoutine(routine);
  if (!validated.routine) return { link: '', errors: validated.errors };
  const payload = await encodeSharePayload(shareableRoutine(validated.routine));
  if (!payload.ok) return { link: '', errors: [payload.error] };
  return { link: shareLink(address.value, payload.value), errors: [] };
}

/**
 * The routine a share link carries (a whole address, or just its fragment), validated against the
 * catalog like every other input. Never throws: a link with no routine, or a damaged, cut, foreign
 * or oversized one, gives `errors` naming the problem at `#smr-routine`.
 */
export async function readShareLink(link: string): Promise<ValidationResult> {
  const text = typeof link === 'string' ? link : '';
  const hash = text.includes('#') ? text.slice(text.indexOf('#')) : text;
  const payload = fragmentPayload(hash);
  if (payload === undefined) return { routine: null, errors: [problemAt(SHARE_PATH, { code: 'share-link', reason: 'empty' })] };
  const decoded = await decodeSharePayload(payload);
  return decoded.ok ? validateRoutine(decoded.value) : { routine: null, errors: [decoded.error] };
}
