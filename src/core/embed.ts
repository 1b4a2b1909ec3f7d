/**
 * Embed snippets for a routine: the HTML a site owner pastes into a page. Pure string work, no
 * DOM: every value is escaped so any text (quotes, `<script>`, `</script>`, ampersands) arrives in
 * the page as the same text, never as markup.
 */
import type { RoutineInput, RoutineStepInput } from './types.js';

/** `steps`: `<smr-step>` children, readable and editable by hand; `json`: inline JSON, keeps every field. */
export type EmbedFormat = 'steps' | 'json';

export interface EmbedOptions {
  format: EmbedFormat;
  /** URL of the module script tag put before the element; empty leaves the tag out. */
  scriptSrc: string;
}

/** Escapes text for element content. Carriage returns become a reference so the parser cannot fold them. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Escapes text for a double-quoted attribute: as content, plus the quote. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/**
 * JSON that is safe inside `<script type="application/json">`: every `<` is written as `\u003c`,
 * so neither `</script>` nor `<!--` can end or change the script element. `JSON.parse` reads it back
 * unchanged.
 */
export function scriptSafeJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(/</g, '\\u003c');
}

// The HTML parser drops NUL from text.
const HAS_NUL = /\0/;

/**
 * Whether `<smr-step>` children can carry this routine exactly. They cannot carry step cautions or
 * a NUL character; the JSON format carries everything.
 */
export function fitsStepMarkup(routine: RoutineInput): boolean {
  if ([routine.title, routine.description ?? ''].some((text) => HAS_NUL.test(text))) return false;
  return routine.steps.every(
    (step) =>
      step.cautions === undefined &&
      !HAS_NUL.test(step.name ?? '') &&
      !HAS_NUL.test(step.exercise ?? '') &&
      !HAS_NUL.test(step.media ? `${step.media.src}${step.media.alt}` : '') &&
      (step.instructions ?? []).every((line) => !HAS_NUL.test(line)),
  );
}

function attributes(pairs: [string, string | number | undefined][]): string {
  return pairs
    .filter((pair): pair is [string, string | number] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');
}

function stepMarkup(step: RoutineStepInput): string {
  const open = `  <smr-step${attributes([
    ['exercise', step.exercise],
    ['name', step.name],
    ['duration', step.duration],
    ['sides', step.sides],
    ['tool', step.tool],
    ['media-src', step.media?.src],
    ['media-type', step.media?.type],
    ['media-alt', step.media?.alt],
  ])}>`;
  const lines = step.instructions ?? [];
  if (lines.length === 0) return `${open}</smr-step>`;
  // One <p> per instruction: it survives HTML formatters and editors that rewrap text.
  return `${open}\n${lines.map((line) => `    <p>${escapeText(line)}</p>`).join('\n')}\n  </smr-step>`;
}

/**
 * The embed snippet for a routine: an optional module script tag, then `<smr-routine>` with either
 * `<smr-step>` children (title, description, rest and switch pause as attributes) or the routine as
 * inline JSON. `steps` falls back to `json` when the routine does not fit step markup
 * (see `fitsStepMarkup`), so the snippet always plays exactly this routine.
 */
export function embedSnippet(routine: RoutineInput, options: EmbedOptions): string {
  const script = options.scriptSrc ? `<script type="module" src="${escapeAttribute(options.scriptSrc)}"></script>\n` : '';
  if (options.format === 'json' || !fitsStepMarkup(routine)) {
    const json = scriptSafeJson(routine)
      .split('\n')
      .map((line) => `    ${line}`)
      .join('\n');
    return `${script}<smr-routine>\n  <script type="application/json">\n${json}\n  </script>\n</smr-routine>`;
  }
  const open = `<smr-routine${attributes([
    ['title', routine.title],
    ['description', routine.description],
    ['rest', routine.rest],
    ['switch-duration', routine.switchDuration],
  ])}>`;
  return `${script}${open}\n${routine.steps.map(stepMarkup).join('\n')}\n</smr-routine>`;
}
