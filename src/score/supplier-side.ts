/**
 * The supplier's side of a pair: is this buyer worth the exhibitor's time? Scored like the
 * buyer's side, from the supplier's own stated interests:
 *
 * | signal | weight | evidence |
 * |---|---|---|
 * | product fit | 0.40 | the industry component (the buyer wants what the supplier makes) |
 * | market | 0.25 | the buyer's country is in the supplier's `targetMarkets` (country, region or bloc) |
 * | order size | 0.20 | the buyer's volume reaches the supplier's MOQ (volume ÷ MOQ, capped at 1) |
 * | experience | 0.15 | the supplier already exports to the buyer's country (1) or elsewhere (0.3) |
 *
 * Unknown signals are left out and the rest renormalised, as for the buyer's side.
 */
import { inPlace } from '../geo/regions.js';
import type { PreparedBuyer, PreparedSupplier } from './prepared.js';

export const SUPPLIER_SIDE_WEIGHTS = { product: 0.4, market: 0.25, order: 0.2, experience: 0.15 } as const;

export function supplierSideScore(b: PreparedBuyer, s: PreparedSupplier, industry: number | null): number {
  const signals: [number, number | null][] = [
    [SUPPLIER_SIDE_WEIGHTS.product, industry],
    [SUPPLIER_SIDE_WEIGHTS.market, marketSignal(b, s)],
    [SUPPLIER_SIDE_WEIGHTS.order, orderSignal(b, s)],
    [SUPPLIER_SIDE_WEIGHTS.experience, s.exportMarkets.size ? (s.exportMarkets.has(b.profile.country) ? 1 : 0.3) : null],
  ];
  let sum = 0;
  let total = 0;
  for (const [weight, value] of signals) {
    if (value === null) continue;
    sum += weight * value;
    total += weight;
  }
  return total === 0 ? 0 : sum / total;
}

/**
 * Mutual score: the harmonic mean of both sides, so a pair scores high only when both gain
 * (0.9 and 0.3 give 0.45, not 0.6). 0 when either side is 0.
 */
export function mutualScore(buyerSide: number, supplierSide: number): number {
  return buyerSide + supplierSide === 0 ? 0 : (2 * buyerSide * supplierSide) / (buyerSide + supplierSide);
}

function marketSignal(b: PreparedBuyer, s: PreparedSupplier): number | null {
  const targets = s.profile.targetMarkets;
  if (!targets?.length) return null;
  return targets.some((place) => inPlace(b.profile.country, place)) ? 1 : 0;
}

function orderSignal(b: PreparedBuyer, s: PreparedSupplier): number | null {
  const { volume } = b.profile;
  const { moq } = s.profile;
  if (volume === undefined || moq === undefined) return null;
  return moq === 0 || volume >= moq ? 1 : volume / moq;
}
