/**
 * The morning of the event day of run.ts: one exhibitor does not come, and a buyer who did
 * not register arrives at 10:00. `rescheduleMeetings` repairs the schedule: every meeting of
 * everyone else stays in its slot at its table, the no-show's meetings are cancelled, and the
 * time that frees up goes to the best new pairs — the late buyer's first. Then the calendar
 * updates of the repair: the invitations sent in the morning are updated (same UID per pair,
 * SEQUENCE raised for what moved), the no-show's meetings cancelled (METHOD:CANCEL files for
 * the exhibitors' buyers), the late buyer invited. Writes the repaired schedule, the changes
 * and the calendar files of everyone concerned to examples/event-day/out/repair/.
 *
 * Run: npx tsx examples/event-day/repair.ts
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type Agenda,
  agendas,
  createEngine,
  localAvailability,
  type Participant,
  type ScheduleInput,
  scheduleMeetings,
  scheduleToCsv,
} from 'cuohe';
import { agendaCancellationsToICalendar, agendaToICalendar, updateAgendas } from 'cuohe/calendar';
import { rescheduleMeetings, scheduleQuality } from 'cuohe/day';
import { DATE as date, eventDayPeople, eventDaySlots } from './day.js';

const { suppliers, buyers, otherBuyers } = eventDayPeople();
const engine = createEngine(suppliers, { asOf: '2026-11-22' });
const slots = eventDaySlots();
// Example addresses (a real event has them from registration): with them, calendar files are invitations.
const email = (id: string) => `${id.toLowerCase()}@guests.example.org`;
const participants: Participant[] = [
  ...buyers.map(
    (b): Participant => ({
      id: b.id,
      side: 'buyer',
      maxMeetings: 6,
      maxConsecutive: 4,
      name: b.name,
      email: email(b.id),
    }),
  ),
  ...suppliers.map(
    (s): Participant => ({ id: s.id, side: 'supplier', maxMeetings: 8, name: s.name, email: email(s.id) }),
  ),
];
const organizer = { name: 'Matchmaking desk 撮合服务台', email: 'meetings@fair.example.org' };
const input: ScheduleInput = {
  slots,
  tables: 60,
  participants,
  candidates: engine.meetingCandidates(buyers, { perBuyer: 12, minScore: 0.5 }),
};
const planned = scheduleMeetings(input);
// 08:00: the invitations go out, every meeting at SEQUENCE 0.
const sent = updateAgendas(agendas(planned, input), []);

// ── The morning: a no-show and a late joiner ──
const count = new Map<string, number>();
for (const m of planned.meetings) count.set(m.supplierId, (count.get(m.supplierId) ?? 0) + 1);
const noShow = [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
// The first unregistered buyer with mutual matches among these exhibitors.
const late = otherBuyers.find((b) => engine.meetingCandidates([b], { perBuyer: 12, minScore: 0.5 }).length >= 3)!;
const today: ScheduleInput = {
  ...input,
  participants: [
    ...participants.filter((p) => !(p.side === 'supplier' && p.id === noShow)),
    {
      id: late.id,
      side: 'buyer',
      maxMeetings: 6,
      name: late.name,
      email: email(late.id),
      available: [localAvailability('Asia/Shanghai', date, '10:00', '14:20')],
    },
  ],
  candidates: engine
    .meetingCandidates([...buyers, late], { perBuyer: 12, minScore: 0.5 })
    .filter((c) => c.supplierId !== noShow),
};
const repaired = rescheduleMeetings(planned, today);
const { kept, moved, cancelled, added } = repaired.changes;

// ── The calendar updates of the repair ──
// Updates against what was sent: SEQUENCE raised where a meeting changed, dropped meetings
// cancelled; the no-show (gone from today's input) gets an agenda that cancels all of theirs.
export const updates: Agenda[] = updateAgendas(agendas(repaired, today), sent);
/** Participants whose calendar changed: a meeting moved, added (SEQUENCE 0, not sent before) or cancelled. */
const sentItems = new Map(
  sent.map((a) => [`${a.side}:${a.participantId}`, new Set(a.items.map((i) => i.counterpartId))]),
);
export const concerned = updates.filter(
  (a) =>
    (a.cancelled ?? []).length > 0 ||
    a.items.some((i) => (i.sequence ?? 0) > 0 || !sentItems.get(`${a.side}:${a.participantId}`)?.has(i.counterpartId)),
);
const stamp = new Date('2026-11-23T02:05:00Z'); // DTSTAMP: when these files are generated (10:05 in Guangzhou)
/**
 * File name → iCalendar text: an invitation (REQUEST) per participant concerned, and a CANCEL
 * file where meetings were dropped.
 */
