/**
 * Hard constraints. A pair that violates one is excluded from rankings; `score()` still
 * returns it, with these reason codes in `excluded`:
 *
 * | code | when |
 * |---|---|
 * | `origin-excluded` | the supplier's country is in the buyer's `origins.exclude` (country, M49 region or bloc) |
 * | `certification-missing:<CERT>` | a required certificate is missing |
 * | `tier-below-minimum` | the supplier's tier is below the buyer's `minTier` (or not given) |
 * | `industry-mismatch` | no product or activity overlap at all (industry = 0), while industry has weight |
 * | `capacity-short` | capacity < volume, and the buyer marked `capacity` hard |
 * | `moq-above-volume` | MOQ > volume, and the buyer marked `moq` hard |
 * | `deadline-infeasible` | lead time exceeds the days left, and the buyer marked `deadline` hard |
 */
import { inPlace } from '../geo/regions.js';
import type { PreparedBuyer, PreparedSupplier } from './prepared.js';
import type { CapacityEvidence } from './capacity.js';
import type { TimingEvidence } from './timing.js';

export const EXCLUSION_CODES = [
  'origin-excluded',
  'certification-missing',
  'tier-below-minimum',
  'industry-mismatch',
  'capacity-short',
  'moq-above-volume',
  'deadline-infeasible',
] as const;

export interface ConstraintInput {
  industry: number | null;
  industryWeighted: boolean;
  requireIndustryOverlap: boolean;
  capacity: CapacityEvidence | null;
  timing: TimingEvidence | null;
}

export function hardConstraintViolations(b: PreparedBuyer, s: PreparedSupplier, input: ConstraintInput): string[] {
  const excluded: string[] = [];
  const exclude = b.profile.origins?.exclude;
  if (exclude?.some((place) => inPlace(s.profile.country, place))) excluded.push('origin-excluded');
  for (const cert of b.required) {
    if (!s.certifications.has(cert)) excluded.push(`certification-missing:${cert}`);
  }
  if (b.minTierRank > 0 && s.tierRank < b.minTierRank) excluded.push('tier-below-minimum');
  if (input.requireIndustryOverlap && input.industryWeighted && input.industry === 0) excluded.push('industry-mismatch');
  if (b.hard.has('capacity') && input.capacity?.capacity && input.capacity.capacity.value < 1) excluded.push('capacity-short');
  if (b.hard.has('moq') && input.capacity?.moq && input.capacity.moq.value < 1) excluded.push('moq-above-volume');
  if (b.hard.has('deadline') && input.timing && !input.timing.feasible) excluded.push('deadline-infeasible');
  return excluded;
}
