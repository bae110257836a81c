/**
 * Calendar dates (`YYYY-MM-DD`) as whole days, independent of the machine's time zone.
 * A date without a time is a day on the calendar, not an instant: it is never read as
 * local midnight, and impossible dates (2026-02-30, 2026-13-01) are rejected rather than
 * rolled over into the next month.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a strict `YYYY-MM-DD` calendar date; undefined when it is not one. */
export function calendarDay(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const m = DATE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** True for a real `YYYY-MM-DD` date (2026-02-28 yes, 2026-02-29 and 2026-13-01 no). */
export function isCalendarDate(text: unknown): text is string {
  return calendarDay(text) !== undefined;
}

/** The calendar day (days since 1970-01-01) an instant falls on in UTC. */
export function utcCalendarDay(instant: Date): number {
  return Math.floor(instant.getTime() / MS_PER_DAY);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
