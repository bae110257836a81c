/** `cuohe schedule`: matches → one-to-one meeting schedule, agendas as CSV and iCalendar. */
import { writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readMatchesTable } from '../../io/matches-csv.js';
import { splitList } from '../../io/profiles-csv.js';
import { agendaToCsv, scheduleToCsv } from '../../io/schedule-csv.js';
import type { CsvRow } from '../../io/types.js';
import { issue, ValidationError } from '../../model/validation-error.js';
import { type Agenda, agendas, isEmail } from '../../schedule/agenda.js';
import { updateAgendas } from '../../schedule/agenda-update.js';
import { makeSlots } from '../../schedule/availability.js';
import { agendaCancellationsToICalendar, agendaToICalendar } from '../../schedule/ical.js';
import type { CalendarLocale } from '../../schedule/ical-text.js';
import { SCHEDULE_MESSAGES_ZH } from '../../schedule/messages-zh.js';
import { rescheduleMeetings } from '../../schedule/reschedule.js';
import { scheduleMeetings } from '../../schedule/schedule-meetings.js';
import type { Meeting, Participant, ScheduleInput, Slot } from '../../schedule/types.js';
import { pairKey, participantKey } from '../../schedule/validate.js';
import { agendaFolder } from '../agenda-folder.js';
import { participantFileNames } from '../file-names.js';
import { isWorkbook, readTableFile, readText } from '../load.js';
import { checkOutputs, staged } from '../output.js';
import { changesToCsv, readPreviousSchedule } from '../previous-schedule.js';
import { OptionError, say } from '../report.js';
import { checkParticipantRowDetails, matchNames, nameFromMatches, participantDetailCells } from '../schedule-names.js';
import { SCHEDULE_SUMMARY } from '../schedule-summary.js';
import { scheduleWorkbooks } from '../schedule-workbooks.js';
import { outputFormat } from './match.js';

export interface ScheduleOptions {
  matches: string;
  slots?: string;
  date?: string;
  start?: string;
  slotMinutes?: string;
  count?: string;
  timezone?: string;
  tables?: string;
  maxMeetings?: string;
  participants?: string;
  minPerSupplier?: string;
  out?: string;
  bom?: boolean;
  encoding?: string;
  locale?: CalendarLocale;
  previous?: string;
  /** csv (default) or xlsx: schedule and agendas as workbooks (the .ics invitations either way). */
  format?: string;
  /** Worksheet of .xlsx inputs (name or 1-based position). */
  sheet?: string;
  /**
   * "Name <mail@example.org>" or an address: the .ics files become invitations (METHOD:REQUEST)
   * where e-mails are known.
   */
  organizer?: string;
}

/** `--organizer "Name <mail@example.org>"` (or a bare address) → the calendar organiser. */
function parseOrganizer(value: string | undefined): { email: string; name?: string } | undefined {
  if (value === undefined) return undefined;
  const match = /^\s*(?:"?([^"<]*?)"?\s*<([^<>]+)>|([^<>\s]+))\s*$/.exec(value);
  const email = (match?.[2] ?? match?.[3] ?? '').trim();
  if (!isEmail(email))
    throw new OptionError('--organizer', `"${value}" is not an e-mail address or "Name <mail@example.org>"`);
  const name = match?.[1]?.trim();
  return name ? { email, name } : { email };
}

/**
 * The agendas as last sent: the previous meetings at their last sequence, for today's
 * participants and those who are gone.
 */
function previousAgendas(meetings: Meeting[], input: ScheduleInput, sequences: Map<string, number>): Agenda[] {
  const known = new Set(input.participants.map((p) => participantKey(p.side, p.id)));
  const gone: Participant[] = [];
  for (const m of meetings) {
    for (const [side, id] of [
      ['buyer', m.buyerId],
      ['supplier', m.supplierId],
    ] as const) {
      if (known.has(participantKey(side, id))) continue;
      known.add(participantKey(side, id));
      gone.push({ id, side });
    }
  }
  const sent = agendas({ meetings, unscheduled: [] }, { ...input, participants: [...input.participants, ...gone] });
  return sent.map((a) => ({
    ...a,
    items: a.items.map((i) => {
      const key =
        a.side === 'buyer' ? pairKey(a.participantId, i.counterpartId) : pairKey(i.counterpartId, a.participantId);
      return { ...i, sequence: sequences.get(key) ?? 0 };
    }),
  }));
}

/** A whole number from an option (a bad one is a usage error) or a file cell. */
const int = (value: string | undefined, flag: string, min = 0): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < min) {
    const message = `"${value}" is not a whole number${min > 0 ? ` of at least ${min}` : ''}`;
    throw flag.startsWith('--')
      ? new OptionError(flag, message)
      : new ValidationError([issue([flag], 'out-of-range', message)]);
  }
  return n;
};

