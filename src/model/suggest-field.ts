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
