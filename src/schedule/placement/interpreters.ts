/** Which pairs need an interpreter, and who can sit in. */
import type { Indexed } from '../validate.js';

/**
 * The interpreters who can sit in a meeting of `buyer` and `supplier` (one language of each
 * side), or null when none is needed: the two share a language, or one gave no languages.
 */
export function interpretersFor(idx: Indexed, buyer: number, supplier: number): number[] | null {
  const a = idx.languages[buyer];
  const b = idx.languages[supplier];
  if (!a || !b || a.length === 0 || b.length === 0 || a.some((x) => b.includes(x))) return null;
  const out: number[] = [];
  idx.interpreters.forEach((x, k) => {
    if (a.some((l) => x.languages.has(l)) && b.some((l) => x.languages.has(l))) out.push(k);
  });
  return out;
}

/** Can any interpreter for the pair sit in a slot both are free in? */
export function interpreterReachable(idx: Indexed, buyer: number, supplier: number, needs: readonly number[]): boolean {
  for (let s = 0; s < idx.slotCount; s++) {
    if (idx.free[buyer]![s] !== 1 || idx.free[supplier]![s] !== 1) continue;
    if (needs.some((k) => idx.interpreters[k]!.free[s] === 1)) return true;
  }
  return false;
}
