/**
 * Industry fit: how well the supplier's products (HS) and activities (ISIC) cover what the
 * buyer wants. For each wanted code the best offered code counts (hierarchical similarity:
 * same code or one inside the other 1, same heading 0.7, chapter 0.4, section 0.15); the
 * component is 0.6 × the best + 0.4 × the mean over wanted codes, so a supplier serving one
 * of three wanted products exactly ranks high and one serving all three higher. HS and ISIC
 * are scored apart and the better counts. The kernel computes it on numeric codes
 * (kernel/codes.ts); `industryMatches` lists the matches for explanations.
 */
import { codeMatchLevel, codeSimilarity, type MatchLevel } from '../../taxonomy/similarity.js';
import type { Buyer, Supplier } from '../../model/types.js';

export interface CodeMatch {
  scheme: 'hs' | 'isic';
  wanted: string;
  offered: string;
  similarity: number;
  level: MatchLevel;
}

/** The best offered code per wanted code, best first (ties: the first offered code). */
export function industryMatches(buyer: Buyer, supplier: Supplier): CodeMatch[] {
  const out: CodeMatch[] = [];
  const add = (scheme: 'hs' | 'isic', wanted: readonly string[], offered: readonly string[]) => {
    for (const w of wanted) {
      let best: CodeMatch | undefined;
      for (const o of offered) {
        const similarity = codeSimilarity(w, o, scheme);
        if (similarity > 0 && (!best || similarity > best.similarity)) best = { scheme, wanted: w, offered: o, similarity, level: codeMatchLevel(w, o, scheme) };
      }
      if (best) out.push(best);
    }
  };
  add('hs', buyer.wants, supplier.products ?? []);
  add('isic', buyer.activities ?? [], supplier.activities ?? []);
  return out.sort((a, b) => b.similarity - a.similarity);
}
