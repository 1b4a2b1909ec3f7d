/**
 * Share links: a routine carried in a page address's fragment, `#smr-routine=<payload>`. The
 * payload is one format character, then base64url bytes:
 *
 * - `d`: the routine's UTF-8 JSON, compressed with raw DEFLATE (the platform's `CompressionStream`);
 * - `j`: the routine's UTF-8 JSON as it is (where the platform cannot compress, or it is shorter).
 *
 * Browsers never send a fragment to a server: the routine stays between the two people. Reading a
 * payload never throws: a damaged, cut, foreign, oversized or hostile one (a decompression bomb)
 * becomes a `share-link` problem, and the routine it holds is validated like every other input.
 * Pure: no DOM, only the platform's streams, text encoding and URL parsing.
 */
import { DEFAULT_SWITCH_DURATION, MAX_SHARE_JSON_BYTES, MAX_SHARE_PAYLOAD_CHARS } from './limits.js';
import { problemAt, type ShareLinkProblem } from './problems.js';
import type { Exercise, Routine, RoutineInput, RoutineStepInput } from './types.js';
import { describeValue } from './describe.js';
import { SHARE_PATH, type ShareOutcome } from './share-address.js';

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DIGITS = new Map([...BASE64URL].map((char, value) => [char, value]));

/** Input is fed to the decompressor in pieces this small, so one piece can unpack to at most about 1 MB. */
const INFLATE_PIECE = 1024;

const fail = (problem: ShareLinkProblem): ShareOutcome<never> => ({ ok: false, error: problemAt(SHARE_PATH, problem) });

/** Bytes as base64url text, without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const left = bytes.length - i;
    const n = (bytes[i] << 16) | ((left > 1 ? bytes[i + 1] : 0) << 8) | (left > 2 ? bytes[i + 2] : 0);
    text += BASE64URL[(n >> 18) & 63] + BASE64URL[(n >> 12) & 63];
    if (left > 1) text += BASE64URL[(n >> 6) & 63];
    if (left > 2) text += BASE64URL[n & 63];
  }
  return text;
}

/**
 * Base64url text as bytes; `undefined` for text that no bytes encode to (a character outside the
 * alphabet, an impossible length, stray bits at the end). Trailing `=` padding is accepted.
 */
export function fromBase64Url(text: string): Uint8Array | undefined {
  const body = text.replace(/={1,2}$/, '');
  if (body.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((body.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (const char of body) {
    const digit = DIGITS.get(char);
    if (digit === undefined) return undefined;
    buffer = ((buffer << 6) | digit) & 0xfff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
  }
  // The bits left over must be the zeros the encoder padded with.
  if ((buffer & ((1 << bits) - 1)) !== 0) return undefined;
  return bytes;
}

/** Whether this platform compresses with raw DEFLATE (`CompressionStream('deflate-raw')`). */
export function canDeflate(): boolean {
  try {
    return typeof CompressionStream === 'function' && new CompressionStream('deflate-raw') instanceof CompressionStream;
  } catch {
    return false; // Knows the stream but not the format (older engines): plain JSON links.
  }
}

/**
 * Runs `bytes` through a transform stream, fed in small pieces, and gathers what comes out;
 * `'too-large'` as soon as more than `max` bytes came out (the rest is never unpacked).
 */
async function transform(
  bytes: Uint8Array,
  stream: ReadableWritablePair<Uint8Array, Uint8Array>,
  max: number,
): Promise<Uint8Array | 'too-large'> {
  let offset = 0;
  const source = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (offset >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(offset, (offset += INFLATE_PIECE)));
      },
    },
    { highWaterMark: 0 },
  );
  const reader = source.pipeThrough(stream).getReader();
  const pieces: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    pieces.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.byteLength;
  }
  return out;
}

/**
 * The payload of a share link for `value` (a routine input): `d` + compressed JSON where the
 * platform compresses and that is shorter, otherwise `j` + plain JSON, in base64url. Refuses a
 * routine whose JSON is over `MAX_SHARE_JSON_BYTES` or whose payload is over
 * `MAX_SHARE_PAYLOAD_CHARS`, so every link it makes can be read back. `compress: false` forces plain JSON.
 */
