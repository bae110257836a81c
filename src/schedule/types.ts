/** Meeting-day input and output (the public contract of `scheduleMeetings`). */

/**
 * A time slot: ISO 8601 instants with an offset.
 * @example
 * const slot: Slot = { start: '2026-11-23T09:00:00+08:00', end: '2026-11-23T09:20:00+08:00' };
 */
export interface Slot {
  start: string;
  end: string;
}

/**
 * Someone who meets: a buyer or a supplier, with a quota and availability.
 * @example
 * const morning = localAvailability('Europe/Berlin', '2026-11-23', '07:00', '10:00');
 * const p: Participant = { id: 'B1', side: 'buyer', maxMeetings: 6, available: [morning] };
 */
export interface Participant {
  id: string;
  side: 'buyer' | 'supplier';
  /** Default: one per slot. */
  maxMeetings?: number;
  /** Default: every slot. A slot is free when it lies wholly inside one interval. */
  available?: Slot[];
  /** Display name (company name) for agendas and calendars; default: the id. */
  name?: string;
  /** E-mail address: makes the participant an ATTENDEE of its calendar invitations. */
  email?: string;
  /**
   * The participant's own IANA time zone (e.g. an online buyer's `America/New_York`):
   * agendas then show each meeting in local time too.
   */
  timeZone?: string;
  /**
   * At most this many meetings in a row, then a break of at least one slot. Slots are "in a
   * row" when the next starts less than one slot length after the previous ends. Default: no cap.
   */
  maxConsecutive?: number;
  /**
   * Soft preference: the times this participant would rather meet in (e.g. the morning).
   * Meetings are moved into them when that costs no score; never a reason not to meet.
   */
  preferred?: Slot[];
  /**
   * Languages spoken (ISO 639-1, e.g. `['zh', 'en']`). Two participants who both give
   * languages and share none need an interpreter (`ScheduleInput.interpreters`).
   * Default: none given, no interpreter needed.
   */
  languages?: string[];
}

/**
 * An interpreter who can sit in one meeting per slot, for a buyer and a supplier who share no
 * language: one language of each side must be among `languages`.
 * @example
 * const morning = localAvailability('Asia/Shanghai', '2026-11-23', '09:00', '12:00');
 * const interpreter: Interpreter = { id: 'I1', languages: ['zh', 'es'], available: [morning] };
 */
export interface Interpreter {
  id: string;
  /** ISO 639-1 codes, at least two. */
  languages: string[];
  /** Default: every slot. */
  available?: Slot[];
}

/**
 * A buyer-supplier pair by ids.
 * @example
 * const required: PairRef[] = [{ buyerId: 'B1', supplierId: 'S1' }];
 */
export interface PairRef {
  buyerId: string;
  supplierId: string;
}

/**
 * A pair that may meet, with its score (e.g. the mutual score).
 * @example
 * const c: CandidatePair = { buyerId: 'B1', supplierId: 'S1', score: 0.82 };
 */
export interface CandidatePair extends PairRef {
  /** Higher is better; any finite number (e.g. the mutual score). */
  score: number;
}

/**
 * Input of `scheduleMeetings`.
 * @example
 * const input: ScheduleInput = { slots, tables: 60, participants, candidates, minMeetingsPerSupplier: 1 };
 */
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
   * its candidates and their capacities allow (SMEs come to the fair for orders). Exact:
   * the floor meetings Σ min(meetings, floor) are maximised first, then the score; who
   * falls short and why is in `Schedule.floorMissed`.
   */
  minMeetingsPerSupplier?: number;
  /** Interpreters for pairs without a common language; default none. */
  interpreters?: Interpreter[];
}

/**
 * One scheduled meeting.
 * @example
 * for (const m of schedule.meetings) console.log(slots[m.slot].start, `table ${m.table}`, m.buyerId, m.supplierId);
 */
export interface Meeting {
  buyerId: string;
  supplierId: string;
  /** Index into `slots`. */
  slot: number;
  /** 1-based. */
  table: number;
  score: number;
  /** Id of the interpreter sitting in, when the two share no language. */
  interpreterId?: string;
}

/**
 * Why a candidate pair did not become a meeting:
 * - `forbidden`: the pair is in `forbidden`;
 * - `no-gain`: its score is ≤ 0, so meeting adds nothing;
 * - `capacity`: not selected — the participants' meeting quotas went to better pairs;
 * - `no-common-slot`: the two have no slot they are both free in;
 * - `slots-full`: selected, but every common free slot was taken (by other meetings or tables);
 * - `required-infeasible`: a required pair that could not be placed;
 * - `no-interpreter`: the two share no language and no interpreter for it is free in a slot both are free in.
 * @example
 * const full = schedule.unscheduled.filter((u) => u.reason === 'slots-full');
 */
export type UnscheduledReason =
  | 'forbidden'
  | 'no-gain'
  | 'capacity'
  | 'no-common-slot'
  | 'slots-full'
  | 'required-infeasible'
  | 'no-interpreter';

/**
 * A candidate pair that does not meet, and why.
 * @example
 * for (const u of schedule.unscheduled) console.log(u.buyerId, u.supplierId, u.reason, u.message);
 */
export interface Unscheduled extends PairRef {
  reason: UnscheduledReason;
  /** Human-readable detail (English, or the `messages` table given: `SCHEDULE_MESSAGES_ZH` for Chinese). */
  message: string;
  score: number;
}

/**
 * Why a supplier has fewer meetings than `minMeetingsPerSupplier`:
 * - `quota`: its own `maxMeetings`, or the slots it is free in, are fewer than the floor;
 * - `candidates`: it has fewer usable candidate pairs than the floor (score > 0, not
 *   forbidden, a common free slot, a buyer who meets at all);
 * - `competition`: enough candidates, but their buyers' quotas or the tables × slots cap are
 *   needed elsewhere — no choice of pairs gives more floor meetings in total;
 * - `slots-full`: pairs were chosen for it but not all found a common open slot.
 * @example
 * const short = schedule.floorMissed?.filter((f) => f.reason === 'competition');
 */
export type FloorMissReason = 'quota' | 'candidates' | 'competition' | 'slots-full';

/**
 * A supplier below the floor, with its meetings and the reason.
 * @example
 * for (const f of schedule.floorMissed ?? []) console.log(f.supplierId, `${f.meetings}/${f.floor}`, f.reason);
 */
export interface FloorMiss {
  supplierId: string;
  meetings: number;
  /** `minMeetingsPerSupplier`. */
  floor: number;
  reason: FloorMissReason;
  /** Human-readable detail (English, or the `messages` table given). */
  message: string;
}

/**
 * Output of `scheduleMeetings`: the meetings, and every other candidate pair with a reason.
 * @example
 * const { meetings, unscheduled } = scheduleMeetings(input);
 */
export interface Schedule {
  meetings: Meeting[];
  unscheduled: Unscheduled[];
  /**
   * With `minMeetingsPerSupplier` > 0: every supplier below the floor, in id order, and why
   * (empty when all reach it). The pair choice first maximises the floor meetings
   * Σ min(meetings, floor) over suppliers, then the total score.
   */
  floorMissed?: FloorMiss[];
}
