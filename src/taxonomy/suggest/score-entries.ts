/**
 * BM25 scores of the vocabulary entries that share a term with a query, and for each entry the
 * share of the query it explains (coverage: the informative mass of the query groups it matches).
 * Hot path: flat typed arrays reused between calls, only touched entries are visited.
 */
import type { InvertedIndex } from './inverted-index.js';
import { BM25_K1 } from './inverted-index.js';

/** Weight of a parts name when the query does not ask for parts. */
const PARTS_WEIGHT = 0.5;
/** Weight of a name that misses the product word of a long text ("mat" in "… yoga mat …"). */
const HEAD_MISS_WEIGHT = 0.5;
/** Stamps restart below Int32Array's limit (2^31 − 1), so a long-running process never overflows them. */
const MAX_STAMP = 2_000_000_000;

import type { Query } from './query.js';

export interface EntryScores {
  /** Entry ids with a positive score. */
  readonly touched: readonly number[];
  readonly score: Float64Array;
  /** Explained share of the query, in [0, 1]. */
  readonly coverage: Float64Array;
  /** Informative mass of the query (0: nothing in it is known to the vocabulary). */
  readonly queryMass: number;
}

/** Reused between calls; `stamp`/`groupStamp` hold the id of the last pass that reset or counted an entry. */
let scratch:
  | {
      score: Float64Array;
      coverage: Float64Array;
      stamp: Int32Array;
      groupStamp: Int32Array;
      productStamp: Int32Array;
      next: number;
    }
  | undefined;

export function scoreEntries(index: InvertedIndex, query: Query, wantsParts: boolean): EntryScores {
  const n = index.entries.length;
  if (!scratch || scratch.score.length !== n) {
    scratch = {
      score: new Float64Array(n),
      coverage: new Float64Array(n),
      stamp: new Int32Array(n).fill(-1),
      groupStamp: new Int32Array(n).fill(-1),
      productStamp: new Int32Array(n).fill(-1),
      next: 0,
    };
  }
  if (scratch.next > MAX_STAMP) {
    scratch.stamp.fill(-1);
    scratch.groupStamp.fill(-1);
    scratch.productStamp.fill(-1);
    scratch.next = 0;
  }
  const { score, coverage, stamp, groupStamp, productStamp } = scratch;
  let productPass = -1;
  const touched: number[] = [];

  // Mass of a group: the strongest IDF among its known terms (0 when none is known).
  const groupMass = new Float64Array(query.groupCount);
  for (const t of query.terms) {
    const idf = index.idf.get(t.term);
    if (idf === undefined) continue;
    for (const g of t.groups) groupMass[g] = Math.max(groupMass[g]!, idf * Math.min(1, t.weight));
  }
  const queryMass = groupMass.reduce((a, b) => a + b, 0);

  // BM25 (each distinct term once, at its strongest weight).
  const strongest = new Map<string, number>();
  for (const t of query.terms) strongest.set(t.term, Math.max(strongest.get(t.term) ?? 0, t.weight));
  const firstTouch = scratch.next++;
  for (const [term, weight] of strongest) {
    const p = index.postings.get(term);
    if (!p) continue;
    const idf = index.idf.get(term)!;
    for (let k = 0; k < p.ids.length; k++) {
      const e = p.ids[k]!;
      const tf = p.tf[k]!;
      if (stamp[e] !== firstTouch) {
        stamp[e] = firstTouch;
        score[e] = 0;
        coverage[e] = 0;
        touched.push(e);
      }
      const partsFactor = !wantsParts && index.isParts[e] === 1 ? PARTS_WEIGHT : 1;
      score[e]! +=
        ((weight * idf * tf * (BM25_K1 + 1)) / (tf + index.lengthFactor[e]!)) * index.weight[e]! * partsFactor;
    }
  }

  // Coverage: each group counts once per entry, whichever of its terms matched.
  if (queryMass > 0) {
    const termsByGroup: string[][] = Array.from({ length: query.groupCount }, () => []);
    for (const t of query.terms) for (const g of t.groups) termsByGroup[g]!.push(t.term);
    for (let g = 0; g < query.groupCount; g++) {
      if (groupMass[g] === 0) continue;
      const pass = scratch.next++;
      for (const term of termsByGroup[g]!) {
        const p = index.postings.get(term);
        if (!p) continue;
        for (let k = 0; k < p.ids.length; k++) {
          const e = p.ids[k]!;
          if (groupStamp[e] === pass) continue;
          groupStamp[e] = pass;
          if (g === query.productGroup) productStamp[e] = pass;
          coverage[e]! += groupMass[g]! / queryMass;
        }
      }
      if (g === query.productGroup) productPass = pass;
    }
  }
  // A long text names its product once (the head word): a name that does not match it describes
  // something else (its material, its use), however many attribute words it shares.
  if (productPass >= 0) {
    for (const e of touched) if (productStamp[e] !== productPass) score[e]! *= HEAD_MISS_WEIGHT;
  }
  return { touched, score, coverage, queryMass };
}
