/**
 * The one scoring kernel. `score`, `rank`, `rankAll`, `rankBuyers` and meeting candidates all
 * call `scorePair`, so a pair gets the same numbers, to the last bit, on every path. It reads
 * the column tables and writes into a reused output: no allocation per pair (this is the hot
 * path; it is hand-written over typed arrays because it runs for every candidate pair).
 */
import { COMPONENTS } from '../../model/types.js';
import { capabilityFromDot, dot } from '../components/capability.js';
import { capacityFit, capacityScore, moqFit } from '../components/capacity.js';
import { credentialScore } from '../components/credentials.js';
import { EXPORT_SIGNAL, REGION_WEIGHTS as RW } from '../components/region.js';
import { KeywordMatcher } from '../components/text.js';
import { timingFeasible, timingScore } from '../components/timing.js';
import { EXPERIENCE_ELSEWHERE, SUPPLIER_SIDE_WEIGHTS as SW, mutualScore } from '../supplier-side.js';
import { numericCoverage } from './codes.js';
import { csrHas } from './interner.js';
import { HARD_BITS, type QueryBuyer } from './query.js';
import type { SupplierTable } from './supplier-table.js';
import type { GeoTables } from './geo-tables.js';

/** Bits of `PairScores.excluded`; see src/score/constraints.ts for the reason codes. */
export const EXCLUDED = { origin: 1, certification: 2, tier: 4, industry: 8, capacity: 16, moq: 32, deadline: 64 } as const;

export interface KernelContext {
  readonly table: SupplierTable;
  readonly geo: GeoTables;
  /** Weights in COMPONENTS order. */
  readonly weights: Float64Array;
  /** Exclude pairs with industry 0 (only while industry has weight). */
  readonly industryGate: boolean;
  readonly hsSections: Int16Array;
  readonly isicSections: Int16Array;
}

export class PairScores {
  score = 0;
  /** In COMPONENTS order; NaN for unknown. */
  readonly components = new Float64Array(COMPONENTS.length);
  excluded = 0;
  supplierSide = 0;
  mutual = 0;
}

const INDUSTRY = 0;
const REGION = 1;
const CAPABILITY = 2;
const TEXT = 3;
const CREDENTIALS = 4;
const CAPACITY = 5;
const TIMING = 6;

