/**
 * Industry fit: how well the supplier's products (HS) and activities (ISIC) cover what the
 * buyer wants. For each wanted code the best-matching offered code counts (hierarchical code
 * similarity: same subheading > heading > chapter > section). The component blends the best
 * single match with the mean over all wanted codes, so a supplier serving one of three wanted
 * products exactly ranks high, and one serving all three ranks higher.
 */
import { codeSimilarity, codeMatchLevel } from '../taxonomy/similarity.js';
import type { Buyer, Supplier } from '../model/types.js';

const BEST_SHARE = 0.6;

export interface CodeMatch {
  wanted: string;
  offered: string;
  similarity: number;
  level: ReturnType<typeof codeMatchLevel>;
}

/** Best offered code for one wanted code; ties go to the first offered code. */
export function bestMatch(wanted: string, offered: readonly string[], scheme: 'hs' | 'isic'): CodeMatch | undefined {
  let best: CodeMatch | undefined;
  for (const code of offered) {
    const similarity = codeSimilarity(wanted, code, scheme);
    if (!best || similarity > best.similarity) best = { wanted, offered: code, similarity, level: 'none' };
    if (similarity === 1) break;
  }
  if (best) best.level = codeMatchLevel(best.wanted, best.offered, scheme);
  return best;
}

/** Coverage score of `wanted` by `offered`, or null when either list is empty. */
export function coverage(wanted: readonly string[], offered: readonly string[], scheme: 'hs' | 'isic'): number | null {
  if (wanted.length === 0 || offered.length === 0) return null;
  let max = 0;
  let sum = 0;
  for (const code of wanted) {
    let best = 0;
    for (const o of offered) {
      const s = codeSimilarity(code, o, scheme);
      if (s > best) best = s;
      if (best === 1) break;
    }
    sum += best;
    if (best > max) max = best;
  }
  return BEST_SHARE * max + (1 - BEST_SHARE) * (sum / wanted.length);
}

/** The industry component: the better of HS and ISIC coverage; null when neither can be computed. */
export function industryScore(buyer: Buyer, supplier: Supplier): number | null {
  const hs = coverage(buyer.wants, supplier.products ?? [], 'hs');
  const isic = coverage(buyer.activities ?? [], supplier.activities ?? [], 'isic');
  if (hs === null) return isic;
  if (isic === null) return hs;
  return Math.max(hs, isic);
}

/** The best code match per wanted code (for explanations), best first. */
export function industryMatches(buyer: Buyer, supplier: Supplier): { scheme: 'hs' | 'isic'; match: CodeMatch }[] {
  const out: { scheme: 'hs' | 'isic'; match: CodeMatch }[] = [];
  for (const w of buyer.wants) {
    const m = bestMatch(w, supplier.products ?? [], 'hs');
    if (m && m.similarity > 0) out.push({ scheme: 'hs', match: m });
  }
  for (const w of buyer.activities ?? []) {
    const m = bestMatch(w, supplier.activities ?? [], 'isic');
    if (m && m.similarity > 0) out.push({ scheme: 'isic', match: m });
  }
  return out.sort((a, b) => b.match.similarity - a.match.similarity);
}
