/**
 * A BM25 inverted index over the vocabulary's short names, built once on first use.
 * Postings are flat typed arrays (entry id, term frequency) per term: scoring a query touches
 * only the entries that share a term with it.
 */
import { indexTerms } from './tokenize.js';
import { loadVocabulary, SOURCE_WEIGHT, type VocabularyEntry, type VocabularySource } from './vocabulary.js';

export interface InvertedIndex {
  readonly entries: readonly VocabularyEntry[];
  /** term → [entry ids, term frequencies] */
  readonly postings: ReadonlyMap<string, { readonly ids: Int32Array; readonly tf: Uint8Array }>;
  /** BM25 length factor per entry: k1 · (1 − b + b · length / average length of its source). */
  readonly lengthFactor: Float64Array;
  /** Source weight per entry. */
  readonly weight: Float64Array;
  /** 1 for names of parts and accessories ("parts of…", 零件): they count less unless the query asks for parts. */
  readonly isParts: Uint8Array;
  /** Inverse document frequency per term (BM25, floored at a small positive value). */
  readonly idf: ReadonlyMap<string, number>;
}

/** BM25 term-frequency saturation (the usual 1.2: a repeated word counts, with diminishing returns). */
export const BM25_K1 = 1.2;
/** Names of parts and accessories. */
export const PARTS = /\bparts?\b|\baccessor|\binners?\b|零件|零部件|配件|附件|内胆|瓶胆|玻璃胆/i;
/** BM25 length normalisation (the usual 0.75: long tariff wordings are discounted, not ignored). */
const BM25_B = 0.75;
/** Least IDF of a term: a word in most names still tells a little, never nothing or less. */
const MIN_IDF = 0.05;
/** Term counts are stored in bytes. */
const MAX_TF = 255;

export function buildIndex(entries: readonly VocabularyEntry[] = loadVocabulary()): InvertedIndex {
  const lengths = new Float64Array(entries.length);
  const bySource = new Map<VocabularySource, { total: number; count: number }>();
  // term → flat [entry id, term frequency, …]; one pass, no per-entry maps (the build is the first call's cost).
  const building = new Map<string, number[]>();
  entries.forEach((entry, i) => {
    // The generated names are already NFKC-normalised: lower-casing is enough here.
    const terms = indexTerms(entry.text.toLowerCase()).sort();
    lengths[i] = Math.max(1, terms.length);
    const s = bySource.get(entry.source) ?? { total: 0, count: 0 };
    s.total += lengths[i]!;
    s.count++;
    bySource.set(entry.source, s);
    for (let k = 0; k < terms.length; ) {
      let j = k + 1;
      while (j < terms.length && terms[j] === terms[k]) j++;
      let p = building.get(terms[k]!);
      if (!p) building.set(terms[k]!, (p = []));
      p.push(i, j - k);
      k = j;
    }
  });
  const postings = new Map<string, { ids: Int32Array; tf: Uint8Array }>();
  const df = new Map<string, number>();
  for (const [term, flat] of building) {
    const ids = new Int32Array(flat.length / 2);
    const tf = new Uint8Array(flat.length / 2);
    for (let k = 0; k < ids.length; k++) {
      ids[k] = flat[2 * k]!;
      tf[k] = Math.min(MAX_TF, flat[2 * k + 1]!);
    }
    postings.set(term, { ids, tf });
    df.set(term, ids.length);
  }
  const n = entries.length;
  const idf = new Map<string, number>();
  for (const [term, d] of df) idf.set(term, Math.max(MIN_IDF, Math.log(1 + (n - d + 0.5) / (d + 0.5))));
  const lengthFactor = new Float64Array(n);
  const weight = new Float64Array(n);
  const isParts = new Uint8Array(n);
  entries.forEach((entry, i) => {
    isParts[i] = PARTS.test(entry.text) ? 1 : 0;
    const s = bySource.get(entry.source)!;
    lengthFactor[i] = BM25_K1 * (1 - BM25_B + (BM25_B * lengths[i]!) / (s.total / s.count));
    weight[i] = SOURCE_WEIGHT[entry.source];
  });
  return { entries, postings, lengthFactor, weight, isParts, idf };
}
