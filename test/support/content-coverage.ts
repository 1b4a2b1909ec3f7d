// Checks that a content translation covers all the built-in content, and that elements shown in
// another language contain no English sentence. Shared by the Spanish and German content tests.
import type { ContentTranslation } from '../../src/core/content-translation.js';
import { concerns } from '../../src/content/concerns.js';
import { exercises } from '../../src/content/exercises.js';
import { presets } from '../../src/content/presets.js';
import { regionLabels } from '../../src/content/regions.js';
import { beforeYouStart, redFlags, safetyNote, stopSigns } from '../../src/content/safety.js';

/**
 * Every place where `translation` leaves English showing: a missing or blank text, a list of another
 * length, or a text equal to the English one (unless it is on `sameInBothLanguages`, e.g. "TFL").
 * Empty when the translation is complete.
 */
export function contentGaps(translation: ContentTranslation, sameInBothLanguages: readonly string[] = []): string[] {
  const gaps: string[] = [];
  const text = (path: string, local: string | undefined, english: string): void => {
    if (typeof local !== 'string' || local.trim() === '') gaps.push(`${path}: missing`);
    else if (local.trim() === english.trim() && !sameInBothLanguages.includes(english)) gaps.push(`${path}: same as English`);
  };
  const list = (path: string, local: readonly string[] | undefined, english: readonly string[]): void => {
    if (!Array.isArray(local) || local.length !== english.length) {
      gaps.push(`${path}: expected ${english.length} items, got ${Array.isArray(local) ? local.length : 'none'}`);
      return;
    }
    english.forEach((item, i) => text(`${path}[${i}]`, local[i], item));
  };
  for (const exercise of exercises) {
    const local = translation.exercises?.[exercise.id];
    const path = `exercises.${exercise.id}`;
    text(`${path}.name`, local?.name, exercise.name);
    text(`${path}.setup`, local?.setup, exercise.setup);
    list(`${path}.steps`, local?.steps, exercise.steps);
    list(`${path}.cues`, local?.cues, exercise.cues);
    list(`${path}.avoid`, local?.avoid, exercise.avoid);
    list(`${path}.cautions`, local?.cautions, exercise.cautions);
    text(`${path}.why`, local?.why, exercise.why);
    if (exercise.note) text(`${path}.note`, local?.note, exercise.note);
    text(`${path}.pressure.lighter`, local?.pressure?.lighter, exercise.pressure.lighter);
    text(`${path}.pressure.deeper`, local?.pressure?.deeper, exercise.pressure.deeper);
    list(
      `${path}.muscles`,
      local?.muscles,
      exercise.muscles.map((muscle) => muscle.plain),
    );
    if (exercise.offFloor) list(`${path}.offFloor`, local?.offFloor, exercise.offFloor.steps);
  }
  for (const preset of presets) {
    text(`presets.${preset.id}.title`, translation.presets?.[preset.id]?.title, preset.title);
    if (preset.description) text(`presets.${preset.id}.description`, translation.presets?.[preset.id]?.description, preset.description);
  }
  for (const [id, label] of Object.entries(regionLabels)) text(`regions.${id}`, translation.regions?.[id], label);
  for (const concern of concerns) {
    const local = translation.concerns?.[concern.id];
    text(`concerns.${concern.id}.label`, local?.label, concern.label);
    if (concern.note) text(`concerns.${concern.id}.note`, local?.note, concern.note);
    for (const entry of concern.exercises)
      text(`concerns.${concern.id}.reasons.${entry.exercise}`, local?.reasons?.[entry.exercise], entry.why);
  }
  const safety = translation.safety;
  text('safety.note', safety?.note, safetyNote);
  for (const item of beforeYouStart) text(`safety.beforeYouStart.${item.id}`, safety?.beforeYouStart?.[item.id], item.text);
  list('safety.stopSigns', safety?.stopSigns, stopSigns);
  for (const flag of redFlags) {
    text(`safety.redFlags.${flag.id}.text`, safety?.redFlags?.[flag.id]?.text, flag.text);
    text(`safety.redFlags.${flag.id}.advice`, safety?.redFlags?.[flag.id]?.advice, flag.advice);
  }
  return gaps;
}

/** Common English words that are not words in Spanish or German: two of them make an English phrase. */
const ENGLISH_WORDS = new Set(
  'the and your you with of to on for it is are this that from into over when then slowly roll hold keep back side left right step steps minutes seconds'.split(
    ' ',
  ),
);

/**
 * The English phrases in the text an element and the elements inside it show (their shadow roots,
 * visible text only): runs of text with at least two common English words. Empty when none.
 */
export function englishPhrasesIn(root: Element): string[] {
  const texts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      if (parent && !parent.closest('style, script, code')) texts.push(node.textContent ?? '');
      return;
    }
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return texts
    .flatMap((text) => text.split(/(?<=[.!?:;])\s+|\n/))
    .map((phrase) => phrase.trim())
    .filter((phrase) => (phrase.toLowerCase().match(/[a-z]+/g) ?? []).filter((word) => ENGLISH_WORDS.has(word)).length >= 2);
}