const SLOT_FLAGS: Record<string, string> = {
  date: '--date',
  timeZone: '--timezone',
  start: '--start',
  minutes: '--slot-minutes',
  count: '--count',
};

function loadSlots(o: ScheduleOptions, table?: { rows: CsvRow[] }): Slot[] {
  if (table) return table.rows.map((r) => ({ start: r.cells.start ?? '', end: r.cells.end ?? '' }));
  if (!o.date || !o.timezone)
    throw new OptionError(
      '--slots',
      'give --slots slots.csv, or --date, --timezone (and --start, --slot-minutes, --count)',
    );
  try {
    return makeSlots({
      date: o.date,
      timeZone: o.timezone,
      start: o.start ?? '09:00',
      minutes: int(o.slotMinutes, '--slot-minutes', 1) ?? 20,
      count: int(o.count, '--count', 1) ?? 16,
    });
  } catch (error) {
    if (!(error instanceof ValidationError) || error instanceof OptionError) throw error;
    const issue = error.issues[0]!;
    throw new OptionError(SLOT_FLAGS[String(issue.path[0])] ?? '--date', issue.params ?? issue.message, issue.code);
  }
}

function loadParticipants(
  o: ScheduleOptions,
  candidates: ScheduleInput['candidates'],
  table?: { rows: CsvRow[]; where: (line: number) => string },
): Participant[] {
  const max = int(o.maxMeetings, '--max-meetings');
  // Ids are per side: buyer 1 and supplier 1 are two participants.
  const byId = new Map<string, Participant>();
  const add = (id: string, side: Participant['side']) => {
    if (!byId.has(participantKey(side, id)))
      byId.set(participantKey(side, id), { id, side, ...(max !== undefined ? { maxMeetings: max } : {}) });
  };
  if (o.participants && table) {
    const file = basename(o.participants);
    for (const r of table.rows) {
      const side = r.cells.side === 'buyer' || r.cells.side === 'supplier' ? r.cells.side : undefined;
      if (!r.cells.id || !side)
        throw new ValidationError([
          issue([file, table.where(r.line)], 'required', 'needs id and side (buyer or supplier)'),
        ]);
      const p: Participant = { id: r.cells.id, side };
      const m = r.cells.maxMeetings ? int(r.cells.maxMeetings, `${file} ${table.where(r.line)} maxMeetings`) : max;
      if (m !== undefined) p.maxMeetings = m;
      participantDetailCells(p, r.cells);
      checkParticipantRowDetails(p, file, r.line);
      if (r.cells.available) {
        p.available = splitList(r.cells.available).map((w) => {
          const [start = '', end = ''] = w.split('/');
          return { start: start.trim(), end: end.trim() };
        });
      }
      byId.set(participantKey(side, p.id), p);
    }
  }
  for (const c of candidates) {
    add(c.buyerId, 'buyer');
    add(c.supplierId, 'supplier');
  }
  return [...byId.values()];
}

