/**
 * A cheap upper bound on a pair's score, so ranking can skip most rows without scoring them.
 * Industry (at most its candidate tier's cap), capability, capacity and timing are computed
 * exactly; region comes from a per-query table by supplier country and which optional
 * signals the supplier has, each at its best (`refineRegion` then puts in the exact region);
 * keywords are bounded by the best similarity of any buyer keyword, and preferred
 * certificates as if all were held. The combined score is a weighted mean over a known-set
 * that the bound reproduces exactly, and it rises with every component value, so
 * `upperBound ≥ scorePair(...).score` always (checked by a property test).
 */
import { capabilityFromDot, dot } from '../components/capability.js';
import { capacityScore } from '../components/capacity.js';
import { PREFERRED_SHARE } from '../components/credentials.js';
import { REGION_WEIGHTS as RW } from '../components/region.js';
import { timingScore } from '../components/timing.js';
import type { QueryBuyer } from './query.js';
import { RegionSignals, regionSignals } from './region-signals.js';
import { industryScore, type KernelContext } from './score-pair.js';
import { REGION_FLAGS } from './supplier-table.js';

const FLAG_COMBINATIONS = 8;

/**
 * Per-engine scratch of the bound, prepared for one query at a time: the best similarity of
 * any buyer keyword by supplier-keyword id, and the region bound by (country, region flags),
 * filled on first use — dense arrays, so the hot loop reads instead of hashing.
 */
export class BoundScratch {
  readonly keywordBest: Float64Array;
  readonly regionBound: Float64Array;
  readonly region = new RegionSignals();
  /** Weight total of the last `upperBound` (its known-set), for `refineRegion`. */
  lastTotal = 0;
  /** Region value the last `upperBound` assumed. */
  lastRegion = 0;
  /** The most the industry of the last `upperBound`'s pair can be (for the supplier side's bound). */
  lastIndustry = 0;
  private readonly touched: number[] = [];

  constructor(keywordVocabularySize: number, countries: number) {
    this.keywordBest = new Float64Array(keywordVocabularySize);
    this.regionBound = new Float64Array(countries * FLAG_COMBINATIONS);
  }

  prepare(b: QueryBuyer): void {
    for (const sims of b.keywords) {
      for (const [id, s] of sims) {
        if (this.keywordBest[id] === 0) this.touched.push(id);
        if (s > this.keywordBest[id]!) this.keywordBest[id] = s;
      }
    }
    this.regionBound.fill(Number.NaN);
  }

  release(): void {
    for (const id of this.touched) this.keywordBest[id] = 0;
    this.touched.length = 0;
  }
}

/** Region at its best for a supplier in `country` with optional signals `flags` (every known signal at 1). */
export function regionBound(b: QueryBuyer, country: number, flags: number): number {
  let sum = b.regionBase[country]! + RW.language;
  let weight = b.regionBaseWeight + RW.language;
  if (flags & REGION_FLAGS.exports) {
    sum += RW.exports;
    weight += RW.exports;
  }
  if (flags & REGION_FLAGS.targets) {
    sum += RW.target;
    weight += RW.target;
  }
  if (flags & REGION_FLAGS.timezone && b.timezone >= 0) {
    sum += RW.hours;
    weight += RW.hours;
  }
  return sum / weight;
}

/**
 * `industryCap`: the most the pair's industry can be (its candidate tier's level);
 * `industryAtCap`: use the cap itself as the industry (one wanted code: the row's best match is
 * at most the tier's level), so no codes are read.
 * Computes the cheap parts first; when they already show the bound is below `floor`, returns that
 * looser (still valid) bound without reading industry codes, vectors or keywords. Leaves the
 * weight total and the assumed region in `scratch` (see `refineRegion`).
 */
