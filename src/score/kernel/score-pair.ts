/**
 * The one scoring kernel. `score`, `rank`, `rankAll`, `rankBuyers` and meeting candidates all
 * call `scorePair`, so a pair gets the same numbers, to the last bit, on every path. It reads
 * the column tables and writes into a reused output: no allocation per pair (this is the hot
 * path; it is hand-written over typed arrays because it runs for every candidate pair).
 */
import { COMPONENTS } from '../../model/types.js';
import { type IndustryLevel, industryThreshold } from '../../taxonomy/similarity.js';
import { capabilityFromDot, dot } from '../components/capability.js';
import { capacityScore, moqFit } from '../components/capacity.js';
import { credentialScore } from '../components/credentials.js';
import { EXPORT_SIGNAL } from '../components/region.js';
import { KeywordMatcher } from '../components/text.js';
import { timingScore } from '../components/timing.js';
import { EXPERIENCE_ELSEWHERE, mutualScore, supplierSideOf } from '../supplier-side.js';
import type { Weights } from '../weights.js';
import { CoverageBest, hsCoverage, numericCoverage, sectionTable } from './codes.js';
import {
  CAPABILITY,
  CAPACITY,
  COMPONENT_COUNT,
  CREDENTIALS,
  INDUSTRY,
  REGION,
  TEXT,
  TIMING,
} from './component-index.js';
import { csrHas } from './csr.js';
import type { GeoTables } from './geo-tables.js';
import { EXCLUDED, hardExclusions } from './hard-constraints.js';
import type { QueryBuyer } from './query.js';
import { RegionSignals, regionSignals } from './region-signals.js';
import type { SupplierTable } from './supplier-table.js';

export interface KernelContext {
  readonly table: SupplierTable;
  readonly geo: GeoTables;
  /** Weights in COMPONENTS order. */
  readonly weights: Float64Array;
  /** Exclude pairs whose industry evidence is too weak (only while industry has weight). */
  readonly industryGate: boolean;
  /** With the gate on: the least best-match similarity a pair needs (see `industryThreshold`). */
  readonly industryThreshold: number;
  /** Scratch for the best single code match of the last industry score. */
  readonly coverage: CoverageBest;
  readonly hsSections: Int16Array;
  readonly isicSections: Int16Array;
}

/** The kernel context for an engine's tables and options. */
export function kernelContext(
  table: SupplierTable,
  geo: GeoTables,
  options: {
    readonly weights: Weights;
    readonly requireIndustryOverlap: boolean;
    readonly minIndustryLevel: IndustryLevel;
  },
): KernelContext {
  return {
    table,
    geo,
    weights: Float64Array.from(COMPONENTS, (c) => options.weights[c]),
    industryGate: options.requireIndustryOverlap && options.weights.industry > 0,
    industryThreshold: industryThreshold(options.minIndustryLevel),
    coverage: new CoverageBest(),
    hsSections: sectionTable('hs'),
    isicSections: sectionTable('isic'),
  };
}

/** A pair's numbers as the kernel leaves them (see PairScores), or a copy of them. */
export interface PairNumbers {
  readonly score: number;
  /** In COMPONENTS order; NaN for unknown. */
  readonly components: ArrayLike<number>;
  readonly excluded: number;
  readonly supplierSide: number;
  readonly mutual: number;
}

/**
 * The numbers of `r` in an object of their own (the kernel reuses `r` for the next pair). The
 * components go into a plain array filled by a loop: a top-k list copies every pair that enters
 * it, and a small typed array (`Float64Array.from`) costs far more to make.
 */
export function copyNumbers(r: PairNumbers): PairNumbers {
  const from = r.components;
  const components = new Array<number>(from.length);
  for (let k = 0; k < from.length; k++) components[k] = from[k]!;
  return {
    score: r.score,
    components,
    excluded: r.excluded,
    supplierSide: r.supplierSide,
    mutual: r.mutual,
  };
}

export class PairScores extends RegionSignals implements PairNumbers {
  score = 0;
  /** In COMPONENTS order; NaN for unknown. */
  readonly components = new Float64Array(COMPONENTS.length);
  excluded = 0;
  supplierSide = 0;
  mutual = 0;
}

/**
 * Industry: the buyer's wanted HS codes against the supplier's HS products and, through the
 * HS ⇄ ISIC bridge, its ISIC activities (per wanted code the better); and the buyer's ISIC
 * activities against the supplier's; the better total counts. NaN only when the
 * supplier gives no codes at all. Leaves the best single match (over every source) in
 * `ctx.coverage.best`, for the eligibility gate.
 */
