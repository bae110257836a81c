/**
 * Timing fit: the supplier's lead time against the days left until the buyer's deadline
 * (counted from the engine's `asOf`). Comfortable (lead time at most half the time left)
 * scores 1, just feasible 0.7, too late at most 0.5 and falling; a passed deadline 0.
 */
export function timingFeasible(daysLeft: number, leadTimeDays: number): boolean {
  return daysLeft >= 0 && leadTimeDays <= daysLeft;
}

/** NaN when either number is unknown (NaN). */
export function timingScore(daysLeft: number, leadTimeDays: number): number {
  if (Number.isNaN(daysLeft) || Number.isNaN(leadTimeDays)) return Number.NaN;
  if (daysLeft <= 0) return leadTimeDays === 0 && daysLeft === 0 ? 0.7 : 0;
  if (leadTimeDays > daysLeft) return 0.5 * (daysLeft / leadTimeDays);
  const load = leadTimeDays / daysLeft;
  return load <= 0.5 ? 1 : 1 - 0.6 * (load - 0.5);
}
