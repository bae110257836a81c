/** Descriptive facts about a pair, for explanation lines (the numbers come from the kernel). */

import { blocsOf } from '../../geo/blocs.js';
import { getCountry } from '../../geo/countries.js';
import { countryDistanceKm } from '../../geo/distance.js';
import { inPlace } from '../../geo/regions.js';
import { businessHoursOverlap } from '../../geo/timezone.js';
import type { Buyer, Supplier } from '../../model/types.js';

export interface RegionFacts {
  /** Set when the buyer prefers origins: the first preferred place the supplier is in, if any. */
  origin?: { place: string | undefined };
  sameCountry: boolean;
  sharedBlocs: string[];
  exports?: 'country' | 'subregion' | 'other';
  target?: string;
  km: number;
  language: string | undefined;
  hours: number | undefined;
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
  const target = supplier.targetMarkets?.find((p) => inPlace(buyer.country, p));
  if (target !== undefined) facts.target = target;
  const bl = buyer.languages?.length ? buyer.languages : (bc?.languages ?? []);
  const sl = supplier.languages?.length ? supplier.languages : (sc?.languages ?? []);
  facts.language = bl.find((l) => sl.includes(l));
  const btz = buyer.timezone ?? bc?.timezone;
  const stz = supplier.timezone ?? sc?.timezone;
  if (btz && stz) facts.hours = businessHoursOverlap(btz, stz, asOf);
  return facts;
}
