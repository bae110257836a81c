/**
 * How the meeting day feels, beside the times: idle slots between a participant's first and
 * last meeting, exhibitors at one home table, runs without a break, and day-of repair, on the
 * 3,000-participant day of meeting-day.ts (1,000 buyers, 2,000 exhibitors, 16 slots, 200
 * tables, every fifth buyer free only in the afternoon). Baseline in the same run: the same
 * meetings placed the old way (best first into the earliest open slot; home tables by id
 * order). Also the placement against an exact reference on 300 small constrained days.
 *
 *   npm run bench:day        (builds first; cuohe runs from dist/)
 */

import { availableParallelism, cpus, loadavg } from 'node:os';
import fc from 'fast-check';
import { generateFair } from '../examples/fair/synthetic-fair.js';
import type * as CuoheDay from '../src/day.js';
import type * as Cuohe from '../src/index.js';
import type { Meeting, Schedule, ScheduleInput } from '../src/index.js';
import type * as CuoheDescriptions from '../src/taxonomy/descriptions.js';
import { exactOptimum } from '../tests/schedule/exact-reference.js';
import { instance } from '../tests/schedule/instances.js';
import { benchmarkDayParticipants, benchmarkDayProfiles, benchmarkDaySlots } from './benchmark-day.js';
import { ASOF, inferredFair } from './fair.js';
import { ms, time } from './measure.js';

const here = new URL('.', import.meta.url);
const lib = (await import(new URL('../dist/index.js', here).href)) as typeof Cuohe;
const { inferCodes } = (await import(new URL('../dist/descriptions.js', here).href)) as typeof CuoheDescriptions;
const day = (await import(new URL('../dist/day.js', here).href)) as typeof CuoheDay;

console.log(
  `# meeting-day quality — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ` +
    `${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, load ${loadavg()[0]!.toFixed(2)}\n`,
);

const { suppliers, buyers } = benchmarkDayProfiles(lib, inferCodes);
const engine = lib.createEngine(suppliers, { asOf: ASOF });
const candidates = engine.meetingCandidates(buyers, { perBuyer: 12 });
const slots = benchmarkDaySlots(lib);
const participants = benchmarkDayParticipants(buyers, suppliers, slots);
const input: ScheduleInput = { slots, tables: 200, participants, candidates };
const total = (s: { meetings: Meeting[] }) => s.meetings.reduce((sum, m) => sum + m.score, 0);

const [schedule, scheduleMs] = time(() => lib.scheduleMeetings(input));
const q = day.scheduleQuality(schedule, input);
const old = oldPlacement(schedule, input);
const qOld = day.scheduleQuality(old, input);
const row = (...cells: (string | number)[]) => console.log(`| ${cells.join(' | ')} |`);
console.log(
  '| 3,000 participants | placement | meetings | total score | idle mean / p90 / max | exhibitors at one table ' +
    '| runs ≥ 6 | time |\n|---|---|---|---|---|---|---|---|',
);
const line = (name: string, s: Schedule, x: CuoheDay.ScheduleQuality, t: string) =>
  row(
    '',
    name,
    s.meetings.length,
    total(s).toFixed(3),
    `${x.idle.mean.toFixed(2)} / ${x.idle.p90} / ${x.idle.max}`,
    `${x.homeTables.atOneTable} of ${x.homeTables.exhibitors} (${(100 * x.homeTables.share).toFixed(1)} %)`,
    x.runs.participantsWithSixOrMore,
    t,
  );
line('scheduleMeetings', schedule, q, ms(scheduleMs));
line('same meetings, earliest open slot, tables by id (baseline)', old, qOld, '');

// Breaks: at most 4 in a row for everyone.
const capped: ScheduleInput = { ...input, participants: participants.map((p) => ({ ...p, maxConsecutive: 4 })) };
const [withBreaks, breaksMs] = time(() => lib.scheduleMeetings(capped));
line('maxConsecutive 4 for everyone', withBreaks, day.scheduleQuality(withBreaks, capped), ms(breaksMs));
console.log(
  `\nscore with breaks vs without: ${((total(withBreaks) / total(schedule) - 1) * 100).toFixed(2)} %; ` +
    `longest run ${day.scheduleQuality(withBreaks, capped).runs.longest}`,
);

// Day-of repair: the 7 exhibitors with most meetings do not come; the next 20 generated buyers join late (free
// from slot 4; those whose profiles give no usable code are dropped, as in the fair benchmarks).
const count = new Map<string, number>();
for (const m of schedule.meetings) count.set(m.supplierId, (count.get(m.supplierId) ?? 0) + 1);
const noShows = new Set(
  [...count]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 7)
    .map(([id]) => id),
);
const lateFair = inferredFair(inferCodes, generateFair({ suppliers: 2000, buyers: 1020, seed: 3 }));
const lateBuyers = lib
  .parseBuyers(lateFair.buyers)
  .filter((b) => !buyers.some((x) => x.id === b.id))
  .slice(0, 20);