export const calendarFiles = new Map<string, string>();
for (const agenda of concerned) {
  const base = `${agenda.side}-${agenda.participantId}`;
  const locale = agenda.side === 'supplier' ? 'zh' : 'en';
  // Known e-mail (the no-show's from the morning's agenda): an invitation with the current
  // meetings, and a CANCEL file for the dropped ones; without one, a published file that holds both.
  if (agenda.email) {
    if (agenda.items.length) calendarFiles.set(`${base}.ics`, agendaToICalendar(agenda, { stamp, organizer, locale }));
    const cancel = agendaCancellationsToICalendar(agenda, { stamp, organizer, locale });
    if (cancel) calendarFiles.set(`${base}.cancel.ics`, cancel);
  } else calendarFiles.set(`${base}.ics`, agendaToICalendar(agenda, { stamp, locale }));
}

export { late, noShow, planned, repaired, sent, today };

console.log(
  `Planned: ${planned.meetings.length} meetings. This morning exhibitor ${noShow} is absent ` +
    `(${count.get(noShow)} meetings) and buyer ${late.id} (${late.name}) arrives at 10:00.`,
);
console.log(
  `Repaired: ${kept.length} kept in place, ${moved.length} moved, ${cancelled.length} cancelled, ` +
    `${added.length} added.`,
);
const involved = (m: { buyerId: string; supplierId: string }) => m.supplierId === noShow || m.buyerId === late.id;
console.log(`Meetings of people not involved that moved: ${moved.filter((x) => !involved(x.before)).length}`);
console.log(`Meetings for ${late.id}: ${added.filter((m) => m.buyerId === late.id).length}`);
for (const c of cancelled)
  console.log(
    `  cancelled ${c.meeting.buyerId} × ${c.meeting.supplierId} ` +
      `at ${slots[c.meeting.slot]!.start.slice(11, 16)}: ${c.reason}`,
  );
for (const m of added)
  console.log(
    `  added     ${m.buyerId} × ${m.supplierId} at ${slots[m.slot]!.start.slice(11, 16)}, ` +
      `table ${m.table} (score ${m.score.toFixed(3)})`,
  );
const q = scheduleQuality(repaired, today);
console.log(
  `Idle slots between first and last meeting: mean ${q.idle.mean.toFixed(2)}, p90 ${q.idle.p90}; ` +
    `exhibitors at one table: ${q.homeTables.atOneTable}/${q.homeTables.exhibitors}; longest run ${q.runs.longest}`,
);

console.log(
  `Calendar updates for the ${concerned.length} participants concerned: ${calendarFiles.size} files ` +
    `(${[...calendarFiles.keys()].filter((f) => f.endsWith('.cancel.ics')).length} METHOD:CANCEL); ` +
    'nobody else needs a new file.',
);

// Files only when run as a script (the example test imports this module).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = new URL('./out/repair/', import.meta.url);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(new URL('calendars/', out), { recursive: true });
  writeFileSync(new URL('schedule.csv', out), scheduleToCsv(repaired, today, { bom: true }));
  writeFileSync(new URL('changes.json', out), `${JSON.stringify(repaired.changes, null, 2)}\n`);
  for (const [file, text] of calendarFiles) writeFileSync(new URL(`calendars/${file}`, out), text);
  console.log('Wrote examples/event-day/out/repair/schedule.csv, changes.json and calendars/*.ics');
}
