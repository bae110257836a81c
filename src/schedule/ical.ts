/** A participant's agenda as an RFC 5545 iCalendar file (ical-generator), one event per meeting. */
import ical from 'ical-generator';
import type { Agenda } from './agenda.js';
import { ValidationError } from '../model/validation-error.js';

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
  const domain = options.uidDomain ?? 'cuohe';
  if (typeof domain !== 'string' || !/^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/.test(domain)) {
    throw new ValidationError([{ path: ['options', 'uidDomain'], message: 'must be a domain name (letters, digits, dots and hyphens)' }]);
  }
  const cal = ical({
    // The writer does not escape the calendar name: escape it here (RFC 5545 TEXT), one line.
    name: text(options.name ?? `Meetings of ${agenda.name ?? agenda.participantId}`).replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, ' '),
    prodId: { company: 'cuohe', product: 'agenda', language: 'EN' },
  });
  const first = agenda.items[0];
  const stamp = options.stamp ?? (first ? new Date(first.start) : new Date(0));
  for (const item of agenda.items) {
    const counterpart = item.counterpartName ?? item.counterpartId;
    const location = options.location?.(item.table) ?? `Table ${item.table}`;
    cal.createEvent({
      // Parts joined by "/", which encodeURIComponent always escapes: A-B/C and A/B-C differ,
      // and so do buyer 1's and supplier 1's calendars.
      id: [agenda.side, agenda.participantId, item.counterpartId, String(item.slot)].map(encodeURIComponent).join('/') + `@${domain}`,
      start: new Date(item.start),
      end: new Date(item.end),
      stamp,
      summary: text(`Meeting: ${counterpart}`),
      location: text(location),
      description: text([`${location}, with ${counterpart} (${item.counterpartId})`, ...item.reasons].join('\n')),
    });
  }
  return cal.toString();
}

/**
 * Text for a calendar property: RFC 5545 allows no control characters but tab in text, so
 * every line break becomes one \n (escaped by the writer) and other controls (NUL, ESC, a
 * lone CR that would start a forged property line) are dropped.
 */
function text(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}
