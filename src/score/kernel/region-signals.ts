/**
 * The region component of one pair, and the two signals the supplier's side reuses: export
 * experience and target market. The rules (weights, signal values, formulas) live in
 * src/score/components/region.ts, whose `regionReference` the property tests hold this to, bit
 * for bit. Shared by the scoring kernel and the ranking bound, so both read the region the same
 * way. Hot path: reads the compiled buyer's per-country and per-time-zone tables, allocates nothing.
 */
import { EXPORT_SIGNAL, REGION_WEIGHTS as RW } from '../components/region.js';
import { EXPERIENCE_ELSEWHERE } from '../supplier-side.js';
import { csrHas } from './csr.js';
import type { GeoTables } from './geo-tables.js';
import type { QueryBuyer } from './query.js';
import type { SupplierTable } from './supplier-table.js';

/** What `regionSignals` leaves behind besides its return value. */
export class RegionSignals {
  /** Export signal (EXPORT_SIGNAL), NaN when the supplier lists no export markets. */
  exports = Number.NaN;
  /** 1 when the buyer's country is in the supplier's target markets, 0 when not, NaN when it lists none. */
  market = Number.NaN;
}

/** The region component of buyer `b` and supplier row `i`, in [0, 1]. */
export function regionSignals(t: SupplierTable, geo: GeoTables, b: QueryBuyer, i: number, out: RegionSignals): number {
  let sum = b.regionBase[t.country[i]!]!;
  let weight = b.regionBaseWeight;

  const ex = t.exportCountries.offsets;
  if (ex[i + 1]! > ex[i]!) {
    out.exports = csrHas(t.exportCountries, i, b.country)
      ? EXPORT_SIGNAL.country
      : csrHas(t.exportSubregions, i, b.subregion)
        ? EXPORT_SIGNAL.subregion
        : EXPORT_SIGNAL.other;
    sum += RW.exports * out.exports;
    weight += RW.exports;
  } else out.exports = Number.NaN;

  out.market = marketSignal(t, geo, i, b.country);
  if (!Number.isNaN(out.market)) {
    sum += RW.target * out.market;
    weight += RW.target;
  }

  const lg = t.languages.offsets;
  let shared = 0;
  for (let k = lg[i]!; k < lg[i + 1]! && shared === 0; k++) shared = b.speaks[t.languages.values[k]!] ?? 0;
  sum += RW.language * shared;
  weight += RW.language;

  const tz = t.timezone[i]!;
  if (b.timezone >= 0 && tz >= 0) {
    let hours = b.timezone === tz ? 1 : b.hours[tz]!;
    if (Number.isNaN(hours)) b.hours[tz] = hours = geo.hoursOverlap(b.timezone, tz);
    sum += RW.hours * hours;
    weight += RW.hours;
  }
  return sum / weight;
}

/** 1 when a buyer in `country` is in row `i`'s target markets, 0 when not, NaN when it lists none. */
export function marketSignal(t: SupplierTable, geo: GeoTables, i: number, country: number): number {
  const tg = t.targets.offsets;
  if (tg[i + 1]! === tg[i]!) return Number.NaN;
  for (let k = tg[i]!; k < tg[i + 1]!; k++) if (geo.placeMembers(t.targets.values[k]!)[country] === 1) return 1;
  return 0;
}

/** Row `i`'s export experience with a buyer in `country`: 1 there, less elsewhere, NaN when it lists none. */
export function experienceSignal(t: SupplierTable, i: number, country: number): number {
  const ex = t.exportCountries.offsets;
  if (ex[i + 1]! === ex[i]!) return Number.NaN;
  return csrHas(t.exportCountries, i, country) ? 1 : EXPERIENCE_ELSEWHERE;
}
