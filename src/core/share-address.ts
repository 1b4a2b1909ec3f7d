/**
 * The address side of share links (`core/share-link.ts` has the payload format): the fragment
 * parameter, finding it in an address, and the address a link opens. Apart so a page can tell
 * whether its address carries a routine without loading the code that packs and unpacks one.
 */
import { describeValue } from './describe.js';
import { problemAt, type ValidationError } from './problems.js';

/** The fragment parameter that carries a routine: `#smr-routine=…`. */
export const SHARE_KEY = 'smr-routine';

/** Where share-link problems are reported (`#smr-routine: the share link is damaged…`). */
export const SHARE_PATH = `#${SHARE_KEY}`;

/** A result that is a value or the one problem that kept it from being made. */
export type ShareOutcome<T> = { ok: true; value: T } | { ok: false; error: ValidationError };

/**
 * The routine payload in an address's fragment (`#smr-routine=…`, also among other `&`-separated
 * parameters), `''` for a parameter with nothing after it, `undefined` when there is none.
 */
export function fragmentPayload(hash: string): string | undefined {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of fragment.split('&')) {
    if (part === SHARE_KEY) return '';
    if (part.startsWith(`${SHARE_KEY}=`)) return part.slice(SHARE_KEY.length + 1);
  }
  return undefined;
}

/** The share link: the page address (without a fragment) and the routine's fragment. */
export function shareLink(base: string, payload: string): string {
  return `${base}#${SHARE_KEY}=${payload}`;
}

/**
 * The address a share link opens: `base` resolved against `page` (the page's own address when
 * `base` is empty), without its fragment. Only `http:` and `https:` addresses are accepted.
 */
export function resolveShareBase(base: string, page: string): ShareOutcome<string> {
  const refuse = (): ShareOutcome<string> => ({
    ok: false,
    error: problemAt('share-base', { code: 'one-of', allowed: ['http:', 'https:'], got: describeValue(base) }),
  });
  let url: URL;
  try {
    url = new URL(base.trim(), page);
  } catch {
    return refuse();
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return refuse();
  url.hash = '';
  return { ok: true, value: url.href };
}
