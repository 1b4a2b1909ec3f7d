/**
 * Reads untrusted input field by field and gathers what is wrong with it, capped so a flood of
 * errors stays readable. Shared by the routine, exercise and content-translation validators.
 */
import { describeValue } from './describe.js';
import { parseDuration } from './duration.js';
import { LIMITS } from './limits.js';
import { problemAt, type Problem } from './problems.js';
import { foldSpace } from './text.js';
import { TOOLS, type Sides, type Tool, type ValidationError } from './types.js';
import type { PlainRecord } from './records.js';

/** Gathers errors while reading untrusted input field by field. Shared by the routine and exercise validators. */
export class Collector {
  readonly errors: ValidationError[] = [];
  add(path: string, problem: Problem): void {
    // A flood of errors helps nobody; the first 50 show the pattern.
    if (this.errors.length < 50) this.errors.push(problemAt(path, problem));
  }

  unknownKeys(record: PlainRecord, allowed: readonly string[], path: string): void {
    for (const key of Object.keys(record).slice(0, 100)) {
      if (!allowed.includes(key)) {
        this.add(path ? `${path}.${key}` : key, { code: 'unknown-field', expected: allowed });
      }
    }
  }

  text(value: unknown, path: string, max: number, required: boolean): string | undefined {
    if (value === undefined) {
      if (required) this.add(path, { code: 'required' });
      return undefined;
    }
    if (typeof value !== 'string') {
      this.add(path, { code: 'wrong-type', expected: 'text', got: describeValue(value) });
      return undefined;
    }
    const trimmed = value.trim();
    if (required && trimmed === '') {
      this.add(path, { code: 'empty' });
      return undefined;
    }
    if (trimmed.length > max) {
      this.add(path, { code: 'too-long', max, count: trimmed.length });
      return undefined;
    }
    return trimmed;
  }

  textList(value: unknown, path: string): string[] | undefined {
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) {
      this.add(path, { code: 'wrong-type', expected: 'text-list', got: describeValue(value) });
      return undefined;
    }
    if (value.length > LIMITS.listItems) {
      this.add(path, { code: 'too-many', max: LIMITS.listItems, count: value.length });
      return undefined;
    }
    const items: string[] = [];
    value.forEach((item, i) => {
      const text = this.text(item, `${path}[${i}]`, LIMITS.text, true);
      if (text !== undefined) items.push(foldSpace(text));
    });
    return items;
  }

  seconds(value: unknown, path: string, range: { min: number; max: number }): number | undefined {
    if (value === undefined) return undefined;
    const parsed = typeof value === 'number' || typeof value === 'string' ? parseDuration(value) : undefined;
    const zeroAllowed = range.min === 0 && (value === 0 || (typeof value === 'string' && /^\s*0+\s*$/.test(value)));
    if (zeroAllowed) return 0;
    if (!parsed || !parsed.ok || parsed.seconds < range.min || parsed.seconds > range.max) {
      this.add(path, { code: 'range', unit: 'seconds', min: range.min, max: range.max, got: describeValue(value) });
      return undefined;
    }
    return Math.round(parsed.seconds * 1000) / 1000;
  }

  sides(value: unknown, path: string): Sides | undefined {
    if (value === undefined) return undefined;
    if (value === 'both' || value === 'none') return value;
    this.add(path, { code: 'one-of', allowed: ['both', 'none'], got: describeValue(value) });
    return undefined;
  }

  tool(value: unknown, path: string): Tool | undefined {
    if (value === undefined) return undefined;
    if ((TOOLS as readonly unknown[]).includes(value)) return value as Tool;
    this.add(path, { code: 'one-of', allowed: TOOLS, got: describeValue(value) });
    return undefined;
  }
}
