/**
 * Exact reference top-k, deliberately simple and independent of the kernels under test:
 * one buyer at a time, every dot product accumulated in float64, a sorted list of the best k
 * (ties to the lower supplier row).
 */
import type { PeerData } from './method.js';

export interface Reference {
  /** Buyers covered: rows 0 .. buyers - 1. */
  buyers: number;
  k: number;
  /** Supplier rows, best first, `ids[b * k + r]`. */
  ids: Int32Array;
  scores: Float64Array;
}

export function exactReference(data: PeerData, buyers: number, k: number): Reference {
  const { n, dim, suppliers, buyers: queries } = data;
  const ids = new Int32Array(buyers * k).fill(-1);
  const scores = new Float64Array(buyers * k).fill(-Infinity);
  for (let b = 0; b < buyers; b++) {
    const base = b * k;
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let d = 0; d < dim; d++) s += suppliers[j * dim + d]! * queries[b * dim + d]!;
      if (s <= scores[base + k - 1]!) continue;
      // Insertion into the sorted list; equal scores keep the earlier (lower) row first.
      let r = k - 1;
      while (r > 0 && scores[base + r - 1]! < s) {
        scores[base + r] = scores[base + r - 1]!;
        ids[base + r] = ids[base + r - 1]!;
        r--;
      }
      scores[base + r] = s;
      ids[base + r] = j;
    }
  }
  return { buyers, k, ids, scores };
}

/**
 * Mean share of the reference top-k found in the method's top-k, over the buyers both cover
 * (order within the k does not matter).
 */
export function recallAtK(ref: Reference, found: Int32Array, foundBuyers: number): { recall: number; buyers: number } {
  const buyers = Math.min(ref.buyers, foundBuyers);
  const k = ref.k;
  let hits = 0;
  for (let b = 0; b < buyers; b++) {
    const mine = new Set(found.subarray(b * k, b * k + k));
    for (let r = 0; r < k; r++) if (mine.has(ref.ids[b * k + r]!)) hits++;
  }
  return { recall: buyers ? hits / (buyers * k) : Number.NaN, buyers };
}

/** Lowest k-th best score over the reference buyers (cuohe clamps scores ≤ 0 to 0). */
export function lowestKthScore(ref: Reference): number {
  let low = Infinity;
  for (let b = 0; b < ref.buyers; b++) low = Math.min(low, ref.scores[b * ref.k + ref.k - 1]!);
  return low;
}
