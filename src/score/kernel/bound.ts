/**
 * An upper bound on a pair's score that is much cheaper than the score: industry, capability,
 * capacity and timing are computed exactly; region, credentials and keywords are bounded
 * optimistically from per-buyer tables. The combined score is a weighted mean over a known-
 * set that the bound reproduces exactly, and it rises with every component value, so
 * `upperBound ≥ scorePair(...).score` always (checked by a property test). Ranking uses it
 * to skip pairs that cannot reach the current top k.
 */
import { capabilityFromDot, dot } from '../components/capability.js';
import { capacityScore } from '../components/capacity.js';
import { PREFERRED_SHARE } from '../components/credentials.js';
import { REGION_WEIGHTS as RW } from '../components/region.js';
import { timingScore } from '../components/timing.js';
import { numericCoverage } from './codes.js';
import type { QueryBuyer } from './query.js';
import type { KernelContext } from './score-pair.js';

/** Per-buyer tables for the bound, built once per query. */
export interface BoundTables {
  /** Region bound by supplier country, for suppliers with / without export markets, targets, time zone. */
  readonly regionBase: Float64Array;
  /** Best keyword similarity of any buyer keyword, by vocabulary id. */
  readonly keywordBest: ReadonlyMap<number, number>;
}

export function boundTables(ctx: KernelContext, b: QueryBuyer): BoundTables {
  const n = ctx.geo.countries.size;
  // Exact country-pair signals; the optimistic ones are added per row by their known-ness.
  const regionBase = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    regionBase[c] = RW.ties * ctx.geo.tie(b.country, c) + RW.distance * ctx.geo.closeness(b.country, c) + (b.include ? RW.origin * b.include[c]! : 0);
  }
  const keywordBest = new Map<number, number>();
  for (const sims of b.keywords) for (const [id, s] of sims) if (s > (keywordBest.get(id) ?? 0)) keywordBest.set(id, s);
  return { regionBase, keywordBest };
}

export function upperBound(ctx: KernelContext, b: QueryBuyer, tables: BoundTables, i: number): number {
  // Hot path (once per candidate row): no closures, no allocation.
  const t = ctx.table;
  const w = ctx.weights;
  let sum = 0;
  let total = 0;
  let v: number;

  const p = t.products.offsets;
  const a = t.activities.offsets;
  const hs = numericCoverage(b.wants, t.products, p[i]!, p[i + 1]!, ctx.hsSections);
  const isic = b.activities.codes.length === 0 ? Number.NaN : numericCoverage(b.activities, t.activities, a[i]!, a[i + 1]!, ctx.isicSections);
  v = Number.isNaN(hs) ? isic : Number.isNaN(isic) ? hs : hs > isic ? hs : isic;
  if (w[0] !== 0 && !Number.isNaN(v)) (sum += w[0]! * v), (total += w[0]!);

  // Region: exact country-pair part, the other known signals at their best (1).
  let rSum = tables.regionBase[t.country[i]!]! + RW.language;
  let rWeight = RW.ties + RW.distance + RW.language + (b.include ? RW.origin : 0);
  if (t.exportCountries.offsets[i + 1]! > t.exportCountries.offsets[i]!) (rSum += RW.exports), (rWeight += RW.exports);
  if (t.targets.offsets[i + 1]! > t.targets.offsets[i]!) (rSum += RW.target), (rWeight += RW.target);
  if (b.timezone >= 0 && t.timezone[i]! >= 0) (rSum += RW.hours), (rWeight += RW.hours);
  if (w[1] !== 0) (sum += (w[1]! * rSum) / rWeight), (total += w[1]!);

  const caps = t.capabilities;
  if (w[2] !== 0 && caps && b.vector && caps.present[i] === 1) {
    sum += w[2]! * capabilityFromDot(dot(caps.matrix, i, b.vector, caps.dim));
    total += w[2]!;
  }

  // Keywords: the mean of per-keyword maxima is at most the best single similarity.
  const ko = t.keywords.offsets;
  if (w[3] !== 0 && b.keywords.length > 0 && ko[i + 1]! > ko[i]!) {
    let best = 0;
    for (let k = ko[i]!; k < ko[i + 1]!; k++) {
      const s = tables.keywordBest.get(t.keywords.values[k]!);
      if (s !== undefined && s > best) best = s;
    }
    sum += w[3]! * best;
    total += w[3]!;
  }

  if (w[4] !== 0) {
    if (b.preferred.length > 0) (sum += w[4]! * (PREFERRED_SHARE + (1 - PREFERRED_SHARE) * t.trust[i]!)), (total += w[4]!);
    else if (t.hasCredentials[i] === 1) (sum += w[4]! * t.trust[i]!), (total += w[4]!);
  }

  v = capacityScore(b.volume, t.capacity[i]!, t.moq[i]!);
  if (w[5] !== 0 && !Number.isNaN(v)) (sum += w[5]! * v), (total += w[5]!);
  v = timingScore(b.daysLeft, t.leadTimeDays[i]!);
  if (w[6] !== 0 && !Number.isNaN(v)) (sum += w[6]! * v), (total += w[6]!);
  return total === 0 ? 0 : sum / total;
}

/**
 * A bound for every row that has no HS match at heading level or better (industry ≤ 0.4 from
 * HS, and the buyer gives no activities): every other component that could be known at 1.
 */
export function restBound(ctx: KernelContext, b: QueryBuyer, industryCap: number): number {
  const w = ctx.weights;
  const others = w[1]! + (b.vector ? w[2]! : 0) + (b.keywords.length ? w[3]! : 0) + w[4]! + (Number.isNaN(b.volume) ? 0 : w[5]!) + (Number.isNaN(b.daysLeft) ? 0 : w[6]!);
  const total = w[0]! + others;
  return total === 0 ? 0 : (w[0]! * industryCap + others) / total;
}