export function industryScore(ctx: KernelContext, b: QueryBuyer, i: number): number {
  const t = ctx.table;
  const cov = ctx.coverage;
  const p = t.products.offsets;
  const a = t.activities.offsets;
  let value = hsCoverage(
    b.wants,
    b.bridge,
    t.products,
    p[i]!,
    p[i + 1]!,
    t.activities,
    a[i]!,
    a[i + 1]!,
    ctx.hsSections,
    ctx.isicSections,
    cov,
  );
  if (b.activities.codes.length === 0) return value;
  const best = cov.best;
  const isic = numericCoverage(b.activities, t.activities, a[i]!, a[i + 1]!, ctx.isicSections, cov);
  if (!Number.isNaN(isic) && (Number.isNaN(value) || isic > value)) value = isic;
  if (best > cov.best) cov.best = best;
  return value;
}

/**
 * Scores buyer `b` against supplier row `i` into `out`. `keywordHint`, when given, is the best
 * similarity of any of `b`'s keywords by keyword id (BoundScratch.keywordBest prepared for
 * `b`): look-ups it marks as misses are skipped, which changes no result. `knownIndustry`, when
 * given, is `industryScore(ctx, b, i)` computed just before (`ctx.coverage` as it left it), e.g.
 * by an IndustryMemo.
 */
export function scorePair(
  ctx: KernelContext,
  b: QueryBuyer,
  i: number,
  out: PairScores,
  keywordHint: Float64Array | null = null,
  knownIndustry?: number,
): PairScores {
  const t = ctx.table;
  const c = out.components;

  const industry = knownIndustry === undefined ? industryScore(ctx, b, i) : knownIndustry;
  c[INDUSTRY] = industry;

  // Region: weighted mean of the known signals (also leaves the export and market signals).
  c[REGION] = regionSignals(t, ctx.geo, b, i, out);
  const hasExports = !Number.isNaN(out.exports);
  const exportsToBuyer = out.exports === EXPORT_SIGNAL.country;
  const market = out.market;

  // Capability: clamped cosine of the normalised vectors.
  const caps = t.capabilities;
  c[CAPABILITY] =
    caps && b.vector && caps.present[i] === 1 ? capabilityFromDot(dot(caps.matrix, i, b.vector, caps.dim)) : Number.NaN;

  // Keywords.
  c[TEXT] = KeywordMatcher.score(
    b.keywords,
    t.keywords.values,
    t.keywords.offsets[i]!,
    t.keywords.offsets[i + 1]!,
    keywordHint,
  );

  // Credentials.
  if (b.preferred.length > 0 || t.hasCredentials[i] === 1) {
    let held = 0;
    for (let k = 0; k < b.preferred.length; k++)
      if (b.preferred[k]! >= 0 && csrHas(t.certificates, i, b.preferred[k]!)) held++;
    c[CREDENTIALS] = credentialScore(b.preferred.length > 0 ? held / b.preferred.length : Number.NaN, t.trust[i]!);
  } else c[CREDENTIALS] = Number.NaN;

  // Capacity and timing.
  const moq = t.moq[i]!;
  c[CAPACITY] = capacityScore(b.volume, t.capacity[i]!, moq);
  c[TIMING] = timingScore(b.daysLeft, t.leadTimeDays[i]!);

  // Hard constraints.
  const weakIndustry = ctx.industryGate && !Number.isNaN(industry) && ctx.coverage.best < ctx.industryThreshold;
  out.excluded = hardExclusions(t, b, i) | (weakIndustry ? EXCLUDED.industry : 0);

  // Weighted mean of the known, weighted components.
  let sum = 0;
  let total = 0;
  for (let k = 0; k < COMPONENT_COUNT; k++) {
    const v = c[k]!;
    const w = ctx.weights[k]!;
    if (w === 0 || Number.isNaN(v)) continue;
    sum += w * v;
    total += w;
  }
  const score = total === 0 ? 0 : sum / total;
  out.score = score < 0 ? 0 : score > 1 ? 1 : score;

  // The supplier's side and the mutual score.
  out.supplierSide = supplierSideOf(
    industry,
    market,
    Number.isNaN(b.volume) || Number.isNaN(moq) ? Number.NaN : moqFit(b.volume, moq),
    hasExports ? (exportsToBuyer ? 1 : EXPERIENCE_ELSEWHERE) : Number.NaN,
  );
  out.mutual = mutualScore(out.score, out.supplierSide);
  return out;
}
