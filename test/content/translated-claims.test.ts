// The Spanish and German content claim no more than the English does (see the English scan in
// catalog.test.ts): no "breaking up adhesions", "releasing fascia", "flushing toxins", "fixing" or
// "curing", and no German "Faszienrolle", whose name implies a fascia mechanism we do not claim.
import { expect } from '@open-wc/testing';
import { deContent } from '../../src/translations/de-content.js';
import { esContent } from '../../src/translations/es-content.js';

function allText(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allText);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allText);
  return [];
}

const BANNED: Record<'es' | 'de', RegExp[]> = {
  es: [
    /\badherencias?\b/i,
    /\b(romp|rompe|rompen|romper|deshace|deshacer)\b.{0,20}\b(nudos|fascia|tejido cicatricial)\b/i,
    /\b(libera|liberar|liberan)\b.{0,12}\b(la )?fascia\b/i,
    /\btoxinas\b|\bácido láctico\b/i,
    /\b(cura|curan|curar|arregla|arreglar|corrige|corregir)\b/i,
    /\bsin dolor no hay\b/i,
  ],
  de: [
    /\bVerklebung(en)?\b/i,
    /\bFaszienrolle\b/i,
    /\b(löst|lösen)\b.{0,20}\b(Faszien|Verklebungen|Knoten)\b/i,
    /\b(Giftstoffe|Schlacken|Milchsäure)\b/i,
    /\b(heilt|heilen|behebt|beheben|repariert)\b/i,
    /\bohne Schmerz\b/i,
  ],
};

describe('content translations claim what the English claims, and no more', () => {
  for (const [lang, content] of [
    ['es', esContent],
    ['de', deContent],
  ] as const) {
    it(`${lang}: no banned claim in any text`, () => {
      const texts = allText(content);
      expect(texts.length, 'the translation has text').to.be.greaterThan(300);
      for (const text of texts) {
        for (const pattern of BANNED[lang]) expect(pattern.test(text), `"${text}" matches ${pattern}`).to.equal(false);
      }
    });
  }

  it('the scan itself catches a banned claim in each language', () => {
    expect(BANNED.es.some((pattern) => pattern.test('El rodillo rompe las adherencias.'))).to.equal(true);
    expect(BANNED.de.some((pattern) => pattern.test('Die Faszienrolle löst Verklebungen.'))).to.equal(true);
  });
});
