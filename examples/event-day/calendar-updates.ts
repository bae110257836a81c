/**
 * Calendar updates after a change on the day. Morning: the schedule of a matchmaking day is
 * sent as calendar files. Then a buyer does not come and one meeting has to move; the new
 * schedule is sent as updates that calendars understand: the same UID per meeting (the pair),
 * SEQUENCE raised for the moved one, the dropped ones cancelled (STATUS:CANCELLED in the
 * published file; METHOD:CANCEL files for e-mail invitations).
 *
 * Any two schedules will do; here the second one is the first with the no-show's meetings
 * removed and one meeting moved to a slot both parties have free.
 *
 * Run: npx tsx examples/event-day/calendar-updates.ts   (writes examples/event-day/out/updates/)
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import {
  agendas,
  createEngine,
  type Meeting,
  makeSlots,
  type Participant,
  type Schedule,
  scheduleMeetings,
} from 'cuohe';
import { agendaCancellationsToICalendar, agendaToICalendar, updateAgendas } from 'cuohe/calendar';

import { loadSampleFair } from '../fair/sample.js';

const fair = loadSampleFair();
const suppliers = fair.suppliers.slice(0, 120);
const buyers = fair.buyers.slice(0, 40);
const engine = createEngine(suppliers, { asOf: '2026-11-22' });
const slots = makeSlots({ date: '2026-11-23', timeZone: 'Asia/Shanghai', start: '09:00', minutes: 20, count: 12 });
// Example addresses (a real event has them from registration): with them, files are invitations.
const participants: Participant[] = [
  ...buyers.map(
    (b): Participant => ({
      id: b.id,
      side: 'buyer',
      maxMeetings: 5,
      name: b.name,
      email: `${b.id.toLowerCase()}@buyers.example.org`,
    }),
  ),
  ...suppliers.map(
    (s): Participant => ({
      id: s.id,
      side: 'supplier',
      maxMeetings: 6,
      name: s.name,
      email: `${s.id.toLowerCase()}@exhibitors.example.org`,
    }),
  ),
];
const input = {
  slots,
  tables: 30,
  participants,
  candidates: engine.meetingCandidates(buyers, { perBuyer: 8, minScore: 0.5 }),
};
const organizer = { name: 'Matchmaking desk 撮合服务台', email: 'meetings@fair.example.org' };

// ── 08:00: the schedule is sent ──
const morning = scheduleMeetings(input);
const sent = updateAgendas(agendas(morning, input), []); // every meeting at SEQUENCE 0

// ── 10:30: a buyer is missing, and one meeting moves ──
const noShow = morning.meetings[0]!.buyerId;
const kept = morning.meetings.filter((m) => m.buyerId !== noShow);
const busy = (id: string, side: 'buyer' | 'supplier', slot: number, list: Meeting[]) =>
  list.some((m) => m.slot === slot && (side === 'buyer' ? m.buyerId : m.supplierId) === id);
const moved = kept.find((m) => freeSlot(m) !== undefined)!;
function freeSlot(m: Meeting): number | undefined {
  for (let s = slots.length - 1; s > m.slot; s--) {
    const tablesUsed = new Set(kept.filter((k) => k.slot === s).map((k) => k.table));
    if (!busy(m.buyerId, 'buyer', s, kept) && !busy(m.supplierId, 'supplier', s, kept) && !tablesUsed.has(m.table))
      return s;
  }
  return undefined;
}
const newSlot = freeSlot(moved)!;
const afternoon: Schedule = {
  meetings: kept.map((m) => (m === moved ? { ...m, slot: newSlot } : m)),
  unscheduled: morning.unscheduled,
};
const afternoonInput = { ...input, participants: participants.filter((p) => !(p.side === 'buyer' && p.id === noShow)) };

// Updates against what was sent: SEQUENCE raised where a meeting changed, dropped meetings cancelled.
const updates = updateAgendas(agendas(afternoon, afternoonInput), sent);
const stamp = new Date(); // DTSTAMP: when these files are generated
const out = new URL('./out/updates/', import.meta.url);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let files = 0;
const changed = updates.filter((a) => a.items.some((i) => (i.sequence ?? 0) > 0) || (a.cancelled ?? []).length > 0);
for (const agenda of changed) {
  const base = `${agenda.side}-${agenda.participantId}`;
  // For subscriptions and imports: one PUBLISH file, cancellations inside (STATUS:CANCELLED).
  writeFileSync(
    new URL(`${base}.ics`, out),
    agendaToICalendar(agenda, { stamp, locale: agenda.side === 'supplier' ? 'zh' : 'en' }),
  );
  // For e-mail: the REQUEST invitation and, when something was dropped, the CANCEL file.
  if (agenda.items.length)
    writeFileSync(new URL(`${base}.invite.ics`, out), agendaToICalendar(agenda, { stamp, organizer }));
  const cancel = agendaCancellationsToICalendar(agenda, { stamp, organizer });
  if (cancel) writeFileSync(new URL(`${base}.cancel.ics`, out), cancel);
  files += 1 + (agenda.items.length ? 1 : 0) + (cancel ? 1 : 0);
}

const cancelledMeetings = morning.meetings.filter((m) => m.buyerId === noShow).length;
console.log(
  `Morning: ${morning.meetings.length} meetings sent to ${sent.filter((a) => a.items.length).length} participants.`,
);
console.log(
  `Change: buyer ${noShow} did not come (${cancelledMeetings} meetings cancelled); ` +
    `${moved.buyerId} × ${moved.supplierId} moved from slot ${moved.slot + 1} to slot ${newSlot + 1}.`,
);
console.log(
  `Updates for the ${changed.length} participants concerned: ${files} files in examples/event-day/out/updates/ ` +
    '(unchanged agendas need no new file).',
);
const movedAgenda = updates.find((a) => a.side === 'supplier' && a.participantId === moved.supplierId)!;
const item = movedAgenda.items.find((i) => i.counterpartId === moved.buyerId)!;
console.log(
  `\n${movedAgenda.name} (supplier ${movedAgenda.participantId}): meeting with ${item.counterpartName} ` +
    `now ${item.start.slice(11, 16)} at table ${item.table}, SEQUENCE ${item.sequence}.`,
);
console.log(
  agendaToICalendar(movedAgenda, { stamp: new Date('2026-11-23T02:30:00Z'), locale: 'zh' })
    .split('\r\n')
    .filter((l) => /^(METHOD|UID|SEQUENCE|STATUS|DTSTART|SUMMARY)/.test(l))
    .join('\n'),
);
