/**
 * Timing fit: the supplier's lead time against the days left until the buyer's deadline
 * (counted from the engine's `asOf`). Comfortable (lead time at most half the time left)
 * scores 1, just feasible 0.7, too late at most 0.5 and falling; a passed deadline 0.
 */
export function timingFeasible(daysLeft: number, leadTimeDays: number): boolean {
  return daysLeft >= 0 && leadTimeDays <= daysLeft;
}

/** Lead time ÷ days left up to which the order is comfortable (room for a delay): scores 1. */
const COMFORTABLE_LOAD = 0.5;
/** Score of an order that is just feasible (lead time = days left), or due and ready today. */
const JUST_FEASIBLE = 0.7;
/** Score lost per unit of load above COMFORTABLE_LOAD: chosen so a load of 1 lands on JUST_FEASIBLE. */
const TIGHT_SLOPE = 0.6;
/** Best score of a lead time that misses the deadline, falling with how far it misses: below any feasible one. */
const LATE_CAP = 0.5;

/** NaN when either number is unknown (NaN). */
export function timingScore(daysLeft: number, leadTimeDays: number): number {
  if (Number.isNaN(daysLeft) || Number.isNaN(leadTimeDays)) return Number.NaN;
  if (daysLeft <= 0) return leadTimeDays === 0 && daysLeft === 0 ? JUST_FEASIBLE : 0;
  if (leadTimeDays > daysLeft) return LATE_CAP * (daysLeft / leadTimeDays);
  const load = leadTimeDays / daysLeft;
  return load <= COMFORTABLE_LOAD ? 1 : 1 - TIGHT_SLOPE * (load - COMFORTABLE_LOAD);
}
