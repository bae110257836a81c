import { TIERS, type Tier } from '../model/types.js';

/** The rank of the top of the SME ladder (`single-champion`): tierRank ÷ TOP_TIER_RANK is in [0, 1]. */
export const TOP_TIER_RANK = TIERS.length;

/** 1 for `innovative` … 4 for `single-champion`; 0 when no tier is given. */
export function tierRank(tier: Tier | undefined): number {
  return tier === undefined ? 0 : TIERS.indexOf(tier) + 1;
}
