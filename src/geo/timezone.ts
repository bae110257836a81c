/**
 * IANA time zones through the platform's Intl (no tz table shipped): validation, UTC offsets
 * on a given day, and business-hours overlap for online meetings across time zones.
 */
const MS_PER_SECOND = 1000;
const MS_PER_MINUTE = 60_000;
const valid = new Map<string, boolean>();
const formatters = new Map<string, Intl.DateTimeFormat>();

export function isTimeZone(tz: string): boolean {
  let ok = valid.get(tz);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      ok = /^[A-Za-z]/.test(tz);
    } catch {
      ok = false;
    }
    valid.set(tz, ok);
  }
  return ok;
}

const offsets = new Map<string, number>();
/** Memo size limit: a fair needs a few hundred (zone, instant) pairs; long-running processes stay bounded. */
const MAX_OFFSETS = 10_000;

/** Minutes east of UTC in `tz` at the instant `at` (memoised per zone and instant). */
export function utcOffsetMinutes(tz: string, at: Date): number {
  const key = `${tz}|${at.getTime()}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size > MAX_OFFSETS) offsets.clear();
    offsets.set(key, (offset = computeOffset(tz, at)));
  }
  return offset;
}

function computeOffset(tz: string, at: Date): number {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, f);
  }
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(at)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const local = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  // The formatted parts have whole seconds: drop the instant's milliseconds before comparing.
  const wholeSeconds = Math.floor(at.getTime() / MS_PER_SECOND) * MS_PER_SECOND;
  return Math.round((local - wholeSeconds) / MS_PER_MINUTE);
}

/** Local business hours, start and end (9:00–18:00): when an online meeting can be held. */
export const BUSINESS_DAY = Object.freeze([9, 18] as const);
const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 1440;

/**
 * Hours during which both parties are inside their local business hours (default BUSINESS_DAY) on
 * the day of `at`, treating the day as circular. Symmetric; 9 for the same zone.
 */
export function businessHoursOverlap(
  tzA: string,
  tzB: string,
  at: Date,
  hours: readonly [number, number] = BUSINESS_DAY,
): number {
  const length = (hours[1] - hours[0]) * MINUTES_PER_HOUR;
  if (tzA === tzB) return length / MINUTES_PER_HOUR;
  const day = MINUTES_PER_DAY;
  const shift = (((utcOffsetMinutes(tzA, at) - utcOffsetMinutes(tzB, at)) % day) + day) % day;
  // Window A in B's clock starts `shift` minutes earlier; overlap of two equal windows offset by d.
  const d = Math.min(shift, day - shift);
  return Math.max(0, length - d) / MINUTES_PER_HOUR;
}
