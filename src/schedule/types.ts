/** Meeting-day input and output (the public contract of `scheduleMeetings`). */

/** A time slot: ISO 8601 instants with an offset, e.g. `2026-11-23T09:00:00+08:00`. */
export interface Slot {
  start: string;
  end: string;
}

export interface Participant {
  id: string;
  side: 'buyer' | 'supplier';
  /** Default: one per slot. */
  maxMeetings?: number;
  /** Default: every slot. A slot is free when it lies wholly inside one interval. */
  available?: Slot[];
}

export interface PairRef {
  buyerId: string;
  supplierId: string;
}

export interface CandidatePair extends PairRef {
  /** Higher is better; any finite number (e.g. the mutual score). */
  score: number;
}

export interface ScheduleInput {
  slots: Slot[];
  /** Meetings at once; default unlimited. */
  tables?: number;
  participants: Participant[];
  /** Duplicate pairs are merged, keeping the highest score. */
  candidates: CandidatePair[];
  /** Pairs that must meet (both asked for it); placed first. */
  required?: PairRef[];
  /** Pairs that must not meet. */
  forbidden?: PairRef[];
  /**
   * Fairness floor: every supplier gets at least this many meetings when its capacity,
   * its candidates and their capacities allow (SMEs come to the fair for orders).
   */
  minMeetingsPerSupplier?: number;
}

export interface Meeting {
  buyerId: string;
  supplierId: string;
  /** Index into `slots`. */
  slot: number;
  /** 1-based. */
  table: number;
  score: number;
}

/**
 * Why a candidate pair did not become a meeting:
 * - `forbidden`: the pair is in `forbidden`;
 * - `no-gain`: its score is ≤ 0, so meeting adds nothing;
 * - `capacity`: not selected — the participants' meeting quotas went to better pairs;
 * - `no-common-slot`: the two have no slot they are both free in;
 * - `slots-full`: selected, but every common free slot was taken (by other meetings or tables);
 * - `required-infeasible`: a required pair that could not be placed.
 */
export type UnscheduledReason = 'forbidden' | 'no-gain' | 'capacity' | 'no-common-slot' | 'slots-full' | 'required-infeasible';

export interface Unscheduled extends PairRef {
  reason: UnscheduledReason;
  /** Human-readable detail. */
  message: string;
  score: number;
}

export interface Schedule {
  meetings: Meeting[];
  unscheduled: Unscheduled[];
}
