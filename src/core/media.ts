/**
 * A step's own picture or clip (`media: { src, type, alt }`): which URLs it may load and how it is
 * read from untrusted input. Pure: no DOM.
 *
 * The URL rule, the same in `validateRoutine` and in `routine.schema.json` (`MEDIA_URL_PATTERN`):
 * - `http://…` or `https://…` with a host (any letter case), or
 * - a URL relative to the page: a path (`img/arch.jpg`, `./a.webp`, `../a.mp4`, `/media/a.png`),
 *   a query or a fragment, or a scheme-relative `//host/…`, which keeps the page's own scheme and
 *   so can never become `javascript:` or `data:`;
 * - never another scheme (`javascript:`, `data:`, `blob:`, `vbscript:`, `file:`, …): anything that
 *   starts like `letters:` before any `/`, `?` or `#` is a scheme to the browser, so it is refused
 *   unless it is http(s);
 * - never a space, tab, line break, control character (C0, DEL, C1) or backslash anywhere: the
 *   browser's URL parser drops tabs and line breaks (`java\tscript:` would read as `javascript:`)
 *   and treats `\` as `/`, so such a URL could mean something other than what it shows.
 */
import type { Collector } from './collector.js';
import { describeValue } from './describe.js';
import { LIMITS } from './limits.js';
import { isRecord, own } from './records.js';
import { MEDIA_TYPES, type MediaType, type StepMedia } from './types.js';

/**
 * The pattern a `media.src` must match (ECMAScript syntax, used with the `u` flag; the JSON
 * Schema's `pattern` is this very string).
 */
export const MEDIA_URL_PATTERN = String.raw`^(?=[^\s\\\u0000-\u001f\u007f-\u009f]+$)(?:[Hh][Tt][Tt][Pp][Ss]?://[^/?#]|//[^/?#]|(?!//)(?![A-Za-z][A-Za-z0-9+.-]*:))`;

const MEDIA_URL = new RegExp(MEDIA_URL_PATTERN, 'u');

/** Whether `src` may be loaded as a step's picture or clip: http(s) or relative, no spaces or control characters. */
export function isMediaUrl(src: string): boolean {
  return src.length <= LIMITS.mediaSrc && MEDIA_URL.test(src);
}

const MEDIA_KEYS = ['src', 'type', 'alt'] as const;

/**
 * Reads a step's `media` into `out`'s problems, each at its own path (`steps[2].media.src`).
 * Returns the media when every part is right. The URL is taken exactly as written (no trimming:
 * a space in it is a problem to fix, not to guess at); `alt` is trimmed like every text.
 */
export function readMedia(value: unknown, path: string, out: Collector): StepMedia | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    out.add(path, { code: 'wrong-type', expected: 'media', got: describeValue(value) });
    return undefined;
  }
  const before = out.errors.length;
  out.unknownKeys(value, MEDIA_KEYS, path);
  const src = readUrl(own(value, 'src'), `${path}.src`, out);
  const type = own(value, 'type');
  if (type === undefined) out.add(`${path}.type`, { code: 'required' });
  else if (!(MEDIA_TYPES as readonly unknown[]).includes(type)) {
    out.add(`${path}.type`, { code: 'one-of', allowed: MEDIA_TYPES, got: describeValue(type) });
  }
  const alt = out.text(own(value, 'alt'), `${path}.alt`, LIMITS.mediaAlt, true);
  if (out.errors.length > before || src === undefined || alt === undefined) return undefined;
  return { src, type: type as MediaType, alt };
}

function readUrl(value: unknown, path: string, out: Collector): string | undefined {
  if (value === undefined) {
    out.add(path, { code: 'required' });
  } else if (typeof value !== 'string') {
    out.add(path, { code: 'wrong-type', expected: 'text', got: describeValue(value) });
  } else if (value === '') {
    out.add(path, { code: 'empty' });
  } else if (value.length > LIMITS.mediaSrc) {
    out.add(path, { code: 'too-long', max: LIMITS.mediaSrc, count: value.length });
  } else if (!MEDIA_URL.test(value)) {
    out.add(path, { code: 'url', got: describeValue(value) });
  } else {
    return value;
  }
  return undefined;
}
