/**
 * Geography for the kernel, as integer ids and memoised pair tables: trade ties and distance
 * per country pair, business-hours overlap per time-zone pair, place membership per place.
 */

import { blocsOf } from '../../geo/blocs.js';
import { allCountryCodes, getCountry } from '../../geo/countries.js';
import { countryDistanceKm } from '../../geo/distance.js';
import { portableExp } from '../../geo/portable-math.js';
import { inPlace } from '../../geo/regions.js';
import { businessHoursOverlap } from '../../geo/timezone.js';
import { Interner } from './interner.js';

/** Key of a time-zone pair (a, b) in the overlap memo: a × stride + b (zone ids stay far below it). */
const ZONE_PAIR_STRIDE = 2 ** 20;

/** Distance at which the distance signal has fallen to 1/e (≈ 0.37). */
export const DISTANCE_SCALE_KM = 6_000;
/** Trade-ties signal: same country 1, a shared trade bloc 0.8, none 0. */
export const TIES = { sameCountry: 1, sharedBloc: 0.8, none: 0 } as const;
const BUSINESS_HOURS = 9;

export class GeoTables {
  readonly countries = new Interner();
  readonly subregions = new Interner();
  readonly timezones = new Interner();
  readonly places = new Interner();
  /** Country id → sub-region id. */
  readonly subregionOf: Int32Array;
  private readonly ties: Float64Array;
  private readonly distance: Float64Array;
  private readonly hours = new Map<number, number>();
  private readonly members: Uint8Array[] = [];

  constructor(private readonly at: Date) {
    for (const code of allCountryCodes()) this.countries.intern(code);
    const n = this.countries.size;
    this.subregionOf = Int32Array.from(this.countries.values, (c) => this.subregions.intern(getCountry(c)!.subregion));
    this.ties = new Float64Array(n * n).fill(Number.NaN);
    this.distance = new Float64Array(n * n).fill(Number.NaN);
  }

  country(code: string): number {
    return this.countries.lookup(code);
  }

  /** Trade-ties signal for a country pair (memoised). */
  tie(a: number, b: number): number {
    const k = a * this.countries.size + b;
    let v = this.ties[k]!;
    if (Number.isNaN(v)) {
      const ca = this.countries.values[a]!;
      const cb = this.countries.values[b]!;
      const blocs = blocsOf(cb);
      v = a === b ? TIES.sameCountry : blocsOf(ca).some((x) => blocs.includes(x)) ? TIES.sharedBloc : TIES.none;
      this.ties[k] = v;
    }
    return v;
  }

  /** Distance signal e^(−km / 6000) for a country pair (memoised). */
  closeness(a: number, b: number): number {
    const k = a * this.countries.size + b;
    let v = this.distance[k]!;
    if (Number.isNaN(v)) {
      v = portableExp(-countryDistanceKm(this.countries.values[a]!, this.countries.values[b]!) / DISTANCE_SCALE_KM);
      this.distance[k] = v;
    }
    return v;
  }

  /** Business-hours overlap signal in [0, 1] for a time-zone pair (memoised). */
  hoursOverlap(a: number, b: number): number {
    const k = a * ZONE_PAIR_STRIDE + b;
    let v = this.hours.get(k);
    if (v === undefined) {
      v = Math.min(
        1,
        businessHoursOverlap(this.timezones.values[a]!, this.timezones.values[b]!, this.at) / BUSINESS_HOURS,
      );
      this.hours.set(k, v);
    }
    return v;
  }

  /** Membership of every country in a place (country, M49 region or bloc), by place id. */
  placeMembers(place: number): Uint8Array {
    let m = this.members[place];
    if (!m) {
      const code = this.places.values[place]!;
      m = Uint8Array.from(this.countries.values, (c) => (inPlace(c, code) ? 1 : 0));
      this.members[place] = m;
    }
    return m;
  }

  /** Countries inside any of `places`, or null when the list is empty. */
  membership(places: readonly string[] | undefined): Uint8Array | null {
    if (!places?.length) return null;
    const out = new Uint8Array(this.countries.size);
    for (const p of places) {
      const m = this.placeMembers(this.places.intern(p));
      for (let i = 0; i < out.length; i++) out[i]! |= m[i]!;
    }
    return out;
  }
}
