/**
 * A matchmaking event day: 400 exhibitors and 150 buyers registered for one-to-one meetings,
 * 16 slots of 20 minutes from 09:00 Guangzhou time, 60 tables. Some buyers join online from
 * other time zones and give availability in their own local time. cuohe proposes the mutual
 * matches, schedules them, prints the organiser's summary and writes every agenda as CSV
 * and iCalendar to examples/event-day/out/.
 *
 * Run: npx tsx examples/event-day/run.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { agendas, agendaToCsv, createEngine, scheduleMeetings, scheduleToCsv } from 'cuohe';
import { agendaToICalendar } from 'cuohe/calendar';
import { DATE as date, eventDayParticipants, eventDayPeople, eventDaySlots, TABLES } from './day.js';

const { suppliers, buyers } = eventDayPeople();
const engine = createEngine(suppliers, { asOf: '2026-11-22' });
const slots = eventDaySlots();
const participants = eventDayParticipants(buyers, suppliers);

const started = performance.now();
const candidates = engine.meetingCandidates(buyers, { perBuyer: 12, minScore: 0.5 });
const input = { slots, tables: TABLES, participants, candidates, minMeetingsPerSupplier: 1 };
const schedule = scheduleMeetings(input);
const elapsed = performance.now() - started;

// ── The organiser's summary ──
const met = new Map<string, number>();
for (const m of schedule.meetings) for (const id of [m.buyerId, m.supplierId]) met.set(id, (met.get(id) ?? 0) + 1);
const online = participants.filter((p) => p.available).length;
const reasons = new Map<string, number>();
for (const u of schedule.unscheduled) reasons.set(u.reason, (reasons.get(u.reason) ?? 0) + 1);
const withoutMeetings = (side: 'buyer' | 'supplier') => participants.filter((p) => p.side === side && !met.has(p.id));
const noCandidates = new Set(candidates.flatMap((c) => [c.buyerId, c.supplierId]));

console.log(
  `Matchmaking day ${date}, Guangzhou — ${buyers.length} buyers (${online} online) × ${suppliers.length} exhibitors`,
);
console.log(
  `${slots.length} slots of 20 min from 09:00, ${TABLES} tables; proposed ${candidates.length} mutual pairs, ` +
    `scheduled in ${elapsed.toFixed(0)} ms`,
);
console.log(`\nMeetings placed:        ${schedule.meetings.length}`);
console.log(
  `Table utilisation:      ${((100 * schedule.meetings.length) / (slots.length * TABLES)).toFixed(1)} % ` +
    `of ${slots.length * TABLES} table-slots`,
);
console.log(
  `Mean mutual score:      ${(
    schedule.meetings.reduce((s, m) => s + m.score, 0) / Math.max(1, schedule.meetings.length)
  ).toFixed(3)}`,
);
console.log(`Buyers with meetings:   ${buyers.length - withoutMeetings('buyer').length}/${buyers.length}`);
console.log(`Exhibitors with one+:   ${suppliers.length - withoutMeetings('supplier').length}/${suppliers.length}`);
// The floor (one meeting per exhibitor) is met for as many exhibitors as any schedule allows; the rest, and why:
const belowFloor = new Map<string, number>();
for (const f of schedule.floorMissed ?? []) belowFloor.set(f.reason, (belowFloor.get(f.reason) ?? 0) + 1);
console.log(
  `Below the floor of ${input.minMeetingsPerSupplier}:   ${schedule.floorMissed?.length ?? 0} exhibitors ` +
    `(${[...belowFloor].map(([r, n]) => `${r} ${n}`).join(', ') || 'none'})`,
);
console.log(`\nProposed pairs not placed, by reason:`);
for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${reason.padEnd(20)} ${n}`);
console.log(`\nWho got no meeting, and why:`);
for (const p of [...withoutMeetings('buyer'), ...withoutMeetings('supplier')].slice(0, 8)) {
  const why = !noCandidates.has(p.id)
    ? 'no mutual match above 0.5 (check their product codes and certificates)'
    : (schedule.unscheduled.find((u) => u.buyerId === p.id || u.supplierId === p.id)?.message ?? '');
  console.log(`  ${p.side.padEnd(8)} ${p.id}: ${why}`);
}
const rest = withoutMeetings('buyer').length + withoutMeetings('supplier').length - 8;
if (rest > 0) console.log(`  … and ${rest} more (see schedule.csv)`);

// ── Files to send ──
const out = new URL('./out/', import.meta.url);
mkdirSync(new URL('agendas/', out), { recursive: true });
const names = Object.fromEntries([...suppliers, ...buyers].map((p) => [p.id, p.name]));
const buyerById = new Map(buyers.map((b) => [b.id, b]));
const all = agendas(schedule, input, {
  names,
  reasons: (b, s) => engine.score(buyerById.get(b)!, s).reasons.slice(0, 3),
});
writeFileSync(new URL('schedule.csv', out), scheduleToCsv(schedule, input, { bom: true }));
for (const agenda of all.filter((a) => a.items.length > 0)) {
  writeFileSync(new URL(`agendas/${agenda.participantId}.csv`, out), agendaToCsv(agenda, { bom: true }));
  writeFileSync(new URL(`agendas/${agenda.participantId}.ics`, out), agendaToICalendar(agenda));
}
const first = all.find((a) => a.side === 'buyer' && a.items.length > 0)!;
console.log(
  `\nWrote schedule.csv and ${all.filter((a) => a.items.length > 0).length * 2} agenda files ` +
    'to examples/event-day/out/',
);
console.log(`Agenda of ${first.participantId} (${first.name}):`);
for (const item of first.items)
  console.log(
    `  ${item.start.slice(11, 16)}  table ${String(item.table).padStart(2)}  ` +
      `${item.counterpartName}  — ${item.reasons[0] ?? ''}`,
  );
