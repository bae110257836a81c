/**
 * An exact prefilter for fuse.js's fuzzy match. Fuse (bitap, as in diff-match-patch) accepts
 * a text when some part of it is within k edits — insertions, deletions, substitutions — of
 * the pattern, where k is the most errors whose share of the pattern length stays within the
 * threshold. One edit destroys at most two of the pattern's bigram positions (the q-gram
 * lemma, q = 2), so such a text holds at least (m − 1) − 2k of them. Texts holding fewer
 * cannot match and need no bitap scan; every text fuse would accept passes. Both sides are
 * lower-cased as fuse does (case-insensitive, diacritics kept); a property test checks the
 * filtered search against plain fuse.
 */

/** Fuse's longest single bitap pattern: longer ones are split, and this filter stands aside. */
const MAX_PATTERN = 32;

/** UTF-16 code units per position: a bigram is one number, first unit × this + second. */
const CODE_UNITS = 0x10000;
const bigram = (s: string, i: number) => s.charCodeAt(i) * CODE_UNITS + s.charCodeAt(i + 1);

export class BigramFilter {
  /** Bigram → ids of the texts holding it (each id once). */
  private readonly postings = new Map<number, number[]>();
  private readonly counts: Int32Array;

  constructor(
    texts: readonly string[],
    private readonly threshold: number,
  ) {
    texts.forEach((text, id) => {
      const lower = text.toLowerCase();
      const seen = new Set<number>();
      for (let i = 0; i + 1 < lower.length; i++) seen.add(bigram(lower, i));
      for (const g of seen) {
        const list = this.postings.get(g);
        if (list) list.push(id);
        else this.postings.set(g, [id]);
      }
    });
    this.counts = new Int32Array(texts.length);
  }

  /** Ids of the texts that can match `pattern`, ascending; undefined when the filter cannot tell (search them all). */
  candidates(pattern: string): number[] | undefined {
    const lower = pattern.toLowerCase();
    const m = lower.length;
    if (m === 0 || m > MAX_PATTERN) return undefined;
    let errors = 0;
    while ((errors + 1) / m <= this.threshold) errors++; // fuse's score for e errors is e / m
    const need = m - 1 - 2 * errors;
    if (need <= 0) return undefined;
    const touched: number[] = [];
    for (let i = 0; i + 1 < m; i++) {
      for (const id of this.postings.get(bigram(lower, i)) ?? []) if (this.counts[id]!++ === 0) touched.push(id);
    }
    const out = touched.filter((id) => this.counts[id]! >= need).sort((a, b) => a - b);
    for (const id of touched) this.counts[id] = 0;
    return out;
  }
}
