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
 * The supplier's side from its signals, each NaN when unknown (left out of the mean): product
 * fit, market (0 or 1), order size and experience as the table above values them. The one
 * place they are combined: the kernel, the bounds and the exhibitor's walk all call it, so
 * their results agree to the last bit.
 */
export function supplierSideOf(product: number, market: number, order: number, experience: number): number {
  let sum = 0;
  let total = 0;
  if (!Number.isNaN(product)) {
    sum += SUPPLIER_SIDE_WEIGHTS.product * product;
    total += SUPPLIER_SIDE_WEIGHTS.product;
  }
  if (!Number.isNaN(market)) {
    sum += SUPPLIER_SIDE_WEIGHTS.market * market;
    total += SUPPLIER_SIDE_WEIGHTS.market;
  }
  if (!Number.isNaN(order)) {
    sum += SUPPLIER_SIDE_WEIGHTS.order * order;
    total += SUPPLIER_SIDE_WEIGHTS.order;
  }
  if (!Number.isNaN(experience)) {
    sum += SUPPLIER_SIDE_WEIGHTS.experience * experience;
    total += SUPPLIER_SIDE_WEIGHTS.experience;
  }
  return total === 0 ? 0 : sum / total;
}

/**
 * Mutual score: the harmonic mean of both sides, so a pair scores high only when both gain
 * (0.9 and 0.3 give 0.45, not 0.6); 0 when either side is 0.
 */
export function mutualScore(buyerSide: number, supplierSide: number): number {
  return buyerSide + supplierSide === 0 ? 0 : (2 * buyerSide * supplierSide) / (buyerSide + supplierSide);
}