export function scorePair(ctx: KernelContext, b: QueryBuyer, i: number, out: PairScores): PairScores {
  const t = ctx.table;
  const c = out.components;

  // Industry: the better of HS and ISIC coverage.
  const p = t.products.offsets;
  const hs = numericCoverage(b.wants, t.products, p[i]!, p[i + 1]!, ctx.hsSections);
  const a = t.activities.offsets;
  const isic = numericCoverage(b.activities, t.activities, a[i]!, a[i + 1]!, ctx.isicSections);
  const industry = Number.isNaN(hs) ? isic : Number.isNaN(isic) ? hs : hs > isic ? hs : isic;
  c[INDUSTRY] = industry;

  // Region: weighted mean of the known signals.
  const sc = t.country[i]!;
  let rSum = RW.ties * ctx.geo.tie(b.country, sc) + RW.distance * ctx.geo.closeness(b.country, sc);
  let rWeight = RW.ties + RW.distance;
  if (b.include) {
    rSum += RW.origin * b.include[sc]!;
    rWeight += RW.origin;
  }
  const ex = t.exportCountries.offsets;
  const hasExports = ex[i + 1]! > ex[i]!;
  const exportsToBuyer = hasExports && csrHas(t.exportCountries, i, b.country);
  if (hasExports) {
    rSum +=
      RW.exports *
      (exportsToBuyer ? EXPORT_SIGNAL.country : csrHas(t.exportSubregions, i, b.subregion) ? EXPORT_SIGNAL.subregion : EXPORT_SIGNAL.other);
    rWeight += RW.exports;
  }
  let market = Number.NaN;
  const tg = t.targets.offsets;
  if (tg[i + 1]! > tg[i]!) {
    market = 0;
    for (let k = tg[i]!; k < tg[i + 1]!; k++) {
      if (ctx.geo.placeMembers(t.targets.values[k]!)[b.country] === 1) {
        market = 1;
        break;
      }
    }
    rSum += RW.target * market;
    rWeight += RW.target;
  }
  let sharedLanguage = 0;
  for (let k = 0; k < b.languages.length && sharedLanguage === 0; k++) {
    if (b.languages[k]! >= 0 && csrHas(t.languages, i, b.languages[k]!)) sharedLanguage = 1;
  }
  rSum += RW.language * sharedLanguage;
  rWeight += RW.language;
  const stz = t.timezone[i]!;
  if (b.timezone >= 0 && stz >= 0) {
    rSum += RW.hours * (b.timezone === stz ? 1 : ctx.geo.hoursOverlap(b.timezone, stz));
    rWeight += RW.hours;
  }
  c[REGION] = rSum / rWeight;

  // Capability: clamped cosine of the normalised vectors.
  const caps = t.capabilities;
  c[CAPABILITY] = caps && b.vector && caps.present[i] === 1 ? capabilityFromDot(dot(caps.matrix, i, b.vector, caps.dim)) : Number.NaN;

  // Keywords.
  c[TEXT] = KeywordMatcher.score(b.keywords, t.keywords.values, t.keywords.offsets[i]!, t.keywords.offsets[i + 1]!);

  // Credentials, and the certificate / tier constraints on the way.
  let excluded = 0;
  for (let k = 0; k < b.required.length; k++) {
    if (b.required[k]! < 0 || !csrHas(t.certificates, i, b.required[k]!)) excluded |= EXCLUDED.certification;
  }
  if (b.preferred.length > 0 || t.hasCredentials[i] === 1) {
    let held = 0;
    for (let k = 0; k < b.preferred.length; k++) if (b.preferred[k]! >= 0 && csrHas(t.certificates, i, b.preferred[k]!)) held++;
    c[CREDENTIALS] = credentialScore(b.preferred.length > 0 ? held / b.preferred.length : Number.NaN, t.trust[i]!);
  } else c[CREDENTIALS] = Number.NaN;
  if (b.minTierRank > 0 && t.tierRank[i]! < b.minTierRank) excluded |= EXCLUDED.tier;

  // Capacity and timing.
  const capacity = t.capacity[i]!;
  const moq = t.moq[i]!;
  c[CAPACITY] = capacityScore(b.volume, capacity, moq);
  const lead = t.leadTimeDays[i]!;
  c[TIMING] = timingScore(b.daysLeft, lead);

  // Remaining hard constraints.
  if (b.exclude && b.exclude[sc] === 1) excluded |= EXCLUDED.origin;
  if (ctx.industryGate && industry === 0) excluded |= EXCLUDED.industry;
  if (b.hard !== 0 && !Number.isNaN(b.volume)) {
    if (b.hard & HARD_BITS.capacity && !Number.isNaN(capacity) && capacityFit(b.volume, capacity) < 1) excluded |= EXCLUDED.capacity;
    if (b.hard & HARD_BITS.moq && !Number.isNaN(moq) && moqFit(b.volume, moq) < 1) excluded |= EXCLUDED.moq;
  }
  if (b.hard & HARD_BITS.deadline && !Number.isNaN(b.daysLeft) && !Number.isNaN(lead) && !timingFeasible(b.daysLeft, lead)) {
    excluded |= EXCLUDED.deadline;
  }
  out.excluded = excluded;

  // Weighted mean of the known, weighted components.
  let sum = 0;
  let total = 0;
  for (let k = 0; k < 7; k++) {
    const v = c[k]!;
    const w = ctx.weights[k]!;
    if (w === 0 || Number.isNaN(v)) continue;
    sum += w * v;
    total += w;
  }
  const score = total === 0 ? 0 : sum / total;
  out.score = score < 0 ? 0 : score > 1 ? 1 : score;

  // The supplier's side and the mutual score.
  let sSum = 0;
  let sTotal = 0;
  if (!Number.isNaN(industry)) {
    sSum += SW.product * industry;
    sTotal += SW.product;
  }
  if (!Number.isNaN(market)) {
    sSum += SW.market * market;
    sTotal += SW.market;
  }
  if (!Number.isNaN(b.volume) && !Number.isNaN(moq)) {
    sSum += SW.order * moqFit(b.volume, moq);
    sTotal += SW.order;
  }
  if (hasExports) {
    sSum += SW.experience * (exportsToBuyer ? 1 : EXPERIENCE_ELSEWHERE);
    sTotal += SW.experience;
  }
  out.supplierSide = sTotal === 0 ? 0 : sSum / sTotal;
  out.mutual = mutualScore(out.score, out.supplierSide);
  return out;
}
