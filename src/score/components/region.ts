/**
 * Region fit, from the buyer's point of view: a weighted mean of the known signals below, each
 * in [0, 1]. This file holds every region rule: the weights and signal values, the signal
 * formulas the kernel's tables memoise (kernel/geo-tables.ts), the facts explanations print and
 * a readable reference the property tests hold the kernel (kernel/region-signals.ts) to.
 *
 * | signal | weight | value |
 * |---|---|---|
 * | origin | 3 | supplier in one of the buyer's preferred origins (only when the buyer names some) |
 * | exports | 2 | exports to the buyer's country 1, its sub-region 0.6, elsewhere 0.2 (when it lists markets) |
 * | ties | 1 | same country 1, a shared trade bloc 0.8, else 0 |
 * | target | 1 | the buyer's country is in the supplier's target markets (only when it lists some) |
 * | distance | 1 | e^(−km / 6000) between country centre points |
 * | language | 1 | a shared language (defaults: the countries' languages) |
 * | hours | 1 | business-hours overlap ÷ 9 h (time zones default to the countries' main zones) |
 */

import { blocsOf } from '../../geo/blocs.js';
import { getCountry } from '../../geo/countries.js';
import { countryDistanceKm } from '../../geo/distance.js';
import { portableExp } from '../../geo/portable-math.js';
import { inPlace } from '../../geo/regions.js';
import { BUSINESS_DAY, businessHoursOverlap } from '../../geo/timezone.js';
import type { Buyer, Supplier } from '../../model/types.js';

/** Weight of each signal in the mean: a preferred origin is what a buyer states outright, so it counts most. */
export const REGION_WEIGHTS = {
  origin: 3,
  exports: 2,
  ties: 1,
  target: 1,
  distance: 1,
  language: 1,
  hours: 1,
} as const;
/** Export experience: to the buyer's own country, to its sub-region, only elsewhere. */
export const EXPORT_SIGNAL = { country: 1, subregion: 0.6, other: 0.2 } as const;
/** Trade ties: same country, a shared trade bloc (customs and tariff advantages), none. */
export const TIES = { sameCountry: 1, sharedBloc: 0.8, none: 0 } as const;
/** Distance at which the distance signal has fallen to 1/e (≈ 0.37): neighbouring continents. */
export const DISTANCE_SCALE_KM = 6_000;
/** Hours of one business day (geo/timezone.ts, 9–18): a full day of overlap is the best signal. */
export const BUSINESS_HOURS = BUSINESS_DAY[1] - BUSINESS_DAY[0];

/** The trade-ties signal (TIES). */
export function tiesSignal(sameCountry: boolean, sharesBloc: boolean): number {
  return sameCountry ? TIES.sameCountry : sharesBloc ? TIES.sharedBloc : TIES.none;
}

/** The distance signal, e^(−km / DISTANCE_SCALE_KM), with the portable exp (the same last bit everywhere). */
export function distanceSignal(km: number): number {
  return portableExp(-km / DISTANCE_SCALE_KM);
}

/** The hours signal: overlap of the business days ÷ one business day, at most 1. */
export function hoursSignal(overlapHours: number): number {
  return Math.min(1, overlapHours / BUSINESS_HOURS);
}

/** The facts behind a pair's region signals, as explanations print them. */
export interface RegionFacts {
  /** Set when the buyer prefers origins: the first preferred place the supplier is in, if any. */
  origin?: { place: string | undefined };
  sameCountry: boolean;
  sharedBlocs: string[];
  /** Set when the supplier lists export markets: where they reach (EXPORT_SIGNAL). */
  exports?: keyof typeof EXPORT_SIGNAL;
  /** The first of the supplier's target markets the buyer's country is in. */
  target?: string;
  /** Set when the supplier lists target markets: whether the buyer's country is in one. */
  targeted?: boolean;
  km: number;
  /** The first language both speak (declared, else the countries' languages). */
  language: string | undefined;
  /** Business-hours overlap in hours, when both time zones are known. */
  hours: number | undefined;
  /** True when both parties are in the same time zone (their business days coincide). */
  sameZone: boolean;
}

export function regionFacts(buyer: Buyer, supplier: Supplier, asOf: Date): RegionFacts {
  const bc = getCountry(buyer.country);
  const sc = getCountry(supplier.country);
  const supplierBlocs = blocsOf(supplier.country);
  const facts: RegionFacts = {
    sameCountry: buyer.country === supplier.country,
    sharedBlocs: blocsOf(buyer.country).filter((b) => supplierBlocs.includes(b)),
    km: countryDistanceKm(buyer.country, supplier.country),
    language: undefined,
    hours: undefined,
    sameZone: false,
  };
  if (buyer.origins?.include?.length)
    facts.origin = { place: buyer.origins.include.find((p) => inPlace(supplier.country, p)) };
  const markets = supplier.exportMarkets ?? [];
  if (markets.length) {
    facts.exports = markets.includes(buyer.country)
      ? 'country'
      : bc && markets.some((m) => getCountry(m)?.subregion === bc.subregion)
        ? 'subregion'
        : 'other';
  }
  if (supplier.targetMarkets?.length) {
    const target = supplier.targetMarkets.find((p) => inPlace(buyer.country, p));
    facts.targeted = target !== undefined;
    if (target !== undefined) facts.target = target;
  }
  const bl = buyer.languages?.length ? buyer.languages : (bc?.languages ?? []);
  const sl = supplier.languages?.length ? supplier.languages : (sc?.languages ?? []);
  facts.language = bl.find((l) => sl.includes(l));
  const btz = buyer.timezone ?? bc?.timezone;
  const stz = supplier.timezone ?? sc?.timezone;
  if (btz && stz) {
    facts.hours = businessHoursOverlap(btz, stz, asOf);
    facts.sameZone = btz === stz;
  }
  return facts;
}

/**
 * The region component of a pair computed the readable way, from its facts: the reference the
 * kernel must equal to the last bit (the sums run in the kernel's order: the country signals,
 * then exports, target, language and hours).
 */
export function regionReference(buyer: Buyer, supplier: Supplier, asOf: Date): number {
  const f = regionFacts(buyer, supplier, asOf);
  const W = REGION_WEIGHTS;
  let sum = W.ties * tiesSignal(f.sameCountry, f.sharedBlocs.length > 0) + W.distance * distanceSignal(f.km);
  let weight = W.ties + W.distance;
  if (f.origin) {
    sum += W.origin * (f.origin.place !== undefined ? 1 : 0);
    weight += W.origin;
  }
  if (f.exports) {
    sum += W.exports * EXPORT_SIGNAL[f.exports];
    weight += W.exports;
  }
  if (f.targeted !== undefined) {
    sum += W.target * (f.targeted ? 1 : 0);
    weight += W.target;
  }
  sum += W.language * (f.language !== undefined ? 1 : 0);
  weight += W.language;
  if (f.hours !== undefined) {
    sum += W.hours * (f.sameZone ? 1 : hoursSignal(f.hours));
    weight += W.hours;
  }
  return sum / weight;
}
