/**
 * `cuohe/calendar`: meeting agendas as iCalendar (RFC 5545) invitations. Kept out of the core
 * (its iCalendar library is ≈ 9 KB gzipped): a web page that ranks exhibitors needs no calendars.
 * @example
 * import { agendas } from 'cuohe';
 * import { agendaToICalendar } from 'cuohe/calendar';
 * for (const agenda of agendas(schedule, input)) writeFileSync(`${agenda.participantId}.ics`, agendaToICalendar(agenda));
 * @packageDocumentation
 */
export { agendaToICalendar, type ICalendarOptions } from './schedule/ical.js';
