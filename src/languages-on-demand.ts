/**
 * Loads the words of every language a page uses (UI strings and content) on demand, shared by the
 * CDN entries (`smr-elements.js` and `smr-autoloader.js`): English is built in, Spanish and German
 * come from their own chunks the first time a `lang` on the page asks for them.
 */
import { primaryLanguage, registerTranslation } from './controllers/translation-registry.js';
import type { ContentTranslation } from './core/content-translation.js';
import type { Translation } from './translations/translation.js';

/** A language's UI strings and its content (exercises, presets, safety copy), loaded together. */
type Language = { ui: Translation; content: ContentTranslation };

const LANGUAGES: Record<string, () => Promise<Language>> = {
  es: () => import('./translations/es.js').then((module) => ({ ui: module.es, content: module.esContent })),
  de: () => import('./translations/de.js').then((module) => ({ ui: module.de, content: module.deContent })),
};
/** Content translations are checked against the catalog: that code loads with a language, never before. */
const contentRegistry = () => import('./controllers/content-translations.js');
const requested = new Set<string>();

/** Loads the translations for every `lang` on the page (the browser's language when the page has none). */
function loadLanguagesInUse(): void {
  const tags = [
    document.documentElement.lang || navigator.language,
    ...[...document.querySelectorAll('[lang]')].map((element) => element.getAttribute('lang')),
  ];
  for (const tag of tags) {
    const language = primaryLanguage(tag);
    const load = LANGUAGES[language];
    if (!load || requested.has(language)) continue;
    requested.add(language);
    Promise.all([load(), contentRegistry()])
      .then(([{ ui, content }, { registerContentTranslation }]) => {
        registerTranslation(ui);
        registerContentTranslation(content);
      })
      .catch((error: unknown) => console.warn(`smr-elements: could not load the "${language}" words; English is shown.`, error));
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
