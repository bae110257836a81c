/**
 * `cuohe/day`: the meeting day after it is planned — repair a schedule when people drop out,
 * join late or tables change (`rescheduleMeetings`), and measure how a schedule treats people
 * (`scheduleQuality`: idle gaps, home tables, runs without a break, the supplier floor).
 * Kept out of the core: a page that ranks exhibitors or plans a day needs neither.
 * @example
 * import { scheduleMeetings } from 'cuohe';
 * import { rescheduleMeetings, scheduleQuality } from 'cuohe/day';
 * const first = scheduleMeetings(input);
 * const { changes, ...repaired } = rescheduleMeetings(first, withoutNoShows);
 * console.log(changes.moved.length, scheduleQuality(repaired, withoutNoShows).idle.mean);
 * @packageDocumentation
 */

export type { ScheduleLocale } from './schedule/messages.js';
export { SCHEDULE_MESSAGES_ZH } from './schedule/messages-zh.js';
export { type ScheduleQuality, scheduleQuality } from './schedule/quality.js';
export {
  type CancelReason,
  type Rescheduled,
  type RescheduleOptions,
  rescheduleMeetings,
  type ScheduleChanges,
} from './schedule/reschedule.js';
