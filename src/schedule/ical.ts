/**
 * A participant's agenda as an RFC 5545 iCalendar file (ical-generator), one event per meeting,
 * made to be updated: the UID names the pair (the same in both parties' files and across
 * reschedules), SEQUENCE counts the meeting's changes, and dropped meetings are cancelled.
 *
 * Which METHOD (RFC 5546):
 * - `PUBLISH` (default): a file to import or subscribe to. Moved meetings are the same events
 *   with a higher SEQUENCE; dropped ones stay in the file with STATUS:CANCELLED. ATTENDEE is
 *   not allowed in PUBLISH, so only ORGANIZER appears (when known).
 * - `REQUEST` when `organizer.email` and the participant's e-mail are known: an invitation for
 *   e-mail, with ORGANIZER and ATTENDEEs. A REQUEST may not carry STATUS:CANCELLED, and mail
 *   clients (Outlook, Gmail, Apple Calendar) remove an event only on METHOD:CANCEL, so the
 *   dropped meetings go into a second file from `agendaCancellationsToICalendar`.
 */
import ical, {
  type ICalAttendeeData,
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';
import { issue, ValidationError } from '../model/validation-error.js';
import { type Agenda, type AgendaItem, isEmail } from './agenda.js';
import { checkAgenda, updateAgenda } from './agenda-update.js';
import { CALENDAR_LOCALES, CALENDAR_TEXTS, type CalendarLocale } from './ical-text.js';

/**
 * Options of `agendaToICalendar` and `agendaCancellationsToICalendar`.
 * @example
 * const organizer = { name: 'Canton Expo', email: 'meet@expo.example.org' };
 * agendaToICalendar(agenda, { previous: sentAgenda, organizer, locale: 'zh' });
 */
export interface ICalendarOptions {
  /** Calendar name; default "Meetings of <participant>" ("<participant> 的洽谈日程"). */
  name?: string;
  /** Event location per table; default "Table <n>" ("<n> 号桌"). */
  location?: (table: number) => string;
  /**
   * Domain for the event UIDs (`<buyerId>/<supplierId>@<domain>`); default "cuohe". Use one
   * per event (e.g. `day1.fair.example.org`) when the same pair meets at several events.
   */
  uidDomain?: string;
  /** DTSTAMP: when the file is generated; default now. Give a fixed one for reproducible files. */
  stamp?: Date;
  /**
   * The participant's agenda as last sent (itself possibly an update): moved meetings become
   * updates (SEQUENCE raised), dropped ones cancellations. See `updateAgenda`.
   */
  previous?: Agenda;
  /** Language of summaries, descriptions and the calendar name; default 'en'. */
  locale?: CalendarLocale;
  /**
   * The organiser: ORGANIZER of every event; with the participant's e-mail, makes the file an
   * invitation (METHOD:REQUEST).
   */
  organizer?: { email: string; name?: string };
}

/**
 * The UID of the meeting of a pair: the same in both parties' calendars and in every version
 * of the schedule. Parts are joined by "/", which encodeURIComponent always escapes, so pairs
 * cannot collide (`A-B`/`C` vs `A`/`B-C`).
 * @example
 * meetingUid('B1', 'S7', 'fair.example.org'); // 'B1/S7@fair.example.org'
 */
export function meetingUid(buyerId: string, supplierId: string, uidDomain = 'cuohe'): string {
  checkDomain(uidDomain);
  return `${encodeURIComponent(buyerId)}/${encodeURIComponent(supplierId)}@${uidDomain}`;
}

/**
 * A participant's agenda as an RFC 5545 iCalendar file: one event per meeting (STATUS:CONFIRMED),
 * with the pair's UID and the meeting's SEQUENCE. With `previous`, moved meetings are updates
 * and — in a published file — dropped ones are there with STATUS:CANCELLED; in an invitation
 * (`organizer.email` and the participant's e-mail known: METHOD:REQUEST) they go to
 * `agendaCancellationsToICalendar` instead.
 * @example
 * writeFileSync(`${agenda.participantId}.ics`, agendaToICalendar(agenda, { previous: sent, stamp: new Date() }));
 */
export function agendaToICalendar(agenda: Agenda, options: ICalendarOptions = {}): string {
  const settings = checkOptions(options);
  const current = currentAgenda(agenda, options.previous);
  const invitation = settings.organizer !== undefined && current.email !== undefined;
  const events = current.items.map((item) => ({ item, cancelled: false }));
  if (!invitation) for (const item of current.cancelled ?? []) events.push({ item, cancelled: true });
  return write(current, settings, invitation ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.PUBLISH, events);
}

/**
 * The METHOD:CANCEL file of an invitation: the meetings dropped since `previous` (or, without
 * `previous`, every meeting in `agenda.cancelled`), each with its UID, a raised SEQUENCE and
 * STATUS:CANCELLED — what mail clients need to take them out of a calendar. Undefined when
 * nothing was dropped. Needs `organizer.email` and the participant's e-mail (RFC 5546).
 * @example
 * const cancel = agendaCancellationsToICalendar(agenda, { previous: sent, organizer });
 * if (cancel) mail(agenda.email, cancel);
 */
export function agendaCancellationsToICalendar(agenda: Agenda, options: ICalendarOptions = {}): string | undefined {
  const settings = checkOptions(options);
  const current = currentAgenda(agenda, options.previous);
  if (settings.organizer === undefined)
    throw new ValidationError([
      issue(
        ['options', 'organizer', 'email'],
        'required',
        'a cancellation (METHOD:CANCEL) needs the organiser’s e-mail',
      ),
    ]);
  if (current.email === undefined)
    throw new ValidationError([
      issue(['agenda', 'email'], 'required', 'a cancellation (METHOD:CANCEL) needs the participant’s e-mail'),
    ]);
  const sentBefore = options.previous ? new Set(options.previous.items.map((i) => i.counterpartId)) : undefined;
  const dropped = (current.cancelled ?? []).filter((i) => !sentBefore || sentBefore.has(i.counterpartId));
  if (!dropped.length) return undefined;
  return write(
    current,
    settings,
    ICalCalendarMethod.CANCEL,
    dropped.map((item) => ({ item, cancelled: true })),
  );
}

interface Settings {
  domain: string;
  stamp: Date;
  locale: CalendarLocale;
  name?: string;
  location?: (table: number) => string;
  organizer?: { email: string; name?: string };
}

function write(
  agenda: Agenda,
  settings: Settings,
  method: ICalCalendarMethod,
  events: { item: AgendaItem; cancelled: boolean }[],
): string {
  const t = CALENDAR_TEXTS[settings.locale];
  const email = agenda.email === undefined ? undefined : checkEmail(agenda.email, ['agenda', 'email']);
  const cal = ical({
    // The writer does not escape the calendar name: escape it here (RFC 5545 TEXT), one line.
    name: text(settings.name ?? t.calendarName(agenda.name ?? agenda.participantId))
      .replace(/[\\;,]/g, (c) => `\\${c}`)
      .replace(/\n/g, ' '),
    prodId: { company: 'cuohe', product: 'agenda', language: settings.locale.toUpperCase() },
    method,
  });
  const withAttendees = method !== ICalCalendarMethod.PUBLISH;
  events.forEach(({ item, cancelled }, k) => {
    const path = [cancelled ? 'cancelled' : 'items', k];
    const counterpart = item.counterpartName ?? item.counterpartId;
    const location = settings.location ? settings.location(item.table) : t.table(item.table);
    if (typeof location !== 'string')
      throw new ValidationError([issue(['options', 'location'], 'wrong-type', 'must return a string')]);
    const [buyerId, supplierId] =
      agenda.side === 'buyer' ? [agenda.participantId, item.counterpartId] : [item.counterpartId, agenda.participantId];
    const attendees: ICalAttendeeData[] = [];
    if (withAttendees && email !== undefined) attendees.push(attendee(email, agenda.name, method));
    if (withAttendees && item.counterpartEmail !== undefined)
      attendees.push(
        attendee(
          checkEmail(item.counterpartEmail, ['agenda', ...path, 'counterpartEmail']),
          item.counterpartName,
          method,
        ),
      );
    cal.createEvent({
      id: meetingUid(buyerId, supplierId, settings.domain),
      sequence: item.sequence ?? 0,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      start: new Date(item.start),
      end: new Date(item.end),
      stamp: settings.stamp,
      summary: text(cancelled ? t.cancelledSummary(counterpart) : t.summary(counterpart)),
      location: text(location),
      description: text(
        [
          t.description(location, counterpart, item.counterpartId),
          ...(cancelled ? [t.cancelledNote] : []),
          ...item.reasons,
        ].join('\n'),
      ),
      ...(settings.organizer
        ? {
            organizer: {
              name: parameterText(settings.organizer.name ?? settings.organizer.email),
              email: settings.organizer.email,
            },
          }
        : {}),
      ...(attendees.length ? { attendees } : {}),
    });
  });
  return cal.toString();
}

function attendee(email: string, name: string | undefined, method: ICalCalendarMethod): ICalAttendeeData {
  return {
    email,
    name: parameterText(name ?? email),
    role: ICalAttendeeRole.REQ,
    ...(method === ICalCalendarMethod.REQUEST ? { status: ICalAttendeeStatus.NEEDSACTION, rsvp: true } : {}),
  };
}

function checkEmail(value: unknown, path: (string | number)[]): string {
  if (!isEmail(value))
    throw new ValidationError([issue(path, 'invalid-value', `${JSON.stringify(value)} is not an e-mail address`)]);
  return value;
}

function checkDomain(domain: unknown): void {
  if (typeof domain !== 'string' || !/^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/.test(domain)) {
    throw new ValidationError([
      issue(['options', 'uidDomain'], 'wrong-type', 'must be a domain name (letters, digits, dots and hyphens)'),
    ]);
  }
}

function checkOptions(options: ICalendarOptions): Settings {
  if (options === null || typeof options !== 'object')
    throw new ValidationError([issue(['options'], 'wrong-type', { expected: 'an object' })]);
  const domain = options.uidDomain ?? 'cuohe';
  checkDomain(domain);
  const stamp = options.stamp ?? new Date();
  if (!(stamp instanceof Date) || Number.isNaN(stamp.getTime()))
    throw new ValidationError([issue(['options', 'stamp'], 'wrong-type', 'must be a valid Date')]);
  const locale = options.locale ?? 'en';
  if (!CALENDAR_LOCALES.includes(locale))
    throw new ValidationError([
      issue(['options', 'locale'], 'invalid-value', `must be one of ${CALENDAR_LOCALES.join(', ')}`),
    ]);
  if (options.name !== undefined && typeof options.name !== 'string')
    throw new ValidationError([issue(['options', 'name'], 'wrong-type', { expected: 'a string' })]);
  if (options.location !== undefined && typeof options.location !== 'function')
    throw new ValidationError([issue(['options', 'location'], 'wrong-type', 'must be a function of the table number')]);
  const settings: Settings = { domain, stamp, locale };
  if (options.name !== undefined) settings.name = options.name;
  if (options.location !== undefined) settings.location = options.location;
  if (options.organizer !== undefined) {
    if (options.organizer === null || typeof options.organizer !== 'object')
      throw new ValidationError([issue(['options', 'organizer'], 'wrong-type', 'must be { email, name? }')]);
    const email = checkEmail(options.organizer.email, ['options', 'organizer', 'email']);
    if (options.organizer.name !== undefined && typeof options.organizer.name !== 'string')
      throw new ValidationError([issue(['options', 'organizer', 'name'], 'wrong-type', { expected: 'a string' })]);
    settings.organizer = { email, ...(options.organizer.name !== undefined ? { name: options.organizer.name } : {}) };
  }
  return settings;
}

/**
 * Text for a calendar property: RFC 5545 allows no control characters but tab in text, so
 * every line break becomes one \n (escaped by the writer) and other controls (NUL, ESC, a
 * lone CR that would start a forged property line) are dropped.
 */
function text(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/**
 * Text for a quoted parameter (CN="…"): RFC 5545 allows neither controls nor a double quote
 * there (the writer's backslash escape is not part of the standard), so line breaks become
 * spaces and `"` becomes `'`.
 */
function parameterText(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/"/g, "'");
}

/** The agenda to write: as given (checked), or updated against the agenda sent before. */
function currentAgenda(agenda: Agenda, previous: Agenda | undefined): Agenda {
  if (previous !== undefined) return updateAgenda(agenda, previous);
  checkAgenda(agenda, 'agenda');
  return agenda;
}
