/**
 * The one registry of words for the page: the English UI strings each element brings, the UI
 * translations and the content translations a site registers. Elements read from it through
 * `LocalizeController`; when it changes, the elements on the page re-render, so a translation
 * loaded late (lazily, or after the elements) still applies. The string tables and the content
 * are data; registering them happens here, above them.
 */
import type { ReactiveControllerHost } from 'lit';
import type { ContentTranslation } from '../core/content-translation.js';
import type { Translation } from '../translations/translation.js';

/**
 * English strings, filled section by section as element modules register theirs, so a page
 * that loads only the timer carries only the timer's words.
 */
const english = { lang: 'en' } as Translation;
const translations = new Map<string, Translation>();
const contentTranslations = new Map<string, ContentTranslation>();

/** Elements on the page that show localized text, re-rendered when their language may have changed. */
const connectedHosts = new Set<ReactiveControllerHost>();

/** Re-renders every element showing words: a registration, or a `lang` changed on the page. */
export function refreshConnectedHosts(): void {
  for (const host of connectedHosts) host.requestUpdate();
}

/** An element that shows words joins (or leaves) the ones re-rendered on a change. */
export function watchWords(host: ReactiveControllerHost, watching: boolean): void {
  if (watching) connectedHosts.add(host);
  else connectedHosts.delete(host);
}

/** Adds English sections (`translations/en/*`); each element module registers the ones it shows. */
export function registerEnglish(...sections: Partial<Translation>[]): void {
  for (const section of sections) Object.assign(english, section);
  completed = new WeakMap();
}

/**
 * Adds (or replaces) a complete UI translation; elements pick it by their language. Elements
 * already on the page re-render, so a translation loaded late still applies.
 */
export function registerTranslation(translation: Translation): void {
  translations.set(translation.lang.toLowerCase(), translation);
  refreshConnectedHosts();
}

/**
 * Keeps a validated content translation (`registerContentTranslation` validates it first) and
 * re-renders the elements on the page.
 */
export function storeContentTranslation(translation: ContentTranslation): void {
  contentTranslations.set(translation.lang.toLowerCase(), translation);
  refreshConnectedHosts();
}

/** The language subtag of a BCP 47 tag, lower case: `de-AT` → `de`. */
export function primaryLanguage(tag: string | null | undefined): string {
  return (tag ?? '').toLowerCase().split('-')[0] ?? '';
}

/** Best registered translation for a BCP 47 tag: exact, then the language alone, then English. */
export function translationFor(lang: string | null | undefined): Translation {
  const translation = translations.get((lang ?? '').toLowerCase()) ?? translations.get(primaryLanguage(lang));
  return translation ? completedWithEnglish(translation) : english;
}

/** Translations with what they leave out (strings added after they were written) filled in from English. */
let completed = new WeakMap<Translation, Translation>();

/**
 * A registered translation, with every string it does not have taken from English, two levels
 * deep (`t.exercise.positions.floor`): a site's own translation written for an earlier version
 * shows the newer strings in English instead of breaking the element.
 */
function completedWithEnglish(translation: Translation): Translation {
  let complete = completed.get(translation);
  if (!complete) completed.set(translation, (complete = filledIn(english, translation)));
  return complete;
}

/** `over` with what it lacks of `base` filled in, two levels deep; `over` itself when it lacks nothing. */
function filledIn<T extends object>(base: T, over: T, depth = 0): T {
  let merged: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(base) as [string, unknown][]) {
    const mine: unknown = (over as Record<string, unknown>)[key];
    const filled: unknown =
      mine === undefined ? value : depth < 2 && isPlainObject(value) && isPlainObject(mine) ? filledIn(value, mine, depth + 1) : mine;
    if (filled !== mine) (merged ??= { ...(over as Record<string, unknown>) })[key] = filled;
  }
  return (merged ?? over) as T;
}

/** A section of strings (not a list, not a function): filled in key by key. */
const isPlainObject = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The content translation for a BCP 47 tag (exact, then the language alone), or `undefined`: English content. */
export function contentTranslationFor(lang: string | null | undefined): ContentTranslation | undefined {
  return contentTranslations.get((lang ?? '').toLowerCase()) ?? contentTranslations.get(primaryLanguage(lang));
}
