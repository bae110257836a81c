import { TIERS, type Tier } from '../model/types.js';

/** 1 for `innovative` … 4 for `single-champion`; 0 when no tier is given. */
export function tierRank(tier: Tier | undefined): number {
  return tier === undefined ? 0 : TIERS.indexOf(tier) + 1;
}
