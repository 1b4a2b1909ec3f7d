/**
 * Entry of the CDN bundle (`dist/cdn/smr-elements.js`): defines every element on import and
 * re-exports the public API, so one `<script type="module">` is all a page needs. Languages other
 * than English (UI strings and content) load from files next to it (`dist/cdn/lang/*.js`) when the
 * page uses them.
 */
import './define.js';
import { registerContentTranslation } from './controllers/content-translations.js';
import { primaryLanguage, registerTranslation } from './controllers/translation-registry.js';
import type { ContentTranslation } from './core/content-translation.js';
import type { Translation } from './translations/translation.js';

/** A language's UI strings and its content (exercises, presets, safety copy), loaded together. */
type Language = { ui: Translation; content: ContentTranslation };

const LANGUAGES: Record<string, () => Promise<Language>> = {
  es: () => import('./translations/es.js').then((module) => ({ ui: module.es, content: module.esContent })),
  de: () => import('./translations/de.js').then((module) => ({ ui: module.de, content: module.deContent })),
};
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
    load()
      .then(({ ui, content }) => {
        registerTranslation(ui);
        registerContentTranslation(content);
      })
      .catch((error: unknown) => console.warn(`smr-elements: could not load the "${language}" words; English is shown.`, error));
  }
}

loadLanguagesInUse();
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', loadLanguagesInUse, { once: true });
new MutationObserver(loadLanguagesInUse).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });

export * from './index.js';
