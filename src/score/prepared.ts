/**
 * Profiles prepared once for scoring: defaults filled in (languages and time zone from the
 * country), lists turned into sets, the tier into a rank. The engine prepares every supplier
 * when it is built and every buyer once per query, so the per-pair work is set look-ups.
 */
import type { Buyer, Supplier, Tier } from '../model/types.js';
import { TIERS } from '../model/types.js';
import { getCountry } from '../geo/countries.js';
import { blocsOf } from '../geo/blocs.js';

export interface PreparedSupplier {
  readonly profile: Supplier;
  /** Position in the engine's id-sorted supplier list (row of the capability matrix). */
  readonly index: number;
  readonly certifications: ReadonlySet<string>;
  readonly tierRank: number;
  readonly languages: readonly string[];
  readonly timezone: string | undefined;
  readonly blocs: readonly string[];
  readonly subregion: string | undefined;
  readonly exportMarkets: ReadonlySet<string>;
}

export interface PreparedBuyer {
  readonly profile: Buyer;
  readonly required: readonly string[];
  readonly preferred: readonly string[];
  readonly minTierRank: number;
  readonly languages: readonly string[];
  readonly timezone: string | undefined;
  readonly blocs: readonly string[];
  readonly subregion: string | undefined;
  readonly hard: ReadonlySet<string>;
}

/** 1 for `innovative` … 4 for `single-champion`; 0 when no tier is given. */
export function tierRank(tier: Tier | undefined): number {
  return tier === undefined ? 0 : TIERS.indexOf(tier) + 1;
}

export function prepareSupplier(profile: Supplier, index: number): PreparedSupplier {
  const country = getCountry(profile.country);
  return {
    profile,
    index,
    certifications: new Set(profile.certifications ?? []),
    tierRank: tierRank(profile.tier),
    languages: profile.languages?.length ? profile.languages : (country?.languages ?? []),
    timezone: profile.timezone ?? country?.timezone,
    blocs: blocsOf(profile.country),
    subregion: country?.subregion,
    exportMarkets: new Set(profile.exportMarkets ?? []),
  };
}

export function prepareBuyer(profile: Buyer): PreparedBuyer {
  const country = getCountry(profile.country);
  return {
    profile,
    required: profile.requiredCertifications ?? [],
    preferred: profile.preferredCertifications ?? [],
    minTierRank: tierRank(profile.minTier),
    languages: profile.languages?.length ? profile.languages : (country?.languages ?? []),
    timezone: profile.timezone ?? country?.timezone,
    blocs: blocsOf(profile.country),
    subregion: country?.subregion,
    hard: new Set(profile.hard ?? []),
  };
}
