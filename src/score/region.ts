/**
 * Region fit, from the buyer's point of view: the buyer's preferred origins, shared trade
 * agreements, the supplier's export experience and target markets, distance, a shared
 * language and business-hours overlap (for online meetings). Each signal is in [0, 1]; the
 * component is their weighted mean over the signals that are known.
 */
import { inPlace } from '../geo/regions.js';
import { countryDistanceKm } from '../geo/distance.js';
import { businessHoursOverlap } from '../geo/timezone.js';
import type { PreparedBuyer, PreparedSupplier } from './prepared.js';

/** Relative weights of the region signals. */
export const REGION_SIGNAL_WEIGHTS = {
  origin: 3,
  exports: 2,
  ties: 1,
  target: 1,
  distance: 1,
  language: 1,
  hours: 1,
} as const;
type Signal = keyof typeof REGION_SIGNAL_WEIGHTS;

/** Distance at which the distance signal has fallen to 1/e (≈ 0.37). */
const DISTANCE_SCALE_KM = 6_000;
const BUSINESS_HOURS = 9;

export interface RegionEvidence {
  /** Set when the buyer prefers origins: the first matching preferred place, if any. */
  origin?: { value: number; place: string | undefined };
  exports?: { value: number; kind: 'country' | 'subregion' | 'other' };
  target?: { value: number; place: string | undefined };
  ties: { value: number; sameCountry: boolean; sharedBlocs: string[] };
  distance: { value: number; km: number };
  language: { value: number; shared: string | undefined };
  hours?: { value: number; hours: number };
}

/** Memoises the pairwise geo look-ups, which repeat across many pairs. */
export class RegionCache {
  private readonly distances = new Map<string, number>();
  private readonly overlaps = new Map<string, number>();
  constructor(private readonly at: Date) {}

  distanceKm(a: string, b: string): number {
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    let d = this.distances.get(key);
    if (d === undefined) this.distances.set(key, (d = countryDistanceKm(a, b)));
    return d;
  }

  overlapHours(a: string, b: string): number {
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    let h = this.overlaps.get(key);
    if (h === undefined) this.overlaps.set(key, (h = businessHoursOverlap(a, b, this.at)));
    return h;
  }
}

export function regionEvidence(b: PreparedBuyer, s: PreparedSupplier, cache: RegionCache): RegionEvidence {
  const buyerCountry = b.profile.country;
  const supplierCountry = s.profile.country;
  const evidence: RegionEvidence = {
    ties: tradeTies(b, s),
    distance: distanceSignal(cache.distanceKm(buyerCountry, supplierCountry)),
    language: languageSignal(b.languages, s.languages),
  };
  const include = b.profile.origins?.include;
  if (include?.length) {
    const place = include.find((p) => inPlace(supplierCountry, p));
    evidence.origin = { value: place === undefined ? 0 : 1, place };
  }
  if (s.exportMarkets.size > 0) evidence.exports = exportSignal(b, s);
  const targets = s.profile.targetMarkets;
  if (targets?.length) {
    const place = targets.find((p) => inPlace(buyerCountry, p));
    evidence.target = { value: place === undefined ? 0 : 1, place };
  }
  if (b.timezone && s.timezone) {
    const hours = cache.overlapHours(b.timezone, s.timezone);
    evidence.hours = { value: Math.min(1, hours / BUSINESS_HOURS), hours };
  }
  return evidence;
}

export function regionScore(evidence: RegionEvidence): number {
  let sum = 0;
  let weight = 0;
  for (const signal of Object.keys(REGION_SIGNAL_WEIGHTS) as Signal[]) {
    const e = evidence[signal];
    if (!e) continue;
    sum += REGION_SIGNAL_WEIGHTS[signal] * e.value;
    weight += REGION_SIGNAL_WEIGHTS[signal];
  }
  return sum / weight;
}

function tradeTies(b: PreparedBuyer, s: PreparedSupplier): RegionEvidence['ties'] {
  const sameCountry = b.profile.country === s.profile.country;
  const sharedBlocs = b.blocs.filter((bloc) => s.blocs.includes(bloc));
  return { value: sameCountry ? 1 : sharedBlocs.length > 0 ? 0.8 : 0, sameCountry, sharedBlocs };
}

function exportSignal(b: PreparedBuyer, s: PreparedSupplier): NonNullable<RegionEvidence['exports']> {
  if (s.exportMarkets.has(b.profile.country)) return { value: 1, kind: 'country' };
  if (b.subregion !== undefined) {
    for (const market of s.exportMarkets) {
      if (inPlace(market, b.subregion)) return { value: 0.6, kind: 'subregion' };
    }
  }
  // Any export experience is worth something to a foreign buyer.
  return { value: 0.2, kind: 'other' };
}

function distanceSignal(km: number): RegionEvidence['distance'] {
  return { value: Math.exp(-km / DISTANCE_SCALE_KM), km };
}

function languageSignal(a: readonly string[], b: readonly string[]): RegionEvidence['language'] {
  const shared = a.find((l) => b.includes(l));
  return { value: shared === undefined ? 0 : 1, shared };
}
