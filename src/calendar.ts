/**
 * `cuohe/calendar`: meeting agendas as iCalendar (RFC 5545) files that calendars can update:
 * one UID per meeting (the pair), SEQUENCE raised on every change, dropped meetings cancelled,
 * invitations (METHOD:REQUEST / CANCEL) when e-mails are known. Kept out of the core (its
 * iCalendar library is ≈ 9 KB gzipped): a web page that ranks exhibitors needs no calendars.
 * @example
 * import { agendas } from 'cuohe';
 * import { agendaToICalendar } from 'cuohe/calendar';
 * for (const agenda of agendas(schedule, input))
 *   writeFileSync(`${agenda.participantId}.ics`, agendaToICalendar(agenda));
 * @packageDocumentation
 */

export { updateAgenda, updateAgendas } from './schedule/agenda-update.js';
export {
  agendaCancellationsToICalendar,
  agendaToICalendar,
  type ICalendarOptions,
  meetingUid,
} from './schedule/ical.js';
export type { CalendarLocale } from './schedule/ical-text.js';
