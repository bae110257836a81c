/**
 * Credentials: the share of the buyer's preferred certificates the supplier holds (60 %),
 * blended with the supplier's general trust (40 %): tier on the SME ladder, a quality-
 * management certificate, patents — what makes a small firm trustworthy to a foreign buyer.
 * Trust alone when the buyer states no preference; unknown when neither side says anything.
 * Required certificates and the minimum tier are hard constraints, not scored here.
 */
import type { Supplier } from '../../model/types.js';
import { TOP_TIER_RANK, tierRank } from '../tiers.js';

/** Certificates read as "has a quality-management system". */
const QUALITY_CERTIFICATES: ReadonlySet<string> = new Set(['ISO9001', 'IATF16949', 'ISO13485', 'AS9100']);
/** Share of the preferred certificates in the component (the rest is trust): what the buyer asked for counts most. */
export const PREFERRED_SHARE = 0.6;
/** Patents beyond this many add no trust: a handful already shows the firm innovates. */
const PATENTS_FOR_FULL_CREDIT = 10;
/**
 * Shares of trust: the tier on the SME ladder (a government assessment, so the strongest
 * signal), a quality-management certificate and patents. They sum to 1.
 */
const TRUST_SHARES = { tier: 0.6, quality: 0.2, patents: 0.2 } as const;

/** Tier 60 %, a quality certificate 20 %, patents 20 % (saturating at 10). */
export function trustScore(s: Supplier): number {
  const quality = (s.certifications ?? []).some((c) => QUALITY_CERTIFICATES.has(c)) ? 1 : 0;
  const patents = Math.min(s.patents ?? 0, PATENTS_FOR_FULL_CREDIT) / PATENTS_FOR_FULL_CREDIT;
  const tier = tierRank(s.tier) / TOP_TIER_RANK;
  return TRUST_SHARES.tier * tier + TRUST_SHARES.quality * quality + TRUST_SHARES.patents * patents;
}

/** The component from the held share of preferred certificates (NaN: no preference) and trust. */
export function credentialScore(preferredShare: number, trust: number): number {
  return Number.isNaN(preferredShare) ? trust : PREFERRED_SHARE * preferredShare + (1 - PREFERRED_SHARE) * trust;
}
