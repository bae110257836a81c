/** A participant's agenda as an RFC 5545 iCalendar file (ical-generator), one event per meeting. */
import ical from 'ical-generator';
import type { Agenda } from './agenda.js';

/**
 * Options of `agendaToICalendar`.
 * @example
 * agendaToICalendar(agenda, { location: (t) => `Hall 4.2, table ${t}`, uidDomain: 'fair.example.org' });
 */
export interface ICalendarOptions {
  /** Calendar name; default "Meetings of <participant>". */
  name?: string;
  /** Event location per table; default "Table <n>". */
  location?: (table: number) => string;
  /** Domain for the stable event UIDs; default "cuohe". */
  uidDomain?: string;
  /**
   * DTSTAMP of every event. Defaults to the first meeting's start, so the same agenda gives
   * byte-identical files (re-sending an unchanged agenda changes nothing in calendars).
   */
  stamp?: Date;
}

/**
 * A participant's agenda as an RFC 5545 iCalendar file, one event per meeting, with stable
 * UIDs and a fixed DTSTAMP so an unchanged agenda gives an identical file.
 * @example
 * writeFileSync(`${agenda.participantId}.ics`, agendaToICalendar(agenda));
 */
export function agendaToICalendar(agenda: Agenda, options: ICalendarOptions = {}): string {
  const cal = ical({
    name: options.name ?? `Meetings of ${agenda.name ?? agenda.participantId}`,
    prodId: { company: 'cuohe', product: 'agenda', language: 'EN' },
  });
  const first = agenda.items[0];
  const stamp = options.stamp ?? (first ? new Date(first.start) : new Date(0));
  const domain = options.uidDomain ?? 'cuohe';
  for (const item of agenda.items) {
    const counterpart = item.counterpartName ?? item.counterpartId;
    const location = options.location?.(item.table) ?? `Table ${item.table}`;
    cal.createEvent({
      id: `${encodeURIComponent(agenda.participantId)}-${encodeURIComponent(item.counterpartId)}-${item.slot}@${domain}`,
      start: new Date(item.start),
      end: new Date(item.end),
      stamp,
      summary: `Meeting: ${counterpart}`,
      location,
      description: [`${location}, with ${counterpart} (${item.counterpartId})`, ...item.reasons].join('\n'),
    });
  }
  return cal.toString();
}
