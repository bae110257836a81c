/**
 * The supplier's side of a pair — is this buyer worth the exhibitor's time? — and the mutual
 * score. The kernel computes the signals; these are the rules:
 *
 * | signal | weight | value |
 * |---|---|---|
 * | product fit | 0.40 | the industry component |
 * | market | 0.25 | the buyer's country is in the supplier's `targetMarkets` (only when it lists some) |
 * | order size | 0.20 | volume ÷ MOQ, capped at 1 (only when both are given) |
 * | experience | 0.15 | already exports to the buyer's country 1, elsewhere 0.3 (only when it lists export markets) |
 */
export const SUPPLIER_SIDE_WEIGHTS = { product: 0.4, market: 0.25, order: 0.2, experience: 0.15 } as const;
export const EXPERIENCE_ELSEWHERE = 0.3;

/**
 * Mutual score: the harmonic mean of both sides, so a pair scores high only when both gain
 * (0.9 and 0.3 give 0.45, not 0.6); 0 when either side is 0.
 */
export function mutualScore(buyerSide: number, supplierSide: number): number {
  return buyerSide + supplierSide === 0 ? 0 : (2 * buyerSide * supplierSide) / (buyerSide + supplierSide);
}
