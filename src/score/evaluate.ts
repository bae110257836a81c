/**
 * The one scoring kernel. `score`, `rank`, `rankAll` and `rankBuyers` all call
 * `evaluatePair`, so a pair gets the same number, to the last bit, on every path.
 */
import type { ComponentScores } from '../model/types.js';
import { capabilityFromDot, dot } from './capability.js';
import { capacityEvidence, capacityScore, type CapacityEvidence } from './capacity.js';
import { combine } from './combine.js';
import { hardConstraintViolations } from './constraints.js';
import { credentialEvidence, credentialScore, type CredentialEvidence } from './credentials.js';
import { industryScore } from './industry.js';
import { regionEvidence, regionScore, type RegionEvidence } from './region.js';
import { timingEvidence, timingScore, type TimingEvidence } from './timing.js';
import type { PreparedSupplier } from './prepared.js';
import { mutualScore, supplierSideScore } from './supplier-side.js';
import type { QueryBuyer, ScoringContext } from './context.js';

export interface PairEvaluation {
  score: number;
  components: ComponentScores;
  excluded: string[];
  mutual: { supplierSide: number; score: number };
  evidence: {
    region: RegionEvidence;
    credentials: CredentialEvidence | null;
    capacity: CapacityEvidence | null;
    timing: TimingEvidence | null;
  };
}

export function evaluatePair(ctx: ScoringContext, b: QueryBuyer, s: PreparedSupplier): PairEvaluation {
  const region = regionEvidence(b, s, ctx.region);
  const credentials = credentialEvidence(b, s);
  const capacity = capacityEvidence(b, s);
  const timing = timingEvidence(b, s, ctx.asOf);
  const components: ComponentScores = {
    industry: industryScore(b.profile, s.profile),
    region: regionScore(region),
    capability: capabilityComponent(ctx, b, s),
    text: ctx.keywords.score(b.profile.keywords, s.profile.keywords),
    credentials: credentialScore(b, credentials),
    capacity: capacityScore(capacity),
    timing: timingScore(timing),
  };
  const excluded = hardConstraintViolations(b, s, {
    industry: components.industry,
    industryWeighted: ctx.weights.industry > 0,
    requireIndustryOverlap: ctx.requireIndustryOverlap,
    capacity,
    timing,
  });
  const score = combine(components, ctx.weights);
  const supplierSide = supplierSideScore(b, s, components.industry);
  return {
    score,
    components,
    excluded,
    mutual: { supplierSide, score: mutualScore(score, supplierSide) },
    evidence: { region, credentials, capacity, timing },
  };
}

function capabilityComponent(ctx: ScoringContext, b: QueryBuyer, s: PreparedSupplier): number | null {
  const caps = ctx.capabilities;
  if (!caps || !b.vector || caps.present[s.index] === 0) return null;
  return capabilityFromDot(dot(caps.matrix, s.index, b.vector, caps.dim));
}
