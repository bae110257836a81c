/**
 * A cheap upper bound on a pair's score, so ranking can skip most rows without scoring them.
 * Industry (at most its candidate band's cap), capability, capacity and timing are computed
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
import { CAPABILITY, CAPACITY, CREDENTIALS, INDUSTRY, REGION, TEXT, TIMING } from './component-index.js';
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
 * `industryCap`: the most the pair's industry can be (its candidate band's level);
 * `industryAtCap`: use the cap itself as the industry (one wanted code: the row's best match is
 * at most the band's level), so no codes are read.
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
  if (w[REGION] !== 0) {
    const k = t.country[i]! * FLAG_COMBINATIONS + t.regionFlags[i]!;
    let region = scratch.regionBound[k]!;
    if (Number.isNaN(region)) scratch.regionBound[k] = region = regionBound(b, t.country[i]!, t.regionFlags[i]!);
    scratch.lastRegion = region;
    sum += w[REGION]! * region;
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

  // Which dearer components are known for this pair (the bound keeps the score's known-set).
  const p = t.products.offsets;
  const a = t.activities.offsets;
  // Industry is known when the supplier gives any code (ISIC-only suppliers go through the bridge).
  const industryKnown = w[INDUSTRY] !== 0 && (p[i + 1]! > p[i]! || a[i + 1]! > a[i]!);
  const caps = t.capabilities;
  const vectorKnown = w[CAPABILITY] !== 0 && caps !== undefined && b.vector !== undefined && caps.present[i] === 1;
  const ko = t.keywords.offsets;
  const keywordsKnown = w[TEXT] !== 0 && b.keywords.length > 0 && ko[i + 1]! > ko[i]!;
  if (industryKnown) total += w[INDUSTRY]!;
  if (vectorKnown) total += w[CAPABILITY]!;
  if (keywordsKnown) total += w[TEXT]!;
  scratch.lastTotal = total;
  scratch.lastIndustry = industryCap;
  if (total === 0) return 0;
  const optimistic =
    (sum +
      (industryKnown ? w[INDUSTRY]! * industryCap : 0) +
      (vectorKnown ? w[CAPABILITY]! : 0) +
      (keywordsKnown ? w[TEXT]! : 0)) /
    total;
  if (optimistic < floor) return optimistic;

  if (industryKnown) {
    const industry = industryAtCap ? industryCap : industryScore(ctx, b, i);
    if (industry < industryCap) scratch.lastIndustry = industry;
    sum += w[INDUSTRY]! * scratch.lastIndustry;
  }
  if (vectorKnown) sum += w[CAPABILITY]! * capabilityFromDot(dot(caps.matrix, i, b.vector!, caps.dim));
  if (keywordsKnown) {
    // The mean of per-keyword maxima is at most the best single similarity.
    let best = 0;
    for (let k = ko[i]!; k < ko[i + 1]!; k++) {
      const s = scratch.keywordBest[t.keywords.values[k]!]!;
      if (s > best) best = s;
    }
    sum += w[TEXT]! * best;
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
    w[REGION]! +
    (b.vector ? w[CAPABILITY]! : 0) +
    (b.keywords.length ? w[TEXT]! : 0) +
    w[CREDENTIALS]! +
    (Number.isNaN(b.volume) ? 0 : w[CAPACITY]!) +
    (Number.isNaN(b.daysLeft) ? 0 : w[TIMING]!);
  const total = w[INDUSTRY]! + others;
  return total === 0 ? 0 : (w[INDUSTRY]! * industryCap + others) / total;
}
