/**
 * Timing fit: the supplier's lead time against the days left until the buyer's deadline,
 * counted from the engine's reference date (`asOf`). Comfortable (lead time at most half
 * the time left) scores 1, just feasible 0.7, infeasible at most 0.5 and falling.
 */
import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { PreparedBuyer, PreparedSupplier } from './prepared.js';

export interface TimingEvidence {
  daysLeft: number;
  leadTimeDays: number;
  feasible: boolean;
}

export function timingEvidence(b: PreparedBuyer, s: PreparedSupplier, asOf: Date): TimingEvidence | null {
  const { deadline } = b.profile;
  const leadTimeDays = s.profile.leadTimeDays;
  if (deadline === undefined || leadTimeDays === undefined) return null;
  const daysLeft = differenceInCalendarDays(parseISO(deadline), asOf);
  return { daysLeft, leadTimeDays, feasible: daysLeft >= 0 && leadTimeDays <= daysLeft };
}

export function timingScore(e: TimingEvidence | null): number | null {
  if (e === null) return null;
  const { daysLeft, leadTimeDays } = e;
  if (daysLeft <= 0) return leadTimeDays === 0 && daysLeft === 0 ? 0.7 : 0;
  if (!e.feasible) return 0.5 * (daysLeft / leadTimeDays);
  const load = leadTimeDays / daysLeft; // in [0, 1]
  return load <= 0.5 ? 1 : 1 - 0.6 * (load - 0.5);
}
