/**
 * How a bad value is named in a problem ("expected …, got …"): quoted text (cut at 40
 * characters), a number, `null`, or its kind (`an array`, `an object`, `nothing`, `boolean`).
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return typeof value === 'undefined' ? 'nothing' : typeof value;
}
