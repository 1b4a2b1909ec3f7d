import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Translation } from '../translations/en.js';

/**
 * English strings, filled section by section as element modules import them
 * (`translations/en/*.ts`), so a page that loads only the timer carries only the timer's words.
 */
const english = { lang: 'en' } as Translation;
const registry = new Map<string, Translation>();

/** Adds English sections; called by the `translations/en/*` modules. */
export function registerEnglish(sections: Partial<Translation>): void {
  Object.assign(english, sections);
}

/** Adds (or replaces) a complete UI translation; elements pick it by their language. */
export function registerTranslation(translation: Translation): void {
  registry.set(translation.lang.toLowerCase(), translation);
}

/** Best registered translation for a BCP 47 tag: exact, then the language alone, then English. */
export function translationFor(lang: string | null | undefined): Translation {
  const tag = (lang ?? '').toLowerCase();
  return registry.get(tag) ?? registry.get(tag.split('-')[0] ?? '') ?? english;
}

/**
 * Gives an element its UI strings in the language of the element, its nearest ancestor with
 * `lang`, or the document.
 */
export class LocalizeController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The language in force: the element's `lang`, its nearest ancestor's, or the document's. */
  get lang(): string {
    const source = this.host.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
    return source || navigator.language || 'en';
  }

  get t(): Translation {
    return translationFor(this.lang);
  }
}
