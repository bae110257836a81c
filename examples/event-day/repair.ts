/**
 * The morning of the event day of run.ts: one exhibitor does not come, and a buyer who did
 * not register arrives at 10:00. `rescheduleMeetings` repairs the schedule: every meeting of
 * everyone else stays in its slot at its table, the no-show's meetings are cancelled, and the
 * time that frees up goes to the best new pairs — the late buyer's first. Writes the repaired
 * schedule and the changes to examples/event-day/out/repair/.
 *
 * Run: npx tsx examples/event-day/repair.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  createEngine,
  localAvailability,
  makeSlots,
  type Participant,
  type ScheduleInput,
  scheduleMeetings,
  scheduleToCsv,
} from 'cuohe';
import { rescheduleMeetings, scheduleQuality } from 'cuohe/day';

import { loadSampleFair } from '../fair/sample.js';

const fair = loadSampleFair();
const suppliers = fair.suppliers.slice(0, 400);
const buyers = fair.buyers.slice(0, 150);
const engine = createEngine(suppliers, { asOf: '2026-11-22' });
const date = '2026-11-23';
const slots = makeSlots({ date, timeZone: 'Asia/Shanghai', start: '09:00', minutes: 20, count: 16 });
const participants: Participant[] = [
  ...buyers.map((b): Participant => ({ id: b.id, side: 'buyer', maxMeetings: 6, maxConsecutive: 4 })),
  ...suppliers.map((s): Participant => ({ id: s.id, side: 'supplier', maxMeetings: 8 })),
];
const input: ScheduleInput = {
  slots,
  tables: 60,
  participants,
  candidates: engine.meetingCandidates(buyers, { perBuyer: 12, minScore: 0.5 }),
};
const planned = scheduleMeetings(input);

// ── The morning: a no-show and a late joiner ───────────────────────────────
const count = new Map<string, number>();
for (const m of planned.meetings) count.set(m.supplierId, (count.get(m.supplierId) ?? 0) + 1);
const noShow = [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
// The first unregistered buyer with mutual matches among these exhibitors.
const late = fair.buyers
  .slice(150)
  .find((b) => engine.meetingCandidates([b], { perBuyer: 12, minScore: 0.5 }).length >= 3)!;
const today: ScheduleInput = {
  ...input,
  participants: [
    ...participants.filter((p) => !(p.side === 'supplier' && p.id === noShow)),
    {
      id: late.id,
      side: 'buyer',
      maxMeetings: 6,
      available: [localAvailability('Asia/Shanghai', date, '10:00', '14:20')],
    },
  ],
  candidates: engine
    .meetingCandidates([...buyers, late], { perBuyer: 12, minScore: 0.5 })
    .filter((c) => c.supplierId !== noShow),
};
const repaired = rescheduleMeetings(planned, today);
const { kept, moved, cancelled, added } = repaired.changes;

console.log(
  `Planned: ${planned.meetings.length} meetings. This morning exhibitor ${noShow} is absent (${count.get(noShow)} meetings) and buyer ${late.id} (${late.name}) arrives at 10:00.`,
);
console.log(
  `Repaired: ${kept.length} kept in place, ${moved.length} moved, ${cancelled.length} cancelled, ${added.length} added.`,
);
const involved = (m: { buyerId: string; supplierId: string }) => m.supplierId === noShow || m.buyerId === late.id;
console.log(`Meetings of people not involved that moved: ${moved.filter((x) => !involved(x.before)).length}`);
console.log(`Meetings for ${late.id}: ${added.filter((m) => m.buyerId === late.id).length}`);
for (const c of cancelled)
  console.log(
    `  cancelled ${c.meeting.buyerId} × ${c.meeting.supplierId} at ${slots[c.meeting.slot]!.start.slice(11, 16)}: ${c.reason}`,
  );
for (const m of added)
  console.log(
    `  added     ${m.buyerId} × ${m.supplierId} at ${slots[m.slot]!.start.slice(11, 16)}, table ${m.table} (score ${m.score.toFixed(3)})`,
  );
const q = scheduleQuality(repaired, today);
console.log(
  `Idle slots between first and last meeting: mean ${q.idle.mean.toFixed(2)}, p90 ${q.idle.p90}; exhibitors at one table: ${q.homeTables.atOneTable}/${q.homeTables.exhibitors}; longest run ${q.runs.longest}`,
);

const out = new URL('./out/repair/', import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL('schedule.csv', out), scheduleToCsv(repaired, today, { bom: true }));
writeFileSync(new URL('changes.json', out), `${JSON.stringify(repaired.changes, null, 2)}\n`);
console.log('Wrote examples/event-day/out/repair/schedule.csv and changes.json');
