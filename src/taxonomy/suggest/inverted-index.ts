/**
 * A BM25 inverted index over the vocabulary's short names, built once on first use.
 * Postings are flat typed arrays (entry id, term frequency) per term: scoring a query touches
 * only the entries that share a term with it.
 */
import { indexTerms, normaliseText } from './tokenize.js';
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

export const BM25_K1 = 1.2;
/** Names of parts and accessories. */
export const PARTS = /\bparts?\b|\baccessor|\binners?\b|零件|零部件|配件|附件|内胆|瓶胆|玻璃胆/i;
const BM25_B = 0.75;

export function buildIndex(entries: readonly VocabularyEntry[] = loadVocabulary()): InvertedIndex {
  const termLists: Map<string, number>[] = [];
  const lengths = new Float64Array(entries.length);
  const bySource = new Map<VocabularySource, { total: number; count: number }>();
  const df = new Map<string, number>();
  entries.forEach((entry, i) => {
    const counts = new Map<string, number>();
    for (const term of indexTerms(normaliseText(entry.text))) counts.set(term, (counts.get(term) ?? 0) + 1);
    termLists.push(counts);
    lengths[i] = Math.max(1, [...counts.values()].reduce((a, b) => a + b, 0));
    const s = bySource.get(entry.source) ?? { total: 0, count: 0 };
    s.total += lengths[i]!;
    s.count++;
    bySource.set(entry.source, s);
    for (const term of counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  });
  const building = new Map<string, { ids: number[]; tf: number[] }>();
  termLists.forEach((counts, i) => {
    for (const [term, n] of counts) {
      let p = building.get(term);
      if (!p) building.set(term, (p = { ids: [], tf: [] }));
      p.ids.push(i);
      p.tf.push(Math.min(255, n));
    }
  });
  const postings = new Map<string, { ids: Int32Array; tf: Uint8Array }>();
  for (const [term, p] of building) postings.set(term, { ids: Int32Array.from(p.ids), tf: Uint8Array.from(p.tf) });
  const n = entries.length;
  const idf = new Map<string, number>();
  for (const [term, d] of df) idf.set(term, Math.max(0.05, Math.log(1 + (n - d + 0.5) / (d + 0.5))));
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
