/**
 * Credentials: the share of the buyer's preferred certificates the supplier holds, blended
 * with the supplier's general trust signals (tier on the SME ladder, a quality-management
 * certificate, patents) — what makes a small firm trustworthy to a foreign buyer.
 * Required certificates and the minimum tier are hard constraints (constraints.ts), not here.
 */
import type { PreparedBuyer, PreparedSupplier } from './prepared.js';

/** Certificates read as "has a quality-management system". */
export const QUALITY_CERTIFICATES: ReadonlySet<string> = new Set(['ISO9001', 'IATF16949', 'ISO13485', 'AS9100']);
const PREFERRED_SHARE = 0.6;
const PATENTS_FOR_FULL_CREDIT = 10;

export interface CredentialEvidence {
  preferredHeld: string[];
  preferredMissing: string[];
  trust: number;
}

/** null when neither the buyer states a preference nor the supplier gives any credential. */
export function credentialEvidence(b: PreparedBuyer, s: PreparedSupplier): CredentialEvidence | null {
  const hasSupplierData = s.tierRank > 0 || s.certifications.size > 0 || s.profile.patents !== undefined;
  if (b.preferred.length === 0 && !hasSupplierData) return null;
  const preferredHeld = b.preferred.filter((c) => s.certifications.has(c));
  const preferredMissing = b.preferred.filter((c) => !s.certifications.has(c));
  return { preferredHeld, preferredMissing, trust: trustScore(s) };
}

export function credentialScore(b: PreparedBuyer, e: CredentialEvidence | null): number | null {
  if (e === null) return null;
  if (b.preferred.length === 0) return e.trust;
  const share = e.preferredHeld.length / b.preferred.length;
  return PREFERRED_SHARE * share + (1 - PREFERRED_SHARE) * e.trust;
}

/** Tier 60 %, a quality certificate 20 %, patents 20 % (saturating at 10). */
export function trustScore(s: PreparedSupplier): number {
  let quality = 0;
  for (const c of s.certifications) if (QUALITY_CERTIFICATES.has(c)) quality = 1;
  const patents = Math.min(s.profile.patents ?? 0, PATENTS_FOR_FULL_CREDIT) / PATENTS_FOR_FULL_CREDIT;
  return 0.6 * (s.tierRank / 4) + 0.2 * quality + 0.2 * patents;
}
