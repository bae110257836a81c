/**
 * Upper bounds on the mutual score (src/score/supplier-side.ts), so the exhibitor's view and
 * meeting candidates can skip pairs without scoring them. The mutual score is the harmonic
 * mean of the two sides, which rises with each side: a bound on each side bounds it. The
 * supplier's side is exact but for its product fit (the industry, bounded where the caller
 * has not computed it). Property tests check `bound ≥ scorePair(...).mutual` on random pairs.
 */
import { capabilityFromDot, dot } from '../components/capability.js';
import { capacityScore, moqFit } from '../components/capacity.js';
import { PREFERRED_SHARE } from '../components/credentials.js';
import { timingScore } from '../components/timing.js';
import { mutualScore, SUPPLIER_SIDE_WEIGHTS as SW, supplierSideOf } from '../supplier-side.js';
import { regionBound } from './bound.js';
import { CAPABILITY, CAPACITY, CREDENTIALS, INDUSTRY, REGION, TEXT, TIMING } from './component-index.js';
import type { IndustryMemo } from './industry-memo.js';
import type { QueryBuyer } from './query.js';
import { experienceSignal, marketSignal } from './region-signals.js';
import { industryScore, type KernelContext } from './score-pair.js';
import type { SupplierSideRow } from './supplier-side-row.js';

const SIDE_TOTAL = SW.product + SW.market + SW.order + SW.experience;

/** The supplier's side of any pair whose industry is at most `industryCap` and known: every other signal at 1. */
export function supplierSideRest(industryCap: number): number {
  return (SW.product * industryCap + SW.market + SW.order + SW.experience) / SIDE_TOTAL;
}

/**
 * The supplier's side of row `i` with any buyer, when the pair's industry is known and at most
 * `industryCap`: the signals the supplier gives (target markets, MOQ, export markets) at 1.
 */
export function supplierSideRestOf(ctx: KernelContext, i: number, industryCap: number): number {
  const t = ctx.table;
  let sum = SW.product * industryCap;
  let total = SW.product;
  if (t.targets.offsets[i + 1]! > t.targets.offsets[i]!) {
    sum += SW.market;
    total += SW.market;
  }
  if (!Number.isNaN(t.moq[i]!)) {
    sum += SW.order;
    total += SW.order;
  }
  if (t.exportCountries.offsets[i + 1]! > t.exportCountries.offsets[i]!) {
    sum += SW.experience;
    total += SW.experience;
  }
  return sum / total;
}

/**
 * In and out of `mutualPairBound`. The numbers travel in fields because the bound runs once
 * per candidate pair: a double passed to or returned from a call V8 does not inline is boxed
 * into a new heap object each time (the allocation profile of the exhibitor's walk showed
 * hundreds of MB of such boxes), while a field of this object is updated in place.
 */
export class PairBound {
  /** In: the bound a pair must reach; below it the cheap pass stops. */
  floor = 0;
  /** In: the most the pair's industry can be. */
  industryCap = 1;
  /** Out: the bound (−1 when the industry gate excludes the pair). */
  value = 0;
  /** Scratch: the supplier's side. */
  side = 0;
  /** Scratch: the buyer's side, before the industry and the capability. */
  sum = 0;
  total = 0;
}

/**
 * The supplier's side of pair (`b`, row `i`) with its product fit at most `industry`: market,
 * order size and experience as the kernel computes them. When a buyer with no wanted HS
 * code could leave the industry unknown, the larger of both cases.
 */
export function supplierSideBound(ctx: KernelContext, b: QueryBuyer, i: number, industry: number): number {
  const out = sideScratch;
  sideInto(ctx, b, i, industry, out);
  return out.side;
}
const sideScratch = new PairBound();

/** `supplierSideBound` into `out.side`. */
function sideInto(ctx: KernelContext, b: QueryBuyer, i: number, industry: number, out: PairBound): void {
  const t = ctx.table;
  const p = t.products.offsets;
  const a = t.activities.offsets;
  const hasCodes = p[i + 1]! > p[i]! || a[i + 1]! > a[i]!;
  if (!hasCodes) {
    sideOf(ctx, b, i, Number.NaN, out);
    return;
  }
  sideOf(ctx, b, i, industry, out);
  if (b.wants.codes.length > 0) return;
  const known = out.side;
  sideOf(ctx, b, i, Number.NaN, out);
  if (known > out.side) out.side = known;
}

function sideOf(ctx: KernelContext, b: QueryBuyer, i: number, industry: number, out: PairBound): void {
  const t = ctx.table;
  const moq = t.moq[i]!;
  out.side = supplierSideOf(
    industry,
    marketSignal(t, ctx.geo, i, b.country),
    Number.isNaN(b.volume) || Number.isNaN(moq) ? Number.NaN : moqFit(b.volume, moq),
    experienceSignal(t, i, b.country),
  );
}

/**
 * An upper bound on the mutual score of buyer `b` and supplier row `i`, for a caller that
 * walks many buyers for one supplier (nothing is prepared per buyer), into `bound.value`; true
 * when it reaches `bound.floor`, false below it or when the industry gate excludes the pair
 * (then the bound is -1; the industry is the kernel's own). Cheap parts first (region at its
 * best, credentials as if every preferred certificate were held, capacity and timing exact;
 * industry at `bound.industryCap`, capability and keywords at 1): when that is below the floor
 * it is the bound. Otherwise the industry and capability are computed exactly. `memo`, when
 * given, supplies the industry of `b` as buyer number `buyer` (see IndustryMemo); a memoized
 * industry is used in the cheap pass too. `sideRow`, when given, is selected for row `i` and
 * gives the supplier's side where the industry is known.
 */
