/** Input and options of the organiser's report (the public contract of `renderReport`). */
import type { Buyer, Supplier } from '../model/types.js';
import type { UnscheduledReason } from '../schedule/types.js';

/**
 * A proposed pair (a row of the matches file): its score, and the names and reasons when known.
 * @example
 * const pair: ReportPair = {
 *   buyerId: 'B1',
 *   supplierId: 'S1',
 *   score: 0.82,
 *   buyerName: 'Berlin Energy',
 *   supplierName: 'Dongguan Power',
 *   reasons: ['same HS heading 8504'],
 * };
 */
export interface ReportPair {
  buyerId: string;
  supplierId: string;
  /** The mutual score when known (what the schedule used), else the buyer-side score. */
  score: number;
  buyerName?: string;
  supplierName?: string;
  reasons?: string[];
}

/**
 * A time slot of the day; `start` and `end` are ISO 8601 with an offset. A slot only known by
 * its number (no meeting in it, read from a file) has neither.
 * @example
 * const slot: ReportSlot = { start: '2026-11-23T09:00:00+08:00', end: '2026-11-23T09:20:00+08:00' };
 */
export interface ReportSlot {
  start?: string;
  end?: string;
}

/**
 * A placed meeting, as in `Schedule.meetings`.
 * @example
 * const m: ReportMeeting = { buyerId: 'B1', supplierId: 'S1', slot: 0, table: 3, score: 0.82 };
 */
export interface ReportMeeting {
  buyerId: string;
  supplierId: string;
  /** Index into `slots`. */
  slot: number;
  /** 1-based. */
  table: number;
  score: number;
}

/**
 * A proposed pair that was not placed, as in `Schedule.unscheduled` (the message is optional).
 * @example
 * const u: ReportUnscheduled = { buyerId: 'B2', supplierId: 'S1', reason: 'slots-full', score: 0.7 };
 */
export interface ReportUnscheduled {
  buyerId: string;
  supplierId: string;
  reason: UnscheduledReason;
  message?: string;
  score: number;
}

/**
 * What the report is made of: the matches, the schedule, and the profiles when at hand (they
 * give countries, industries and time zones; without them the heat maps are left out).
 * @example
 * const { meetings, unscheduled } = schedule;
 * const input: ReportInput = { pairs, slots: input.slots, tables: 60, meetings, unscheduled, suppliers, buyers };
 */
export interface ReportInput {
  pairs: ReportPair[];
  slots: ReportSlot[];
  meetings: ReportMeeting[];
  unscheduled?: ReportUnscheduled[];
  /** Tables of the day; default the highest table number used. */
  tables?: number;
  suppliers?: Supplier[];
  buyers?: Buyer[];
}

/**
 * Report language and title.
 * @example
 * const html = renderReport(input, { locale: 'zh', title: '广交会采购对接日' });
 */
export interface ReportOptions {
  /** Language of every text of the report; default `en`. */
  locale?: 'en' | 'zh';
  /** Heading of the report; default "Matchmaking day" / "撮合对接日". */
  title?: string;
  /**
   * IANA time zone of the venue, named in the agendas; default: the slots' own offset,
   * written as `UTC+08:00`.
   */
  venueTimeZone?: string;
}

/**
 * Why someone has no meeting: a reason of `UnscheduledReason`, or
 * - `no-match`: not one proposed pair;
 * - `not-scheduled`: pairs in the matches, none of them in the schedule (a schedule made
 *   from another matches file, or the pairs were left out before scheduling).
 * @example
 * const why: NoMeetingReason = 'no-common-slot';
 */
export type NoMeetingReason = UnscheduledReason | 'no-match' | 'not-scheduled';
