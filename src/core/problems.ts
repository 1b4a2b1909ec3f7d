/**
 * What can be wrong with input, as codes with parameters. Validators report a `Problem`; the
 * English `message` of a `ValidationError` is made from it here, and each UI translation words
 * it again in its own language (`Translation.errors.problem`), so an error shows in the
 * language of the page while logs and `smr-error` keep one stable English text.
 */

/** A problem found in input: where (`steps[2].duration`) and what, naming the bad value. */
export interface ValidationError {
  path: string;
  /** What is wrong, in English (stable across page languages; the elements show it translated). */
  message: string;
  /**
   * The same problem as a code with parameters, for showing your own text. Absent on messages an
   * element words itself, such as a failed `src` request, which are already in its language.
   */
  problem?: Problem;
}

/** Shapes a value was expected to have, named in "expected …, got …" problems. */
export type ExpectedShape =
  | 'text'
  | 'text-list'
  | 'list'
  | 'routine'
  | 'step'
  | 'step-list'
  | 'exercise'
  | 'catalog-id'
  | 'muscle'
  | 'muscle-list'
  | 'pressure'
  | 'off-floor'
  | 'region-list'
  | 'object'
  | 'language-tag'
  | 'date-time'
  | 'history'
  | 'media';

/** Units of a numeric range. */
export type RangeUnit = 'seconds' | 'minutes' | 'number' | 'whole-number' | 'rolls-per-minute';

/** Why a share link's routine (`#smr-routine=…`) could not be read, before it is validated. */
export type ShareLinkProblem =
  | { code: 'share-link'; reason: 'empty' | 'base64' | 'corrupt' | 'unsupported' }
  | { code: 'share-link'; reason: 'format'; got: string }
  | { code: 'share-link'; reason: 'too-long' | 'too-large'; max: number }
  | { code: 'share-link'; reason: 'not-json'; detail: string };

/** Kinds of catalog id an unknown one is compared with. */
export type IdKind = 'exercise' | 'preset' | 'region' | 'tool' | 'id';

/**
 * One problem with input. `got` is the bad value as `describeValue` shows it: quoted text
 * (`"abc"`), a number, `null`, or a kind (`an array`, `an object`, `nothing`, `boolean`).
 */
export type Problem =
  | { code: 'required' }
  | { code: 'required-custom' }
  | { code: 'empty' }
  | { code: 'empty-list' }
  | { code: 'no-input' }
  | { code: 'unknown-field'; expected: readonly string[] }
  | { code: 'wrong-type'; expected: ExpectedShape; got: string }
  | { code: 'list-of'; allowed: readonly string[]; got: string }
  | { code: 'one-of'; allowed: readonly string[]; got: string }
  | { code: 'too-long'; max: number; count: number }
  | { code: 'too-many'; max: number; count: number }
  | { code: 'step-count'; min: number; max: number; count: number }
  | { code: 'list-length'; expected: number; count: number }
  | { code: 'range'; unit: RangeUnit; min: number; max: number; got: string }
  | { code: 'at-most-seconds'; max: number; got: string }
  | { code: 'duration'; got: string }
  | { code: 'not-positive'; got: string }
  | { code: 'kebab-case'; got: string }
  | { code: 'url'; got: string }
  | { code: 'unknown'; kind: IdKind; got: string; suggestions: readonly string[]; expected?: readonly string[] }
  | { code: 'unreadable'; detail: string }
  /** Part of the library could not be fetched (an exercise's file, the share-link code): the connection, most likely. */
  | { code: 'unavailable' }
  | ShareLinkProblem;

const SHAPES: Record<ExpectedShape, string> = {
  text: 'text',
  'text-list': 'a list of text',
  list: 'a list',
  routine: 'a routine object with id, title and steps',
  step: 'a step object',
  'step-list': 'a list of steps',
  exercise: 'an exercise object with id, name, steps and duration',
  'catalog-id': 'a catalog id such as "calves" or "adductors"',
  muscle: '{ anatomical, plain }',
  'muscle-list': 'a list of { anatomical, plain }',
  pressure: '{ target, lighter, deeper }',
  'off-floor': '{ position, tool, steps }',
  'region-list': 'a list of region ids',
  object: 'an object',
  'language-tag': 'a language tag such as "es" or "de-AT"',
  'date-time': 'an ISO date and time such as "2026-03-01T18:30:00.000Z"',
  history: 'a history file exported by <smr-history> (format, version and sessions)',
  media: '{ src, type, alt }',
};