export async function encodeSharePayload(value: unknown, options: { compress?: boolean } = {}): Promise<ShareOutcome<string>> {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch (error) {
    return fail({ reason: 'not-json', code: 'share-link', detail: String(error).slice(0, 100) });
  }
  if (json === undefined) return fail({ code: 'share-link', reason: 'not-json', detail: describeValue(value) });
  const bytes = new TextEncoder().encode(json);
  if (bytes.byteLength > MAX_SHARE_JSON_BYTES) return fail({ code: 'share-link', reason: 'too-large', max: MAX_SHARE_JSON_BYTES });
  let payload = `j${toBase64Url(bytes)}`;
  if (options.compress !== false && canDeflate()) {
    try {
      const packed = await transform(bytes, new CompressionStream('deflate-raw') as ReadableWritablePair<Uint8Array, Uint8Array>, Infinity);
      const compressed = `d${toBase64Url(packed as Uint8Array)}`;
      if (compressed.length < payload.length) payload = compressed;
    } catch {
      // Compression failed on this platform: the plain payload still works.
    }
  }
  if (payload.length > MAX_SHARE_PAYLOAD_CHARS) return fail({ code: 'share-link', reason: 'too-long', max: MAX_SHARE_PAYLOAD_CHARS });
  return { ok: true, value: payload };
}

/**
 * The routine input a share-link payload carries, not yet validated. Never throws: a payload that
 * is empty, too long, of an unknown format, not base64url, damaged or cut short, unpacking past
 * `MAX_SHARE_JSON_BYTES`, or not UTF-8 JSON gives a `share-link` problem at `#smr-routine`.
 */
export async function decodeSharePayload(payload: string): Promise<ShareOutcome<unknown>> {
  try {
    return await decodeUnsafe(payload);
  } catch (error) {
    // Nothing above is expected to throw; whatever did is a link that cannot be read.
    return fail({ code: 'share-link', reason: 'not-json', detail: String(error).slice(0, 100) });
  }
}

async function decodeUnsafe(payload: string): Promise<ShareOutcome<unknown>> {
  if (typeof payload !== 'string' || payload.length === 0) return fail({ code: 'share-link', reason: 'empty' });
  if (payload.length > MAX_SHARE_PAYLOAD_CHARS) return fail({ code: 'share-link', reason: 'too-long', max: MAX_SHARE_PAYLOAD_CHARS });
  const format = payload[0];
  if (format !== 'd' && format !== 'j') return fail({ code: 'share-link', reason: 'format', got: describeValue(format) });
  const bytes = fromBase64Url(payload.slice(1));
  if (!bytes) return fail({ code: 'share-link', reason: 'base64' });
  let json = bytes;
  if (format === 'd') {
    let stream: ReadableWritablePair<Uint8Array, Uint8Array>;
    try {
      stream = new DecompressionStream('deflate-raw') as ReadableWritablePair<Uint8Array, Uint8Array>;
    } catch {
      return fail({ code: 'share-link', reason: 'unsupported' });
    }
    let unpacked: Uint8Array | 'too-large';
    try {
      unpacked = await transform(bytes, stream, MAX_SHARE_JSON_BYTES);
    } catch {
      return fail({ code: 'share-link', reason: 'corrupt' });
    }
    if (unpacked === 'too-large') return fail({ code: 'share-link', reason: 'too-large', max: MAX_SHARE_JSON_BYTES });
    json = unpacked;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(json);
  } catch {
    return fail({ code: 'share-link', reason: 'not-json', detail: 'not UTF-8 text' });
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return fail({ code: 'share-link', reason: 'not-json', detail: String((error as Error)?.message ?? error).slice(0, 120) });
  }
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * The shortest routine input that validates back to `routine`: what a catalog exercise gives
 * anyway (its name, duration, sides, first tool, how-to and cautions) and the defaults (no rest,
 * the usual switch pause, no sides, no how-to) are left out; every other field is kept as it is.
 * Keeps share links and their QR codes small.
 */
export function compactRoutine(routine: Routine, catalog: readonly Exercise[]): RoutineInput {
  const byId = new Map(catalog.map((exercise) => [exercise.id, exercise]));
  const steps = routine.steps.map((step) => {
    const exercise = step.exercise ? byId.get(step.exercise) : undefined;
    const input: RoutineStepInput = { ...step };
    if (!exercise) delete input.exercise;
    if (exercise && step.name === exercise.name) delete input.name;
    if (exercise && step.duration === exercise.duration) delete input.duration;
    if (step.sides === (exercise?.sides ?? 'none')) delete input.sides;
    if (step.tool === exercise?.tools[0]) delete input.tool;
    if (sameList(step.instructions, exercise?.steps ?? [])) delete input.instructions;
    if (sameList(step.cautions, exercise?.cautions ?? [])) delete input.cautions;
    return input;
  });
  const compact: RoutineInput = { ...routine, steps };
  if (!routine.description) delete compact.description;
  if (routine.rest === 0) delete compact.rest;
  if (routine.switchDuration === DEFAULT_SWITCH_DURATION) delete compact.switchDuration;
  return compact;
}
