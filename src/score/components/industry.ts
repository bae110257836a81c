/**
 * Industry fit: how well the supplier's products (HS) and activities (ISIC) cover what the
 * buyer wants. For each wanted code the best offered code counts (directional similarity,
 * src/taxonomy/similarity.ts: the product itself or one inside it 1, a declared whole heading
 * 0.8, same heading 0.7, a declared whole chapter 0.45, same chapter 0.4, same section 0.15;
 * a match through a code inferred from words × 0.85); the component is 0.6 × the best + 0.4 ×
 * the mean over wanted codes, so a supplier serving one of three wanted products exactly ranks
 * high and one serving all three higher. A supplier's ISIC activities also count for a wanted
 * HS code through the HS ⇄ ISIC bridge (0.7 × the ISIC level, so at most heading level; per
 * wanted code the better of products and bridge); the buyer's ISIC activities are compared with
 * the supplier's, and the better total counts.
 *
 * The kernel computes this on numeric codes (kernel/codes.ts); this module is the readable
 * reference the property tests hold it to, and lists the matches for explanations.
 */

import type { Buyer, InferredCode, Supplier } from '../../model/types.js';
import { isicClassesOfHs } from '../../taxonomy/bridge.js';
import {
  BRIDGE_WEIGHT,
  CODE_SIMILARITY_LEVELS,
  codeMatchLevel,
  INFERRED_CODE_WEIGHT,
  type MatchLevel,
} from '../../taxonomy/similarity.js';
import { BEST_SHARE } from '../kernel/codes.js';

export interface CodeMatch {
  /** `bridge`: a wanted HS code reached through the supplier's ISIC activity `offered`. */
  scheme: 'hs' | 'isic' | 'bridge';
  wanted: string;
  offered: string;
  similarity: number;
  /** For `bridge`, the level between the HS code's ISIC class `via` and the activity. */
  level: MatchLevel;
  /** The ISIC class of the wanted HS code that the activity matched (bridge only). */
  via?: string;
  /** Words the wanted code was inferred from, when it was inferred. */
  wantedFrom?: string;
  /** Words the offered code was inferred from, when it was inferred. */
  offeredFrom?: string;
}

interface Code {
  code: string;
  from?: string;
}

const declared = (codes: readonly string[]): Code[] => codes.map((code) => ({ code }));
const withInferred = (codes: readonly string[], inferred: readonly InferredCode[] | undefined): Code[] => [
  ...declared(codes),
  ...(inferred ?? []).filter((c) => !codes.includes(c.code)).map((c) => ({ code: c.code, from: c.from })),
];

/** Per wanted code, its best match (or undefined when nothing matches), in wanted order. */
function bestPerWanted(
  buyer: Buyer,
  supplier: Supplier,
): { hs: (CodeMatch | undefined)[]; isic: (CodeMatch | undefined)[] } {
  const wanted = withInferred(buyer.wants, buyer.inferredWants);
  const offered = withInferred(supplier.products ?? [], supplier.inferredProducts);
  const activities = declared(supplier.activities ?? []);
  const best = (candidates: CodeMatch[]): CodeMatch | undefined => {
    let top: CodeMatch | undefined;
    for (const c of candidates) if (c.similarity > 0 && (!top || c.similarity > top.similarity)) top = c;
    return top;
  };
  const weight = (w: Code, o: Code) => (w.from !== undefined || o.from !== undefined ? INFERRED_CODE_WEIGHT : 1);
  const direct = (scheme: 'hs' | 'isic', w: Code, o: Code): CodeMatch => {
    const level = codeMatchLevel(w.code, o.code, scheme);
    return {
      scheme,
      wanted: w.code,
      offered: o.code,
      level,
      similarity: CODE_SIMILARITY_LEVELS[level] * weight(w, o),
      ...froms(w, o),
    };
  };
  const bridged = (w: Code): CodeMatch[] =>
    isicClassesOfHs(w.code).flatMap((via) =>
      activities.map((o) => {
        const level = codeMatchLevel(via, o.code, 'isic');
        const similarity = CODE_SIMILARITY_LEVELS[level] * BRIDGE_WEIGHT * weight(w, o);
        return { scheme: 'bridge' as const, wanted: w.code, offered: o.code, via, level, similarity, ...froms(w, o) };
      }),
    );
  // Per wanted code: the products first (they win ties), then the bridge to the activities.
  const hs = wanted.map((w) => best([...offered.map((o) => direct('hs', w, o)), ...bridged(w)]));
  const isic = declared(buyer.activities ?? []).map((w) => best(activities.map((o) => direct('isic', w, o))));
  return { hs, isic };
}

function froms(w: Code, o: Code): Pick<CodeMatch, 'wantedFrom' | 'offeredFrom'> {
  return { ...(w.from !== undefined && { wantedFrom: w.from }), ...(o.from !== undefined && { offeredFrom: o.from }) };
}

/** The best offered code per wanted code, best first (ties: wanted order, then the first offered code). */
export function industryMatches(buyer: Buyer, supplier: Supplier): CodeMatch[] {
  const { hs, isic } = bestPerWanted(buyer, supplier);
  return [...hs, ...isic].filter((m): m is CodeMatch => m !== undefined).sort((a, b) => b.similarity - a.similarity);
}

/**
 * The industry component and its best single match, computed the readable way (the
 * reference for the kernel): NaN when the supplier gives no codes.
 */
export function industryReference(buyer: Buyer, supplier: Supplier): { value: number; best: number } {
  const { hs, isic } = bestPerWanted(buyer, supplier);
  const coverage = (matches: (CodeMatch | undefined)[]) => {
    const sims = matches.map((m) => m?.similarity ?? 0);
    const max = Math.max(0, ...sims);
    let sum = 0;
    for (const s of sims) sum += s;
    return { value: BEST_SHARE * max + (1 - BEST_SHARE) * (sum / sims.length), best: max };
  };
  const hasHs = (supplier.products?.length ?? 0) + (supplier.inferredProducts?.length ?? 0) > 0;
  const hasIsic = (supplier.activities?.length ?? 0) > 0;
  let value = Number.NaN;
  let best = 0;
  if (hasHs || hasIsic) ({ value, best } = coverage(hs));
  if (buyer.activities?.length && hasIsic) {
    const other = coverage(isic);
    if (Number.isNaN(value) || other.value > value) value = other.value;
    if (other.best > best) best = other.best;
  }
  return { value, best };
}
