/**
 * Hard constraints. A pair that violates one is excluded from rankings; `score()` still
 * returns it, with these reason codes in `excluded`:
 *
 * | code | when |
 * |---|---|
 * | `origin-excluded` | the supplier's country is in the buyer's `origins.exclude` (country, M49 region or bloc) |
 * | `certification-missing:<CERT>` | a required certificate is missing (one code per certificate) |
 * | `tier-below-minimum` | the supplier's tier is below the buyer's `minTier` (or not given) |
 * | `industry-mismatch` | no product or activity overlap at all (industry = 0), while industry has weight |
 * | `capacity-short` | capacity < volume, and the buyer marked `capacity` hard |
 * | `moq-above-volume` | MOQ > volume, and the buyer marked `moq` hard |
 * | `deadline-infeasible` | lead time exceeds the days left, and the buyer marked `deadline` hard |
 */
import type { Buyer, Supplier } from '../model/types.js';
import { EXCLUDED } from './kernel/hard-constraints.js';

/**
 * The reason codes of hard constraints (`certification-missing` is followed by `:<CERT>`).
 * @example
 * const byCode = match.excluded.map((code) => code.split(':')[0]);
 */
export const EXCLUSION_CODES = [
  'origin-excluded',
  'certification-missing',
  'tier-below-minimum',
  'industry-mismatch',
  'capacity-short',
  'moq-above-volume',
  'deadline-infeasible',
] as const;

/** The reason codes for the kernel's exclusion bits, in a fixed order. */
export function exclusionCodes(bits: number, buyer: Buyer, supplier: Supplier): string[] {
  if (bits === 0) return [];
  const codes: string[] = [];
  if (bits & EXCLUDED.origin) codes.push('origin-excluded');
  if (bits & EXCLUDED.certification) {
    const held = new Set(supplier.certifications ?? []);
    for (const c of buyer.requiredCertifications ?? []) if (!held.has(c)) codes.push(`certification-missing:${c}`);
  }
  if (bits & EXCLUDED.tier) codes.push('tier-below-minimum');
  if (bits & EXCLUDED.industry) codes.push('industry-mismatch');
  if (bits & EXCLUDED.capacity) codes.push('capacity-short');
  if (bits & EXCLUDED.moq) codes.push('moq-above-volume');
  if (bits & EXCLUDED.deadline) codes.push('deadline-infeasible');
  return codes;
}
