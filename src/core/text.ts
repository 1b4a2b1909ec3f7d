/**
 * Folds runs of HTML whitespace into one space, as a browser shows text. List items (instructions,
 * cautions) are stored folded, so a line break a formatter or CMS adds inside one changes nothing.
 */
export function foldSpace(text: string): string {
  return text.replace(/[ \t\n\f\r]+/g, ' ');
}
