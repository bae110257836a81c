/**
 * Keyword similarity (fuse.js). Fuzzy search is costly (a Bitap scan per item), so the engine
 * never searches per pair: it indexes the suppliers' distinct keywords once, searches that
 * vocabulary once per distinct buyer keyword (memoised; only the keywords an exact bigram
 * prefilter lets through), and a pair's score is then look-ups.
 * A Fuse score depends only on the query and the item, not on the rest of the collection, so
 * a keyword pair gets the same similarity whichever path asks. Across languages, keywords that
 * share a concept (keyword-concepts.ts) match at CONCEPT_SIMILARITY, when the engine has a
 * concept function.
 */
import Fuse from 'fuse.js';
import { BigramFilter } from './bigram-filter.js';
import { CONCEPT_SIMILARITY, type ConceptLookup } from './keyword-concepts.js';

// ignoreFieldNorm: fuse's length norm raises scores to a fractional power (Math.pow), whose
// last bit differs between engines; without it a score is plain IEEE arithmetic.
const FUSE_OPTIONS = {
  includeScore: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  // At most ~1 edit in 3 characters: "servo motor" finds "servomotor", "valve" does not find "value".
  threshold: 0.35,
  // One shared letter is never a keyword match.
  minMatchCharLength: 2,
} as const;
/** Bounded memo: long-running engines see many distinct queries. */
const MAX_MEMO = 20_000;

/** Vocabulary id → similarity in (0, 1] for one buyer keyword. */
export type KeywordSimilarities = ReadonlyMap<number, number>;

/** A buyer keyword, its best supplier keyword, and whether they matched through a shared concept. */
export interface KeywordPair {
  wanted: string;
  offered: string;
  similarity: number;
  concept: boolean;
}

export class KeywordMatcher {
  private fuse: Fuse<string> | undefined;
  private filter: BigramFilter | undefined;
  private readonly memo = new Map<string, KeywordSimilarities>();
  /** Per query, the keyword ids whose similarity came from a shared concept (for explanations). */
  private readonly viaConcept = new Map<string, Set<number>>();
  private readonly ids: Map<string, number>;

  /** `vocabulary[id]` is the supplier keyword with that id; `concepts` matches across languages. */
  constructor(
    private readonly vocabulary: readonly string[],
    private readonly concepts?: ConceptLookup,
  ) {
    this.ids = new Map(vocabulary.map((k, i) => [k, i]));
  }

  similarities(query: string): KeywordSimilarities {
    let found = this.memo.get(query);
    if (found) return found;
    const map = new Map<number, number>();
    // Only keywords that can match get a bitap scan (an exact prefilter, see bigram-filter.ts);
    // a Fuse score does not depend on the rest of the collection, so searching the few
    // candidates gives what searching the whole vocabulary would.
    this.filter ??= new BigramFilter(this.vocabulary, FUSE_OPTIONS.threshold);
    const candidates = this.filter.candidates(query);
    if (candidates === undefined) {
      this.fuse ??= new Fuse(this.vocabulary as string[], FUSE_OPTIONS);
      for (const hit of this.fuse.search(query)) map.set(hit.refIndex, 1 - (hit.score ?? 1));
    } else if (candidates.length > 0) {
      const subset = new Fuse(
        candidates.map((id) => this.vocabulary[id]!),
        FUSE_OPTIONS,
      );
      for (const hit of subset.search(query)) map.set(candidates[hit.refIndex]!, 1 - (hit.score ?? 1));
    }
    const viaConcept = new Set<number>();
    this.concepts?.forEachMatch(query, (id) => {
      if ((map.get(id) ?? 0) < CONCEPT_SIMILARITY) {
        map.set(id, CONCEPT_SIMILARITY);
        viaConcept.add(id);
      }
    });
    const exact = this.ids.get(query);
    if (exact !== undefined) {
      map.set(exact, 1);
      viaConcept.delete(exact);
    }
    if (this.memo.size >= MAX_MEMO) {
      this.memo.clear();
      this.viaConcept.clear();
    }
    this.memo.set(query, (found = map));
    this.viaConcept.set(query, viaConcept);
    return found;
  }

  /**
   * Mean over buyer keywords of the best similarity among the supplier's keyword ids
   * (`ids[from..to)`); NaN when a side has none. `hint[id] === 0` (when given) says no buyer
   * keyword is similar to keyword `id`, so its look-ups are skipped.
   */
  static score(
    buyer: readonly KeywordSimilarities[],
    ids: Int32Array,
    from: number,
    to: number,
    hint: Float64Array | null = null,
  ): number {
    if (buyer.length === 0 || from === to) return Number.NaN;
    let sum = 0;
    for (let j = 0; j < buyer.length; j++) {
      const sims = buyer[j]!;
      let best = 0;
      for (let i = from; i < to; i++) {
        if (hint !== null && hint[ids[i]!] === 0) continue;
        const s = sims.get(ids[i]!);
        if (s !== undefined && s > best) best = s;
      }
      sum += best;
    }
    return sum / buyer.length;
  }

  /** Best supplier keyword per buyer keyword, for explanations. */
  bestPairs(buyerKeywords: readonly string[], supplierKeywords: readonly string[]): KeywordPair[] {
    const out = [];
    for (const q of buyerKeywords) {
      const sims = this.similarities(q);
      const viaConcept = this.viaConcept.get(q);
      let best: KeywordPair | undefined;
      for (const k of supplierKeywords) {
        const id = this.ids.get(k);
        const s = id === undefined ? 0 : (sims.get(id) ?? 0);
        if (s > 0 && (!best || s > best.similarity))
          best = { wanted: q, offered: k, similarity: s, concept: viaConcept?.has(id!) ?? false };
      }
      if (best) out.push(best);
    }
    return out;
  }
}
