/** Slot times as the venue and each participant read them, independent of the machine's zone. */
import { utcOffsetMinutes } from '../../geo/timezone.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** The wall-clock `HH:mm` written in an ISO time with an offset (the venue's time). */
export function venueClock(iso: string | undefined): string {
  const hm = iso ? /T(\d\d):(\d\d)/.exec(iso) : null;
  return hm ? `${hm[1]}:${hm[2]}` : '—';
}

/** `UTC+08:00` from the offset of an ISO time. */
export function offsetLabel(iso: string | undefined): string {
  const m = iso ? /(Z|[+-]\d\d:\d\d)$/.exec(iso) : null;
  return !m ? 'UTC' : m[1] === 'Z' ? 'UTC' : `UTC${m[1]}`;
}

/** Minutes east of UTC written in an ISO time. */
function writtenOffset(iso: string): number {
  const m = /([+-])(\d\d):(\d\d)$/.exec(iso);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/**
 * The time in `zone` (`HH:mm`, with the date `MM-dd` when it is another day than at the
 * venue), or undefined when the zone reads the same clock as the venue.
 */
export function localClock(iso: string | undefined, zone: string): string | undefined {
  if (!iso) return undefined;
  const at = Date.parse(iso);
  const venue = writtenOffset(iso);
  const offset = utcOffsetMinutes(zone, new Date(at));
  if (offset === venue) return undefined;
  const local = new Date(at + offset * 60_000);
  const venueDay = new Date(at + venue * 60_000).getUTCDate();
  const clock = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
  return local.getUTCDate() === venueDay
    ? clock
    : `${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ${clock}`;
}