const UNITS: Record<RangeUnit, string> = {
  seconds: 'seconds',
  minutes: 'minutes',
  number: 'a number',
  'whole-number': 'a whole number',
  'rolls-per-minute': 'rolls per minute',
};

const quote = (id: string): string => `"${id}"`;

/** `"a", "b" or "c"` for up to three choices, `one of a, b, c, d` for more. */
function choices(allowed: readonly string[]): string {
  if (allowed.length > 3) return `one of ${allowed.join(', ')}`;
  const quoted = allowed.map(quote);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : (quoted[0] ?? '');
}

/** The English text of a problem: the `message` of every `ValidationError` the library makes. */
export function describeProblem(problem: Problem): string {
  switch (problem.code) {
    case 'required':
      return 'is required';
    case 'required-custom':
      return 'is required for a custom step';
    case 'empty':
      return 'must not be empty';
    case 'empty-list':
      return 'must list at least one step';
    case 'no-input':
      return 'expected a preset, <smr-step> children, inline JSON, a src URL or a routine property';
    case 'unknown-field':
      return `unknown field; expected one of ${problem.expected.join(', ')}`;
    case 'wrong-type':
      return `expected ${SHAPES[problem.expected]}, got ${problem.got}`;
    case 'list-of':
      return `expected a list of ${problem.allowed.join(', ')}…, got ${problem.got}`;
    case 'one-of':
      return `expected ${choices(problem.allowed)}, got ${problem.got}`;
    case 'too-long':
      return `expected at most ${problem.max} characters, got ${problem.count}`;
    case 'too-many':
      return `expected at most ${problem.max} items, got ${problem.count}`;
    case 'step-count':
      return `expected ${problem.min} to ${problem.max} steps, got ${problem.count}`;
    case 'list-length':
      return `expected ${problem.expected} items, one for each in English, got ${problem.count}`;
    case 'range':
      return `expected ${UNITS[problem.unit]} from ${problem.min} to ${problem.max}, got ${problem.got}`;
    case 'at-most-seconds':
      return `expected at most ${problem.max} seconds, got ${problem.got}`;
    case 'duration':
      return `expected a duration in seconds such as 90, "90s", "1:30" or "2m", got ${problem.got}`;
    case 'not-positive':
      return `expected a duration greater than 0 seconds, got ${problem.got}`;
    case 'kebab-case':
      return `expected kebab-case (like "inner-thigh"), got ${problem.got}`;
    case 'url':
      return `expected an http(s) URL or a relative one, without spaces, got ${problem.got}`;
    case 'unknown': {
      const hint =
        problem.suggestions.length > 0
          ? `; did you mean ${problem.suggestions.map(quote).join(', ')}?`
          : problem.expected
            ? `; expected one of ${problem.expected.join(', ')}`
            : '';
      return `unknown ${problem.kind} ${problem.got}${hint}`;
    }
    case 'unreadable':
      return `could not be read (${problem.detail})`;
    case 'unavailable':
      return 'could not be fetched (the connection may have dropped); try again';
    case 'share-link':
      return describeShareLinkProblem(problem);
  }
}

function describeShareLinkProblem(problem: ShareLinkProblem): string {
  switch (problem.reason) {
    case 'empty':
      return 'the share link holds no routine (nothing after "#smr-routine=")';
    case 'format':
      return `the share link starts with ${problem.got}, not a link format this version reads ("d" or "j"); it may come from a newer version`;
    case 'base64':
      return 'the share link is damaged: it has characters or a length a routine link cannot have (was it cut short or changed?)';
    case 'corrupt':
      return 'the share link is damaged or cut short: its packed routine cannot be unpacked';
    case 'unsupported':
      return 'the share link is packed, and this browser cannot unpack it; open it in a current browser';
    case 'too-long':
      return `the share link is longer than ${problem.max} characters`;
    case 'too-large':
      return `the share link unpacks to more than ${problem.max} bytes`;
    case 'not-json':
      return `the share link does not hold a routine as JSON (${problem.detail})`;
  }
}

/** A `ValidationError` for a problem at a path, with its English message. */
export function problemAt(path: string, problem: Problem): ValidationError {
  return { path, message: describeProblem(problem), problem };
}
