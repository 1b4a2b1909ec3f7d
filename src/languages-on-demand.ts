/**
 * Loads the words of every language a page uses (UI strings and content) on demand, shared by the
 * CDN entries (`smr-elements.js` and `smr-autoloader.js`): English is built in, Spanish and German
 * come from their own chunks the first time a `lang` on the page asks for them: the UI strings at
 * once, the content once an element that shows content is defined.
 */
import { primaryLanguage, registerTranslation } from './controllers/translation-registry.js';
import { CONTENT_TAGS } from './element-tags.js';
import type { ContentTranslation } from './core/content-translation.js';
import type { Translation } from './translations/translation.js';

/**
 * A language's UI strings and its content (exercises, presets, safety copy, pictures), each its
 * own file: a page with only a timer never downloads the content.
 */
type Language = { ui: () => Promise<Translation>; content: () => Promise<ContentTranslation> };

const LANGUAGES: Record<string, Language> = {
  es: {
    ui: () => import('./translations/es-ui.js').then((module) => module.es),
    content: () => import('./translations/es-content.js').then((module) => module.esContent),
  },
  de: {
    ui: () => import('./translations/de-ui.js').then((module) => module.de),
    content: () => import('./translations/de-content.js').then((module) => module.deContent),
  },
};
/**
 * Content translations are checked against the catalog, so that code (and the catalog) loads once an
 * element that shows content is defined: a Spanish page with a timer alone never loads it.
 */
const contentRegistry = () =>
  Promise.race(CONTENT_TAGS.map((tag) => customElements.whenDefined(tag))).then(() => import('./controllers/content-translations.js'));
const requested = new Set<string>();

/** Loads the translations for every `lang` on the page (the browser's language when the page has none). */
function loadLanguagesInUse(): void {
  const tags = [
    document.documentElement.lang || navigator.language,
    ...[...document.querySelectorAll('[lang]')].map((element) => element.getAttribute('lang')),
  ];
  for (const tag of tags) {
    const language = primaryLanguage(tag);
    const words = LANGUAGES[language];
    if (!words || requested.has(language)) continue;
    requested.add(language);
    const failed = (error: unknown): void => console.warn(`smr-elements: could not load the "${language}" words; English is shown.`, error);
    words.ui().then(registerTranslation).catch(failed);
    // Only once an element that shows content is defined (never on a page with just a timer).
    contentRegistry()
      .then(async ({ registerContentTranslation }) => registerContentTranslation(await words.content()))
      .catch(failed);
  }
}

/** Loads the languages in use now, once the document is parsed, and whenever a `lang` changes. */
export function loadLanguagesOnDemand(): void {
  loadLanguagesInUse();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', loadLanguagesInUse, { once: true });
  new MutationObserver(loadLanguagesInUse).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}
