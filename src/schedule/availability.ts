/**
 * Local times to instants: online participants give availability in their own time zone,
 * and organisers plan slots in the venue's. Any IANA zone, daylight saving included
 * (@date-fns/tz).
 */
import { TZDate } from '@date-fns/tz';
import { addMinutes } from 'date-fns';
import { isTimeZone } from '../geo/timezone.js';
import { isCalendarDate } from '../model/calendar-date.js';
import { issue, ValidationError, type ValidationIssue } from '../model/validation-error.js';
import type { Slot } from './types.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The interval `from`–`to` (HH:mm) on `date` in `timeZone`, as ISO instants with offset.
 * `to` may be `24:00`: the end of the day (the next day's local midnight), so an evening
 * window loses no slot to `23:59`.
 * @example
 * localAvailability('America/New_York', '2026-11-23', '08:00', '11:00');
 * // { start: '2026-11-23T08:00:00.000-05:00', end: '2026-11-23T11:00:00.000-05:00' }
 * localAvailability('America/Sao_Paulo', '2026-11-22', '22:00', '24:00'); // until midnight local time
 */
export function localAvailability(timeZone: string, date: string, from: string, to: string): Slot {
  const issues: ValidationIssue[] = [];
  const start = local(timeZone, date, from, ['from'], issues);
  const end = local(timeZone, date, to, ['to'], issues, true);
  if (!issues.length && end.getTime() <= start.getTime()) issues.push(issue(['to'], 'conflict', 'must be after from'));
  if (issues.length) throw new ValidationError(unique(issues), 'invalid availability');
  return { start: start.toISOString(), end: end.toISOString() };
}

/**
 * A day of equal meeting slots, for `makeSlots`.
 * @example
 * const plan: SlotPlan = {
 *   date: '2026-11-23',
 *   timeZone: 'Asia/Shanghai',
 *   start: '09:00',
 *   minutes: 20,
 *   count: 16,
 *   breakMinutes: 5,
 * };
 */
export interface SlotPlan {
  /** Day of the event, YYYY-MM-DD. */
  date: string;
  /** The venue's IANA time zone. */
  timeZone: string;
  /** First slot's start, HH:mm. */
  start: string;
  /** Length of one meeting in minutes. */
  minutes: number;
  count: number;
  /** Pause between meetings in minutes (default 0). */
  breakMinutes?: number;
}

/**
 * Consecutive meeting slots, e.g. 16 slots of 20 minutes from 09:00 in Shanghai.
 * @example
 * makeSlots({ date: '2026-11-23', timeZone: 'Asia/Shanghai', start: '09:00', minutes: 20, count: 16 });
 */
export function makeSlots(plan: SlotPlan): Slot[] {
  const issues: ValidationIssue[] = [];
  const positive = (value: unknown, name: string, min: number) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > 10_000)
      issues.push(issue([name], 'out-of-range', `must be a whole number from ${min} to 10000`));
  };
  positive(plan?.minutes, 'minutes', 1);
  positive(plan?.count, 'count', 1);
  if (plan?.breakMinutes !== undefined) positive(plan.breakMinutes, 'breakMinutes', 0);
  const first = local(plan?.timeZone, plan?.date, plan?.start, ['start'], issues);
  if (issues.length) throw new ValidationError(issues, 'invalid slot plan');
  const step = plan.minutes + (plan.breakMinutes ?? 0);
  return Array.from({ length: plan.count }, (_, i) => {
    const start = addMinutes(first, i * step);
    return { start: start.toISOString(), end: addMinutes(start, plan.minutes).toISOString() };
  });
}

function unique(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = JSON.stringify([i.path, i.message]);
    return !seen.has(key) && !!seen.add(key);
  });
}

function local(
  timeZone: unknown,
  date: unknown,
  time: unknown,
  path: string[],
  issues: ValidationIssue[],
  endOfDay = false,
): TZDate {
  // A real calendar date only: 2026-02-30 is an error, not 2 March.
  const d = typeof date === 'string' && isCalendarDate(date) ? DATE.exec(date) : null;
  // 24:00 (ISO 8601's end of a day) ends an interval; it starts none.
  const midnight = endOfDay && time === '24:00';
  const t = midnight ? ['24:00', '24', '00'] : typeof time === 'string' ? TIME.exec(time) : null;
  if (typeof timeZone !== 'string' || !isTimeZone(timeZone))
    issues.push(issue(['timeZone'], 'invalid-value', `${JSON.stringify(timeZone)} is not an IANA time zone`));
  if (!d) issues.push(issue(['date'], 'invalid-value', `${JSON.stringify(date)} is not a date (YYYY-MM-DD)`));
  if (!t)
    issues.push(
      issue(
        path,
        'invalid-value',
        time === '24:00'
          ? '"24:00" only ends an interval (use 00:00 of the next day to start one)'
          : `${JSON.stringify(time)} is not a time (HH:mm${endOfDay ? ' or 24:00' : ''})`,
      ),
    );
  if (!d || !t || typeof timeZone !== 'string' || !isTimeZone(timeZone)) return new TZDate(0, 'UTC');
  // Midnight of the next local day: the Date arithmetic carries day 31 + 1 into the next month.
  if (midnight) return new TZDate(Number(d[1]), Number(d[2]) - 1, Number(d[3]) + 1, 0, 0, timeZone);
  return new TZDate(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]), timeZone);
}
