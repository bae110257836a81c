/**
 * Cross-validation folds by buyer: every buyer with outcomes lands in exactly one fold, so a
 * buyer is never scored with weights fitted on its own outcomes. The assignment depends only
 * on the set of buyer ids and the seed (not on their order or on the outcomes themselves).
 */

/** mulberry32: a small, well-distributed 32-bit PRNG; deterministic for a seed on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Buyer id → fold (0 … folds − 1): ids sorted, shuffled with the seed, dealt in turn, so fold
 * sizes differ by at most one.
 */
export function assignFolds(buyerIds: Iterable<string>, folds: number, seed: number): Map<string, number> {
  const ids = [...new Set(buyerIds)].sort();
  const random = mulberry32(seed);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  return new Map(ids.map((id, i) => [id, i % folds]));
}