export function upperBound(
  ctx: KernelContext,
  b: QueryBuyer,
  scratch: BoundScratch,
  i: number,
  industryCap: number,
  floor = -Infinity,
  industryAtCap = false,
): number {
  // Hot path (once per candidate row): no closures, no allocation, few table reads.
  const t = ctx.table;
  const w = ctx.weights;
  let sum = 0;
  let total = 0;

  scratch.lastRegion = 0;
  if (w[1] !== 0) {
    const k = t.country[i]! * FLAG_COMBINATIONS + t.regionFlags[i]!;
    let region = scratch.regionBound[k]!;
    if (Number.isNaN(region)) scratch.regionBound[k] = region = regionBound(b, t.country[i]!, t.regionFlags[i]!);
    scratch.lastRegion = region;
    sum += w[1]! * region;
    total += w[1]!;
  }
  if (w[4] !== 0) {
    if (b.preferred.length > 0) {
      sum += w[4]! * (PREFERRED_SHARE + (1 - PREFERRED_SHARE) * t.trust[i]!);
      total += w[4]!;
    } else if (t.hasCredentials[i] === 1) {
      sum += w[4]! * t.trust[i]!;
      total += w[4]!;
    }
  }
  let v = capacityScore(b.volume, t.capacity[i]!, t.moq[i]!);
  if (w[5] !== 0 && !Number.isNaN(v)) {
    sum += w[5]! * v;
    total += w[5]!;
  }
  v = timingScore(b.daysLeft, t.leadTimeDays[i]!);
  if (w[6] !== 0 && !Number.isNaN(v)) {
    sum += w[6]! * v;
    total += w[6]!;
  }

  // Which dearer components are known for this pair (the bound keeps the score's known-set).
  const p = t.products.offsets;
  const a = t.activities.offsets;
  // Industry is known when the supplier gives any code (ISIC-only suppliers go through the bridge).
  const industryKnown = w[0] !== 0 && (p[i + 1]! > p[i]! || a[i + 1]! > a[i]!);
  const caps = t.capabilities;
  const vectorKnown = w[2] !== 0 && caps !== undefined && b.vector !== undefined && caps.present[i] === 1;
  const ko = t.keywords.offsets;
  const keywordsKnown = w[3] !== 0 && b.keywords.length > 0 && ko[i + 1]! > ko[i]!;
  if (industryKnown) total += w[0]!;
  if (vectorKnown) total += w[2]!;
  if (keywordsKnown) total += w[3]!;
  scratch.lastTotal = total;
  scratch.lastIndustry = industryCap;
  if (total === 0) return 0;
  const optimistic =
    (sum + (industryKnown ? w[0]! * industryCap : 0) + (vectorKnown ? w[2]! : 0) + (keywordsKnown ? w[3]! : 0)) / total;
  if (optimistic < floor) return optimistic;

  if (industryKnown) {
    const industry = industryAtCap ? industryCap : industryScore(ctx, b, i);
    if (industry < industryCap) scratch.lastIndustry = industry;
    sum += w[0]! * scratch.lastIndustry;
  }
  if (vectorKnown) sum += w[2]! * capabilityFromDot(dot(caps.matrix, i, b.vector!, caps.dim));
  if (keywordsKnown) {
    // The mean of per-keyword maxima is at most the best single similarity.
    let best = 0;
    for (let k = ko[i]!; k < ko[i + 1]!; k++) {
      const s = scratch.keywordBest[t.keywords.values[k]!]!;
      if (s > best) best = s;
    }
    sum += w[3]! * best;
  }
  return sum / total;
}

/**
 * A tighter bound for row `i` from its `upperBound` (`bound`, with the `total` and `region`
 * it left behind): the same weighted mean with the exact region in place of the assumed one.
 */
export function refineRegion(
  ctx: KernelContext,
  b: QueryBuyer,
  scratch: BoundScratch,
  i: number,
  bound: number,
  total: number,
  region: number,
): number {
  const w = ctx.weights[1]!;
  if (w === 0 || total === 0) return bound;
  return bound - (w * (region - regionSignals(ctx.table, ctx.geo, b, i, scratch.region))) / total;
}

/**
 * A bound for every row whose industry is at most `industryCap` (e.g. no HS match at heading
 * level or better, and the buyer gives no activities): every other component that could be
 * known at 1.
 */
export function restBound(ctx: KernelContext, b: QueryBuyer, industryCap: number): number {
  const w = ctx.weights;
  const others =
    w[1]! +
    (b.vector ? w[2]! : 0) +
    (b.keywords.length ? w[3]! : 0) +
    w[4]! +
    (Number.isNaN(b.volume) ? 0 : w[5]!) +
    (Number.isNaN(b.daysLeft) ? 0 : w[6]!);
  const total = w[0]! + others;
  return total === 0 ? 0 : (w[0]! * industryCap + others) / total;
}