export function mutualPairBound(
  ctx: KernelContext,
  b: QueryBuyer,
  i: number,
  bound: PairBound,
  memo: IndustryMemo | null = null,
  buyer = -1,
  sideRow: SupplierSideRow | null = null,
): boolean {
  // Hot path (once per candidate pair): no closures, no allocation.
  const t = ctx.table;
  const w = ctx.weights;
  // Without wanted HS codes the industry could be unknown: no cap then (no such buyer parses).
  const industryCap = b.wants.codes.length === 0 ? 1 : bound.industryCap;
  let sum = 0;
  let total = 0;
  if (w[REGION] !== 0) {
    sum += w[REGION]! * regionBound(b, t.country[i]!, t.regionFlags[i]!);
    total += w[REGION]!;
  }
  if (w[CREDENTIALS] !== 0) {
    if (b.preferred.length > 0) {
      sum += w[CREDENTIALS]! * (PREFERRED_SHARE + (1 - PREFERRED_SHARE) * t.trust[i]!);
      total += w[CREDENTIALS]!;
    } else if (t.hasCredentials[i] === 1) {
      sum += w[CREDENTIALS]! * t.trust[i]!;
      total += w[CREDENTIALS]!;
    }
  }
  let v = capacityScore(b.volume, t.capacity[i]!, t.moq[i]!);
  if (w[CAPACITY] !== 0 && !Number.isNaN(v)) {
    sum += w[CAPACITY]! * v;
    total += w[CAPACITY]!;
  }
  v = timingScore(b.daysLeft, t.leadTimeDays[i]!);
  if (w[TIMING] !== 0 && !Number.isNaN(v)) {
    sum += w[TIMING]! * v;
    total += w[TIMING]!;
  }
  const caps = t.capabilities;
  const vectorKnown = w[CAPABILITY] !== 0 && caps !== undefined && b.vector !== undefined && caps.present[i] === 1;
  const ko = t.keywords.offsets;
  const keywordsKnown = w[TEXT] !== 0 && b.keywords.length > 0 && ko[i + 1]! > ko[i]!;
  if (vectorKnown) total += w[CAPABILITY]!;
  if (keywordsKnown) {
    sum += w[TEXT]!;
    total += w[TEXT]!;
  }

  // When an earlier row with the same codes computed this buyer's industry, it is exact here
  // for free (and the gate known); otherwise the industry is at its cap for the cheap pass
  // (counted when the supplier gives any code, as `upperBound` does).
  const memoized = memo?.has(buyer) === true;
  const industry = memoized ? memo.industry(ctx, b, buyer, i) : Number.NaN;
  if (memoized && ctx.industryGate && !Number.isNaN(industry) && ctx.coverage.best < ctx.industryThreshold) {
    bound.value = -1;
    return false;
  }
  const p = t.products.offsets;
  const a = t.activities.offsets;
  const industryMayCount =
    w[INDUSTRY] !== 0 && (memoized ? !Number.isNaN(industry) : p[i + 1]! > p[i]! || a[i + 1]! > a[i]!);
  const optimisticIndustry = memoized ? industry : industryCap;
  const optimisticTotal = total + (industryMayCount ? w[INDUSTRY]! : 0);
  const optimistic =
    optimisticTotal === 0
      ? 0
      : (sum + (industryMayCount ? w[INDUSTRY]! * optimisticIndustry : 0) + (vectorKnown ? w[CAPABILITY]! : 0)) /
        optimisticTotal;
  // The side by buyer country when the industry is known (the buyer wants HS codes, the row gives codes).
  const row = sideRow !== null && b.wants.codes.length > 0 && (p[i + 1]! > p[i]! || a[i + 1]! > a[i]!) ? sideRow : null;
  if (row !== null && !Number.isNaN(optimisticIndustry)) bound.side = row.side(optimisticIndustry, b.country, b.volume);
  else sideInto(ctx, b, i, optimisticIndustry, bound);
  bound.value = mutualScore(optimistic, bound.side);
  if (bound.value < bound.floor) return false;
  bound.sum = sum;
  bound.total = total;
  exactPart(ctx, b, i, vectorKnown, memoized, memo, buyer, bound, row);
  return bound.value !== -1 && bound.value >= bound.floor;
}

/** The second pass of `mutualPairBound`: the industry and the capability exact. */
function exactPart(
  ctx: KernelContext,
  b: QueryBuyer,
  i: number,
  vectorKnown: boolean,
  memoized: boolean,
  memo: IndustryMemo | null,
  buyer: number,
  bound: PairBound,
  sideRow: SupplierSideRow | null,
): void {
  const w = ctx.weights;
  const caps = ctx.table.capabilities;
  // A memoized industry was read in the cheap pass, and `ctx.coverage` still holds its best match.
  const industry = memo ? memo.industry(ctx, b, buyer, i) : industryScore(ctx, b, i);
  if (!memoized && ctx.industryGate && !Number.isNaN(industry) && ctx.coverage.best < ctx.industryThreshold) {
    bound.value = -1;
    return;
  }
  let { sum, total } = bound;
  if (w[INDUSTRY] !== 0 && !Number.isNaN(industry)) {
    sum += w[INDUSTRY]! * industry;
    total += w[INDUSTRY]!;
  }
  if (vectorKnown) sum += w[CAPABILITY]! * capabilityFromDot(dot(caps!.matrix, i, b.vector!, caps!.dim));
  const buyerSide = total === 0 ? 0 : sum / total;
  if (sideRow !== null && !Number.isNaN(industry)) bound.side = sideRow.side(industry, b.country, b.volume);
  else sideInto(ctx, b, i, industry, bound);
  bound.value = mutualScore(buyerSide > 1 ? 1 : buyerSide, bound.side);
}
