/** Small pure normalisers shared by the schemas and the scoring code. */

/** `" 8504.40 "` → `"850440"`: spreadsheets often write HS codes with dots or spaces. */
export function normaliseCode(code: string): string {
  return code.replace(/[\s.]/g, '');
}

/**
 * Canonical certificate name, so `"ISO 9001:2015"`, `"iso-9001"` and `"ISO9001"` compare equal:
 * upper case, edition year dropped, everything but letters and digits removed.
 */
export function normaliseCertificate(name: string): string {
  return name
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[:/]\s*(19|20)\d\d\s*$/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Keywords compare case-insensitively, with full-width forms folded (NFKC). */
export function normaliseKeyword(keyword: string): string {
  return keyword.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Keeps the first occurrence of each value, in order. */
export function dedupe<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