const today: ScheduleInput = {
  ...input,
  participants: [
    ...participants.filter((p) => !(p.side === 'supplier' && noShows.has(p.id))),
    ...lateBuyers.map((b) => ({ id: b.id, side: 'buyer' as const, maxMeetings: 8, available: slots.slice(4) })),
  ],
  candidates: [...candidates, ...engine.meetingCandidates(lateBuyers, { perBuyer: 12 })].filter(
    (c) => !noShows.has(c.supplierId),
  ),
};
const [repaired, repairMs] = time(() => day.rescheduleMeetings(schedule, today));
const late = new Set(lateBuyers.map((b) => b.id));
const involved = (m: Meeting) => noShows.has(m.supplierId) || late.has(m.buyerId);
const { kept, moved, cancelled, added } = repaired.changes;
console.log(`\n| repair: 7 no-shows, ${lateBuyers.length} late joiners | |\n|---|---|`);
row('previous meetings', schedule.meetings.length);
row('kept in slot and table', kept.length);
row('moved (of people not involved)', `${moved.length} (${moved.filter((x) => !involved(x.before)).length})`);
row(
  'cancelled (participant gone / other)',
  `${cancelled.length} (${cancelled.filter((c) => c.reason === 'participant-gone').length} / ` +
    `${cancelled.filter((c) => c.reason !== 'participant-gone').length})`,
);
row('added (late joiners)', `${added.length} (${added.filter((m) => late.has(m.buyerId)).length})`);
row('total score before → after', `${total(schedule).toFixed(3)} → ${total(repaired).toFixed(3)}`);
row('rescheduleMeetings', ms(repairMs));

// Near-optimality on small constrained days (partial availability, 1–3 tables), exact reference in the same run.
const days = fc.sample(instance({ restricted: true, tables: true, extras: false, maxSlots: 5, maxEdges: 12 }), {
  seed: 7,
  numRuns: 300,
});
const ratios = days.map((d) => {
  const optimum = exactOptimum(d);
  return optimum > 0 ? total(lib.scheduleMeetings(d)) / optimum : 1;
});
console.log(
  '\n300 small constrained days (≤ 4 × 4 participants, ≤ 5 slots, ≤ 12 pairs): total score / exact optimum ' +
    `over (pair, slot): mean ${(ratios.reduce((a, b) => a + b, 0) / ratios.length).toFixed(4)}, ` +
    `worst ${Math.min(...ratios).toFixed(4)}, optimal on ${ratios.filter((r) => r > 1 - 1e-9).length}/300`,
);

/**
 * The old placement of the same meetings: best first into the earliest open slot; exhibitors'
 * home tables in id order.
 */
function oldPlacement(s: Schedule, day: ScheduleInput): Schedule {
  const free = new Map(
    day.participants.map((p) => [
      `${p.side}:${p.id}`,
      p.available ? new Set(p.available.map((a) => a.start)) : undefined,
    ]),
  );
  const busy = new Set<string>();
  const inSlot = new Array<number>(day.slots.length).fill(0);
  const placed: Meeting[] = [];
  for (const m of [...s.meetings].sort((a, b) => b.score - a.score)) {
    const ok = (id: string, side: string, k: number) =>
      !busy.has(`${side}:${id}@${k}`) &&
      (!free.get(`${side}:${id}`) || free.get(`${side}:${id}`)!.has(day.slots[k]!.start));
    const k = day.slots.findIndex(
      (_, k2) =>
        inSlot[k2]! < (day.tables ?? Infinity) && ok(m.buyerId, 'buyer', k2) && ok(m.supplierId, 'supplier', k2),
    );
    if (k < 0) continue;
    busy.add(`buyer:${m.buyerId}@${k}`).add(`supplier:${m.supplierId}@${k}`);
    inSlot[k]!++;
    placed.push({ ...m, slot: k, table: 0 });
  }
  const home = new Map([...new Set(placed.map((m) => m.supplierId))].sort().map((id, i) => [id, i + 1]));
  const taken = day.slots.map(() => new Set<number>());
  for (const m of placed) {
    const h = home.get(m.supplierId)!;
    if (h <= (day.tables ?? Infinity) && !taken[m.slot]!.has(h)) {
      m.table = h;
      taken[m.slot]!.add(h);
    }
  }
  for (const m of placed) {
    if (m.table) continue;
    let t = 1;
    while (taken[m.slot]!.has(t)) t++;
    m.table = t;
    taken[m.slot]!.add(t);
  }
  return { meetings: placed, unscheduled: [] };
}
