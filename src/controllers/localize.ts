import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { ContentTranslation } from '../core/content-translation.js';
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

/** Elements on the page that show localized text, re-rendered when their language may have changed. */
const connectedHosts = new Set<ReactiveControllerHost>();
let langObserver: MutationObserver | undefined;

function refreshConnectedHosts(): void {
  for (const host of connectedHosts) host.requestUpdate();
}

/**
 * Adds (or replaces) a complete UI translation; elements pick it by their language. Elements
 * already on the page re-render, so a translation loaded late (lazily, or after the elements)
 * still applies.
 */
export function registerTranslation(translation: Translation): void {
  registry.set(translation.lang.toLowerCase(), translation);
  refreshConnectedHosts();
}

const contentRegistry = new Map<string, ContentTranslation>();

/**
 * Stores a validated content translation (see `registerContentTranslation`, which validates) and
 * re-renders the elements on the page.
 */
export function storeContentTranslation(translation: ContentTranslation): void {
  contentRegistry.set(translation.lang.toLowerCase(), translation);
  refreshConnectedHosts();
}

/** The content translation for a BCP 47 tag (exact, then the language alone), or `undefined`: English content. */
export function contentTranslationFor(lang: string | null | undefined): ContentTranslation | undefined {
  return contentRegistry.get((lang ?? '').toLowerCase()) ?? contentRegistry.get(primaryLanguage(lang));
}

/** The language subtag of a BCP 47 tag, lower case: `de-AT` → `de`. */
export function primaryLanguage(tag: string | null | undefined): string {
  return (tag ?? '').toLowerCase().split('-')[0] ?? '';
}

/** Best registered translation for a BCP 47 tag: exact, then the language alone, then English. */
export function translationFor(lang: string | null | undefined): Translation {
  return registry.get((lang ?? '').toLowerCase()) ?? registry.get(primaryLanguage(lang)) ?? english;
}

/**
 * Gives an element its UI strings in the language of the element, its nearest ancestor with
 * `lang`, or the document.
 */
export class LocalizeController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    connectedHosts.add(this.host);
    // One observer for the page: a `lang` set or changed anywhere re-renders the elements.
    if (!langObserver) {
      langObserver = new MutationObserver(refreshConnectedHosts);
      langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    connectedHosts.delete(this.host);
  }

  /**
   * The language in force: the element's `lang`, its nearest ancestor's (across shadow roots, so
   * a timer inside a routine follows the routine's page), the document's, or the browser's.
   */
  get lang(): string {
    // Server rendering has no document to walk: the element's own lang, or English.
    if (isServer) return this.host.getAttribute('lang') || 'en';
    let node: Element | null = this.host;
    while (node) {
      const source = node.closest('[lang]')?.getAttribute('lang');
      if (source) return source;
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
    return document.documentElement.lang || navigator.language || 'en';
  }

  get t(): Translation {
    return translationFor(this.lang);
  }

  /** The content translation for the element's language, if a site registered one; otherwise content shows in English. */
  get content(): ContentTranslation | undefined {
    return contentTranslationFor(this.lang);
  }

  /**
   * The language to speak cues in: the page's tag when its strings are shown (`de-AT` picks an
   * Austrian voice for German text), otherwise the language of the strings actually shown, so
   * English text is never read by a German voice.
   */
  get speechLang(): string {
    const lang = this.lang;
    const shown = translationFor(lang).lang;
    return primaryLanguage(lang) === primaryLanguage(shown) ? lang : shown;
  }
}
