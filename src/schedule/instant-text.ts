/** Instants as people read them in files: whole seconds, and in a participant's own time zone. */
import { TZDate } from '@date-fns/tz';
import { formatISO } from 'date-fns';

/**
 * The instant as given, without a zero fraction of a second (`09:00:00.000+08:00` →
 * `09:00:00+08:00`); other texts are kept as they are.
 * @example
 * instantText('2026-11-23T09:00:00.000+08:00'); // '2026-11-23T09:00:00+08:00'
 */
export function instantText(iso: string): string {
  return iso.replace(/(T\d{2}:\d{2}:\d{2})\.0+(?=(Z|[+-]\d{2}:\d{2})$)/, '$1');
}

/**
 * The instant in `timeZone`, ISO 8601 with that zone's offset and whole seconds.
 * @example
 * localInstantText('2026-11-23T01:00:00Z', 'America/New_York'); // '2026-11-22T20:00:00-05:00'
 */
export function localInstantText(iso: string, timeZone: string): string {
  return formatISO(new TZDate(Date.parse(iso), timeZone));
}
