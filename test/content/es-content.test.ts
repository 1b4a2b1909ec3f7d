import { es } from '../../src/translations/es.js';
import { esContent } from '../../src/translations/es-content.js';
import { checkContentLanguage } from '../support/content-coverage.js';

/**
 * English texts that are legitimately the same in Spanish. Empty: every English text of the built-in
 * content has a Spanish wording (abbreviations such as "TFL" only ever appear inside a longer text).
 */
const SAME: readonly string[] = [];

describe('Spanish content (es-content)', () => {
  checkContentLanguage({ name: 'Spanish', ui: es, content: esContent, sameInBothLanguages: SAME });
});
