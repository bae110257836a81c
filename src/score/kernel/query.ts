/** A buyer compiled for the kernel against one engine's tables: ids, numbers, membership arrays. */

import { getCountry } from '../../geo/countries.js';
import { calendarDay, utcCalendarDay } from '../../model/calendar-date.js';
import type { Buyer } from '../../model/types.js';
import { isicClassesOfHs } from '../../taxonomy/bridge.js';
import { HEADING_LENGTH } from '../../taxonomy/levels.js';
import { normalise } from '../components/capability.js';
import { REGION_WEIGHTS as RW } from '../components/region.js';
import type { KeywordMatcher, KeywordSimilarities } from '../components/text.js';
import { tierRank } from '../tiers.js';
import { type BridgeRows, keyCodes } from './codes.js';
import type { GeoTables } from './geo-tables.js';
import { type CodeRows, codeRows, type Vocabularies } from './supplier-table.js';

export const HARD_BITS = { moq: 1, capacity: 2, deadline: 4 } as const;

export interface QueryBuyer {
  readonly profile: Buyer;
  /** Declared wanted HS codes, then inferred ones (flagged). */
  readonly wants: CodeRows;
  readonly activities: CodeRows;
  /** Per wanted code (in `wants` order), the ISIC classes that make its goods. */
  readonly bridge: BridgeRows;
  readonly country: number;
  readonly subregion: number;
  /**
   * Region signals that depend only on the supplier's country, by country id:
   * ties + distance (+ preferred origin), weighted; `regionBaseWeight` is their weight.
   */
  readonly regionBase: Float64Array;
  readonly regionBaseWeight: number;
  /** By language id: 1 when the buyer speaks the language. */
  readonly speaks: Uint8Array;
  /** Business-hours overlap by supplier time-zone id; NaN until first needed. */
  readonly hours: Float64Array;
  /** Countries in the excluded origins; null when none are named. */
  readonly exclude: Uint8Array | null;
  readonly timezone: number;
  /** Certificate ids; -1 for a certificate no supplier of the engine holds. */
  readonly required: Int32Array;
  readonly preferred: Int32Array;
  readonly minTierRank: number;
  /** NaN when not given. */
  readonly volume: number;
  readonly daysLeft: number;
  readonly hard: number;
  readonly vector: Float32Array | undefined;
  readonly keywords: readonly KeywordSimilarities[];
}

export function compileBuyer(
  buyer: Buyer,
  geo: GeoTables,
  vocab: Vocabularies,
  keywords: KeywordMatcher,
  asOf: Date,
  dimension: number | undefined,
): QueryBuyer {
  const country = getCountry(buyer.country);
  const countryId = geo.country(buyer.country);
  const tz = buyer.timezone ?? country?.timezone;
  const languages = buyer.languages?.length ? buyer.languages : (country?.languages ?? []);
  let hard = 0;
  for (const h of buyer.hard ?? []) hard |= HARD_BITS[h];
  const include = geo.membership(buyer.origins?.include);
  const timezone = tz === undefined ? -1 : geo.timezones.intern(tz);
  const speaks = new Uint8Array(vocab.languages.size);
  for (const language of languages) {
    const id = vocab.languages.lookup(language);
    if (id >= 0) speaks[id] = 1;
  }
  return {
    profile: buyer,
    wants: codeRows([buyer.wants], HEADING_LENGTH.hs, [buyer.inferredWants]),
    activities: codeRows([buyer.activities ?? []], HEADING_LENGTH.isic),
    bridge: bridgeRows(buyer),
    country: countryId,
    subregion: geo.subregionOf[countryId]!,
    regionBase: regionBase(geo, countryId, include),
    regionBaseWeight: RW.ties + RW.distance + (include ? RW.origin : 0),
    speaks,
    hours: new Float64Array(geo.timezones.size).fill(Number.NaN),
    exclude: geo.membership(buyer.origins?.exclude),
    timezone,
    required: new Int32Array((buyer.requiredCertifications ?? []).map((c) => vocab.certificates.lookup(c))),
    preferred: new Int32Array((buyer.preferredCertifications ?? []).map((c) => vocab.certificates.lookup(c))),
    minTierRank: tierRank(buyer.minTier),
    volume: buyer.volume ?? Number.NaN,
    // Calendar days in UTC on both sides: the same on every machine, whatever its time zone.
    daysLeft:
      buyer.deadline === undefined ? Number.NaN : (calendarDay(buyer.deadline) ?? Number.NaN) - utcCalendarDay(asOf),
    hard,
    vector: buyer.capabilities && dimension !== undefined ? normalise(buyer.capabilities) : undefined,
    keywords: (buyer.keywords ?? []).map((k) => keywords.similarities(k)),
  };
}

/**
 * The country-only region signals for every supplier country (see `QueryBuyer.regionBase`).
 * Without preferred origins the table depends on the buyer's country only: one table, read-only,
 * shared by every buyer of that country (a fair's buyers come from a few dozen countries).
 */
function regionBase(geo: GeoTables, country: number, include: Uint8Array | null): Float64Array {
  let base = sharedBases.get(geo)?.[country];
  if (!base) {
    base = new Float64Array(geo.countries.size);
    for (let c = 0; c < base.length; c++)
      base[c] = RW.ties * geo.tie(country, c) + RW.distance * geo.closeness(country, c);
    let byCountry = sharedBases.get(geo);
    if (!byCountry) sharedBases.set(geo, (byCountry = []));
    byCountry[country] = base;
  }
  if (!include) return base;
  const out = new Float64Array(base.length);
  for (let c = 0; c < out.length; c++) out[c] = base[c]! + RW.origin * include[c]!;
  return out;
}
const sharedBases = new WeakMap<GeoTables, Float64Array[]>();

/** Every wanted code, declared then inferred (the order of `QueryBuyer.wants`), with its flag. */
function wantedCodes(buyer: Buyer): { code: string; inferred: boolean }[] {
  const declared = buyer.wants.map((code) => ({ code, inferred: false }));
  const inferred = (buyer.inferredWants ?? [])
    .filter((c) => !buyer.wants.includes(c.code))
    .map(({ code }) => ({ code, inferred: true }));
  return [...declared, ...inferred];
}

/** The HS ⇄ ISIC bridge rows of a buyer: per wanted code, its ISIC classes. */
function bridgeRows(buyer: Buyer): BridgeRows {
  const wanted = wantedCodes(buyer);
  const offsets = new Int32Array(wanted.length + 1);
  const classes: number[] = [];
  wanted.forEach(({ code }, i) => {
    for (const c of isicClassesOfHs(code)) classes.push(Number(c));
    offsets[i + 1] = classes.length;
  });
  const lengths = new Uint8Array(classes.length).fill(4);
  return {
    offsets,
    classes: keyCodes(new Int32Array(classes), lengths, new Uint8Array(classes.length), HEADING_LENGTH.isic),
    wantedInferred: new Uint8Array(wanted.map((w) => (w.inferred ? 1 : 0))),
  };
}
