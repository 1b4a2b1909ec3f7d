import { expect } from '@open-wc/testing';
import { de } from '../../src/translations/de.js';
import { deContent } from '../../src/translations/de-content.js';
import { checkContentLanguage } from '../support/content-coverage.js';

/**
 * English texts that are legitimately the same in German. Empty: every English text of the built-in
 * content has a German wording; proper names and abbreviations ("TFL", "QL") only appear inside a
 * longer text, never as a whole text of their own.
 */
const SAME: readonly string[] = [];

describe('German content (de-content)', () => {
  checkContentLanguage({ name: 'German', ui: de, content: deContent, sameInBothLanguages: SAME });

  it('says „Massagerolle“, never „Faszienrolle“', () => {
    expect(de.exercise.tools['foam-roller']).to.equal('Massagerolle');
    expect(JSON.stringify(deContent)).not.to.match(/faszienrolle/i);
  });
});
