/** `cuohe schedule`: matches → one-to-one meeting schedule, agendas as CSV and iCalendar. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ValidationError } from '../../model/validation-error.js';
import { readStrictCsvTable } from '../../io/csv-table.js';
import { readMatchesCsv } from '../../io/write.js';
import { splitList } from '../../io/profiles-csv.js';
import { scheduleMeetings } from '../../schedule/schedule-meetings.js';
import { makeSlots } from '../../schedule/availability.js';
import { agendas, agendaToCsv, scheduleToCsv } from '../../schedule/agenda.js';
import { agendaToICalendar } from '../../schedule/ical.js';
import type { Participant, ScheduleInput, Slot } from '../../schedule/types.js';
import { readText } from '../load.js';
import { participantKey } from '../../schedule/validate.js';
import { participantFileNames } from '../file-names.js';

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
}

const int = (value: string | undefined, flag: string): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new ValidationError([{ path: [flag], message: `"${value}" is not a whole number` }]);
  return n;
};

function loadSlots(o: ScheduleOptions): Slot[] {
  if (o.slots) {
    const { rows } = readStrictCsvTable(readText(o.slots, o.encoding), basename(o.slots));
    return rows.map((r) => ({ start: r.cells.start ?? '', end: r.cells.end ?? '' }));
  }
  if (!o.date || !o.timezone) throw new ValidationError([{ path: ['--slots'], message: 'give --slots slots.csv, or --date, --timezone (and --start, --slot-minutes, --count)' }]);
  return makeSlots({ date: o.date, timeZone: o.timezone, start: o.start ?? '09:00', minutes: int(o.slotMinutes, '--slot-minutes') ?? 20, count: int(o.count, '--count') ?? 16 });
}

function loadParticipants(o: ScheduleOptions, candidates: ScheduleInput['candidates']): Participant[] {
  const max = int(o.maxMeetings, '--max-meetings');
  // Ids are per side: buyer 1 and supplier 1 are two participants.
  const byId = new Map<string, Participant>();
  const add = (id: string, side: Participant['side']) => {
    if (!byId.has(participantKey(side, id))) byId.set(participantKey(side, id), { id, side, ...(max !== undefined ? { maxMeetings: max } : {}) });
  };
  if (o.participants) {
    const file = basename(o.participants);
    const { rows } = readStrictCsvTable(readText(o.participants, o.encoding), file);
    for (const r of rows) {
      const side = r.cells.side === 'buyer' || r.cells.side === 'supplier' ? r.cells.side : undefined;
      if (!r.cells.id || !side) throw new ValidationError([{ path: [file, `line ${r.line}`], message: 'needs id and side (buyer or supplier)' }]);
      const p: Participant = { id: r.cells.id, side };
      const m = r.cells.maxMeetings ? int(r.cells.maxMeetings, `${file}:${r.line} maxMeetings`) : max;
      if (m !== undefined) p.maxMeetings = m;
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

export function runSchedule(o: ScheduleOptions): number {
  const started = Date.now();
  const candidates = readMatchesCsv(readText(o.matches, o.encoding), basename(o.matches));
  const slots = loadSlots(o);
  const tables = int(o.tables, '--tables');
  const floor = int(o.minPerSupplier, '--min-per-supplier');
  const input: ScheduleInput = {
    slots,
    participants: loadParticipants(o, candidates),
    candidates,
    ...(tables !== undefined ? { tables } : {}),
    ...(floor !== undefined ? { minMeetingsPerSupplier: floor } : {}),
  };
  const schedule = scheduleMeetings(input);
  const list = agendas(schedule, input);
  if (o.out) {
    mkdirSync(join(o.out, 'agendas'), { recursive: true });
    writeFileSync(join(o.out, 'schedule.csv'), scheduleToCsv(schedule, input, { bom: o.bom ?? false }));
    const withMeetings = list.filter((x) => x.items.length);
    const fileNames = participantFileNames(withMeetings.map((a) => ({ side: a.side, id: a.participantId })));
    for (const [k, a] of withMeetings.entries()) {
      const name = fileNames[k]!;
      writeFileSync(join(o.out, 'agendas', `${name}.csv`), agendaToCsv(a, { bom: o.bom ?? false }));
      writeFileSync(join(o.out, 'agendas', `${name}.ics`), agendaToICalendar(a));
    }
  }
  const reasons = new Map<string, number>();
  for (const u of schedule.unscheduled) reasons.set(u.reason, (reasons.get(u.reason) ?? 0) + 1);
  const idle = list.filter((a) => a.items.length === 0);
  const capacity = tables !== undefined ? slots.length * tables : undefined;
  const out = process.stdout;
  out.write(`${schedule.meetings.length} meetings in ${slots.length} slots for ${input.participants.length} participants (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  if (capacity) out.write(`table utilisation ${((100 * schedule.meetings.length) / capacity).toFixed(1)} % of ${capacity} table-slots\n`);
  out.write(`${schedule.unscheduled.length} proposed pairs not placed${reasons.size ? `: ${[...reasons].map(([r, n]) => `${r} ${n}`).join(', ')}` : ''}\n`);
  if (idle.length) out.write(`${idle.length} participants without a meeting: ${idle.slice(0, 10).map((a) => a.participantId).join(', ')}${idle.length > 10 ? ', …' : ''}\n`);
  if (o.out) out.write(`wrote ${join(o.out, 'schedule.csv')} and ${list.filter((x) => x.items.length).length * 2} agenda files\n`);
  return 0;
}