export async function runSchedule(o: ScheduleOptions): Promise<number> {
  const started = Date.now();
  const format = outputFormat(o.format, undefined, ['csv', 'xlsx']);
  const sheet = o.sheet !== undefined ? { sheet: o.sheet } : {};
  const tables = int(o.tables, '--tables', 1);
  const floor = int(o.minPerSupplier, '--min-per-supplier');
  int(o.maxMeetings, '--max-meetings');
  const organizer = parseOrganizer(o.organizer);
  const slots = o.slots ? undefined : loadSlots(o); // option values first: usage errors before reading files
  const place = o.out ? agendaFolder(o.out, format === 'xlsx' ? 'xlsx' : 'csv') : undefined;
  checkOutputs(
    { '--matches': o.matches, '--participants': o.participants, '--slots': o.slots },
    place ? { [`--out ${basename(place.schedule)}`]: place.schedule, '--out agendas/': place.agendas } : {},
  );
  const tableOf = (path: string) =>
    readTableFile(path, { ...(o.encoding !== undefined ? { encoding: o.encoding } : {}), ...sheet });
  const matchesTable = await tableOf(o.matches);
  const candidates = readMatchesTable(
    matchesTable,
    basename(o.matches),
    isWorkbook(o.matches) ? (line) => `row ${line}` : undefined,
  );
  const participants = loadParticipants(o, candidates, o.participants ? await tableOf(o.participants) : undefined);
  nameFromMatches(participants, matchNames(matchesTable));
  const input: ScheduleInput = {
    slots: slots ?? loadSlots(o, await tableOf(o.slots!)),
    participants,
    candidates,
    ...(tables !== undefined ? { tables } : {}),
    ...(floor !== undefined ? { minMeetingsPerSupplier: floor } : {}),
  };
  const previous = o.previous
    ? readPreviousSchedule(readText(o.previous, o.encoding), basename(o.previous), input)
    : undefined;
  const locale = o.locale ? { locale: o.locale } : {};
  const repaired = previous ? rescheduleMeetings(previous, input, { pinned: previous.pinned, ...locale }) : undefined;
  const schedule = repaired ?? scheduleMeetings(input, o.locale === 'zh' ? { messages: SCHEDULE_MESSAGES_ZH } : {});
  const changes = repaired?.changes;
  const list = agendas(schedule, input);
  const withMeetings = list.filter((x) => x.items.length);
  // Calendars: with --previous, updates of what was sent (SEQUENCE raised for moved meetings,
  // dropped ones cancelled), also for participants who are gone.
  const calendars = previous
    ? updateAgendas(list, previousAgendas(previous.meetings, input, previous.sequences))
    : withMeetings;
  const toCalendar = calendars.filter((a) => a.items.length || a.cancelled?.length);
  const nameList = participantFileNames(toCalendar.map((a) => ({ side: a.side, id: a.participantId })));
  const nameOf = new Map(toCalendar.map((a, k) => [participantKey(a.side, a.participantId), nameList[k]!]));
  // Workbooks are built before anything is staged (exceljs writes asynchronously).
  const fileNames = withMeetings.map((a) => nameOf.get(participantKey(a.side, a.participantId))!);
  const workbooks = place && format === 'xlsx' ? await scheduleWorkbooks(schedule, input, withMeetings) : undefined;
  let agendaFiles = 0;
  if (place) {
    // The whole output is staged and put in place at the end: agendas/ is replaced as a
    // whole (no stale agendas from an earlier run), and a failure leaves the previous one.
    const stamp = new Date();
    staged((out) => {
      const folder = out.folder(place.agendas);
      for (const [k, a] of withMeetings.entries()) {
        if (workbooks) writeFileSync(join(folder, `${fileNames[k]!}.xlsx`), workbooks.agendas[k]!);
        else writeFileSync(join(folder, `${fileNames[k]!}.csv`), agendaToCsv(a, { bom: o.bom ?? false }));
        agendaFiles++;
      }
      for (const a of toCalendar) {
        const name = nameOf.get(participantKey(a.side, a.participantId))!;
        const options = { stamp, ...locale, ...(organizer ? { organizer } : {}) };
        // An invitation (organiser and participant e-mail known) holds only meetings; what was
        // dropped goes to a METHOD:CANCEL file. A published file carries its cancellations itself.
        const invitation = organizer !== undefined && a.email !== undefined;
        if (a.items.length || !invitation) {
          writeFileSync(join(folder, `${name}.ics`), agendaToICalendar(a, options));
          agendaFiles++;
        }
        const cancel = invitation ? agendaCancellationsToICalendar(a, options) : undefined;
        if (cancel) {
          writeFileSync(join(folder, `${name}.cancel.ics`), cancel);
          agendaFiles++;
        }
      }
      const scheduleFile = workbooks
        ? workbooks.schedule
        : scheduleToCsv(schedule, input, { bom: o.bom ?? false, agendas: calendars });
      // With --out agendas/, the schedule sits beside the agendas in the folder being staged.
      if (place.scheduleInAgendas) writeFileSync(join(folder, basename(place.schedule)), scheduleFile);
      else out.file(place.schedule, scheduleFile);
      if (changes) {
        const changesCsv = changesToCsv(changes, input, { bom: o.bom ?? false });
        if (place.scheduleInAgendas) writeFileSync(join(folder, 'changes.csv'), changesCsv);
        else out.file(join(dirname(place.schedule), 'changes.csv'), changesCsv);
      }
    });
  }
  const reasons = new Map<string, number>();
  for (const u of schedule.unscheduled) reasons.set(u.reason, (reasons.get(u.reason) ?? 0) + 1);
  const idle = list.filter((a) => a.items.length === 0);
  const capacity = tables !== undefined ? input.slots.length * tables : undefined;
  const out = { write: say };
  const text = SCHEDULE_SUMMARY[o.locale ?? 'en'];
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  out.write(`${text.meetings(schedule.meetings.length, input.slots.length, input.participants.length, seconds)}\n`);
  if (capacity) out.write(`${text.utilisation(((100 * schedule.meetings.length) / capacity).toFixed(1), capacity)}\n`);
  out.write(`${text.unplaced(schedule.unscheduled.length, [...reasons].map(([r, n]) => `${r} ${n}`).join(', '))}\n`);
  if (idle.length)
    out.write(
      `${text.idle(
        idle.length,
        `${idle
          .slice(0, 10)
          .map((a) => a.participantId)
          .join(', ')}${idle.length > 10 ? ', …' : ''}`,
      )}\n`,
    );
  if (changes)
    out.write(
      `${text.changes(
        o.previous!,
        changes.kept.length,
        changes.moved.length,
        changes.cancelled.length,
        changes.added.length,
      )}\n`,
    );
  if (place) out.write(`${text.wrote(place.schedule, agendaFiles)}\n`);
  return 0;
}
