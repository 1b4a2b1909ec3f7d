import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { ContentTranslation } from '../core/content-translation.js';
import type { Translation } from '../translations/translation.js';
import { contentTranslationFor, primaryLanguage, refreshConnectedHosts, translationFor, watchWords } from './translation-registry.js';

let langObserver: MutationObserver | undefined;

/**
 * Gives an element its UI strings in the language of the element, its nearest ancestor with
 * `lang`, or the document.
 */
export class LocalizeController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    watchWords(this.host, true);
    // One observer for the page: a `lang` set or changed anywhere re-renders the elements.
    if (!langObserver) {
      langObserver = new MutationObserver(refreshConnectedHosts);
      langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    watchWords(this.host, false);
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
