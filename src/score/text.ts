/**
 * Keyword similarity (fuse.js). Fuzzy search is costly (a Bitap scan per item), so the engine
 * never searches per pair: it indexes the suppliers' distinct keywords once, searches that
 * vocabulary once per distinct buyer keyword (memoised), and a pair's score is then look-ups.
 * A Fuse score depends only on the query and the item, not on the rest of the collection, so
 * the similarity of a keyword pair is the same whichever path asks for it.
 */
import Fuse from 'fuse.js';

const FUSE_OPTIONS = {
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.35,
  minMatchCharLength: 2,
} as const;
/** Bounded memo: long-running engines see many distinct queries. */
const MAX_MEMO = 20_000;

export class KeywordMatcher {
  private fuse: Fuse<string> | undefined;
  private readonly memo = new Map<string, ReadonlyMap<string, number>>();

  constructor(private readonly vocabulary: readonly string[]) {}

  /** Similarity in [0, 1] of every vocabulary keyword that fuzzily matches `query`. */
  similarities(query: string): ReadonlyMap<string, number> {
    let found = this.memo.get(query);
    if (found) return found;
    this.fuse ??= new Fuse(this.vocabulary as string[], FUSE_OPTIONS);
    const map = new Map<string, number>();
    for (const hit of this.fuse.search(query)) map.set(hit.item, 1 - (hit.score ?? 1));
    map.set(query, 1);
    if (this.memo.size >= MAX_MEMO) this.memo.clear();
    this.memo.set(query, (found = map));
    return found;
  }

  /** Best supplier keyword per buyer keyword, for explanations. */
  bestPairs(buyerKeywords: readonly string[], supplierKeywords: readonly string[]): { wanted: string; offered: string; similarity: number }[] {
    const out = [];
    for (const q of buyerKeywords) {
      const sims = this.similarities(q);
      let best: { wanted: string; offered: string; similarity: number } | undefined;
      for (const k of supplierKeywords) {
        const s = sims.get(k) ?? 0;
        if (s > 0 && (!best || s > best.similarity)) best = { wanted: q, offered: k, similarity: s };
      }
      if (best) out.push(best);
    }
    return out;
  }

  /** Mean over buyer keywords of the best supplier-keyword similarity; null when a side has none. */
  score(buyerKeywords: readonly string[] | undefined, supplierKeywords: readonly string[] | undefined): number | null {
    if (!buyerKeywords?.length || !supplierKeywords?.length) return null;
    let sum = 0;
    for (const q of buyerKeywords) {
      const sims = this.similarities(q);
      let best = 0;
      for (const k of supplierKeywords) {
        const s = sims.get(k);
        if (s !== undefined && s > best) best = s;
      }
      sum += best;
    }
    return sum / buyerKeywords.length;
  }
}
