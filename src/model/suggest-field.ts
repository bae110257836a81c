import type { ValidationIssue } from './validation-error.js';
import { issue } from './validation-error.js';

/**
 * Finds the known field a misspelt key most likely meant ("requiredCertification" →
 * "requiredCertifications"), so a typo is an error instead of a silently ignored constraint.
 * Unrelated extra columns (e.g. "email", "booth") are not reported.
 */
export function suggestField(key: string, fields: readonly string[]): string | undefined {
  const k = key.toLowerCase();
  let best: { field: string; distance: number } | undefined;
  for (const field of fields) {
    const d = editDistance(k, field.toLowerCase());
    if (!best || d < best.distance) best = { field, distance: d };
  }
  if (!best) return undefined;
  const allowed = best.field.length <= 4 ? 0 : best.field.length <= 8 ? 1 : 2;
  return best.distance <= allowed ? best.field : undefined;
}

/** Levenshtein distance; keys are short, so the O(n·m) table is fine. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The message for a key that is not one of `fields` where every key must be known (nested
 * objects, options, CSV columns): "did you mean" when one is close, else the known keys.
 */
export function unknownKeyMessage(key: string, fields: readonly string[], what = 'key'): string {
  const near = suggestField(key, fields);
  return near
    ? `unknown ${what} "${key}": did you mean "${near}"?`
    : `unknown ${what} "${key}" (expected ${fields.join(', ')})`;
}

/** One issue per key of `record` that is not in `known` (`{ limt: 5 }` → did you mean "limit"?). */
export function unknownKeyIssues(
  record: object,
  known: readonly string[],
  path: (string | number)[],
  what = 'option',
): ValidationIssue[] {
  return Object.keys(record)
    .filter((key) => !known.includes(key))
    .map((key) => {
      const suggestion = suggestField(key, known);
      return issue([...path, key], 'unknown-key', { key, what, known, ...(suggestion ? { suggestion } : {}) });
    });
}
