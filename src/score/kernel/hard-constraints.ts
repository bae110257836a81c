/**
 * The buyer's hard constraints that need no component score: excluded origins, required
 * certificates, minimum tier, and capacity / MOQ / deadline when marked hard. (The industry
 * gate, the only other one, needs the industry score.) The kernel reports them; ranking also
 * asks before scoring, to drop excluded rows cheaply.
 */
import { capacityFit, moqFit } from '../components/capacity.js';
import { timingFeasible } from '../components/timing.js';
import { csrHas } from './csr.js';
import { HARD_BITS, type QueryBuyer } from './query.js';
import type { SupplierTable } from './supplier-table.js';

/** Bits of `PairScores.excluded`; see src/score/constraints.ts for the reason codes. */
export const EXCLUDED = {
  origin: 1,
  certification: 2,
  tier: 4,
  industry: 8,
  capacity: 16,
  moq: 32,
  deadline: 64,
} as const;

/** EXCLUDED bits of every hard constraint but the industry gate that row `i` breaks for `b`. */
export function hardExclusions(t: SupplierTable, b: QueryBuyer, i: number): number {
  let excluded = 0;
  if (b.exclude && b.exclude[t.country[i]!] === 1) excluded |= EXCLUDED.origin;
  for (let k = 0; k < b.required.length; k++) {
    if (b.required[k]! < 0 || !csrHas(t.certificates, i, b.required[k]!)) excluded |= EXCLUDED.certification;
  }
  if (b.minTierRank > 0 && t.tierRank[i]! < b.minTierRank) excluded |= EXCLUDED.tier;
  if (b.hard === 0) return excluded;
  if (!Number.isNaN(b.volume)) {
    const capacity = t.capacity[i]!;
    const moq = t.moq[i]!;
    if (b.hard & HARD_BITS.capacity && !Number.isNaN(capacity) && capacityFit(b.volume, capacity) < 1)
      excluded |= EXCLUDED.capacity;
    if (b.hard & HARD_BITS.moq && !Number.isNaN(moq) && moqFit(b.volume, moq) < 1) excluded |= EXCLUDED.moq;
  }
  const lead = t.leadTimeDays[i]!;
  if (
    b.hard & HARD_BITS.deadline &&
    !Number.isNaN(b.daysLeft) &&
    !Number.isNaN(lead) &&
    !timingFeasible(b.daysLeft, lead)
  )
    excluded |= EXCLUDED.deadline;
  return excluded;
}
