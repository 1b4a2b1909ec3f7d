/**
 * Locale-aware formatting through `Intl`, for the language an element is shown in. Formatters
 * are cached per language; a malformed tag (from any `lang` attribute) falls back to English
 * instead of throwing.
 */

type Formatter = Intl.NumberFormat | Intl.ListFormat | Intl.DateTimeFormat;
const cache = new Map<string, Formatter>();

/** One formatter per `key` and language, made once (English when the engine refuses the language). */
export function cached<T extends Formatter>(key: string, make: (lang: string) => T, lang: string): T {
  const id = `${key}|${lang}`;
  let formatter = cache.get(id) as T | undefined;
  if (!formatter) {
    try {
      formatter = make(lang);
    } catch {
      formatter = make('en');
    }
    cache.set(id, formatter);
  }
  return formatter;
}

/** "roller or ball", "Rolle oder Ball": the items joined as the language joins alternatives (or all of them). */
export function formatList(items: readonly string[], lang: string, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return cached(`list-${type}`, (tag) => new Intl.ListFormat(tag, { type, style: 'long' }), lang).format(items);
}

const unit = (name: 'second' | 'minute', lang: string): Intl.NumberFormat =>
  cached(name, (tag) => new Intl.NumberFormat(tag, { style: 'unit', unit: name, unitDisplay: 'short' }), lang);

/** A hold length for people: "90 sec", "2 min", "1 min, 30 sec" (English); "90 s", "2 min" (German). */
export function formatSeconds(seconds: number, lang: string): string {
  if (seconds < 60 || seconds % 30 !== 0) return unit('second', lang).format(seconds);
  const minutes = unit('minute', lang).format(Math.floor(seconds / 60));
  const rest = seconds % 60;
  return rest
    ? cached('list-unit', (tag) => new Intl.ListFormat(tag, { type: 'unit', style: 'narrow' }), lang).format([
        minutes,
        unit('second', lang).format(rest),
      ])
    : minutes;
}
