/**
 * A meeting day: mutual candidates, then the schedule (b-matching + slots + tables), against
 * a greedy baseline (best pairs first into the earliest common open slot) in the same run.
 */
import { generateFair } from '../examples/fair/synthetic-fair.js';
import type * as Cuohe from '../src/index.js';
import type { Participant } from '../src/index.js';
import { ASOF, inferredFair, type InferCodes } from './fair.js';
import { ms, record, time } from './measure.js';

export function meetingDayBenchmark(lib: typeof Cuohe, inferCodes: InferCodes): void {
  console.log('\n### Meeting day: 1,000 buyers, 2,000 suppliers, 16 slots, 200 tables\n');
  const fair = inferredFair(inferCodes, generateFair({ suppliers: 2000, buyers: 1000, seed: 3 }));
  const suppliers = lib.parseSuppliers(fair.suppliers);
  const buyers = lib.parseBuyers(fair.buyers);
  const engine = lib.createEngine(suppliers, { asOf: ASOF });
  const [candidates, candMs] = time(() => engine.meetingCandidates(buyers, { perBuyer: 12 }));
  const slots = lib.makeSlots({ date: '2026-11-23', timeZone: 'Asia/Shanghai', start: '09:00', minutes: 20, count: 16 });
  const participants: Participant[] = [
    ...buyers.map((b, i) => ({ id: b.id, side: 'buyer' as const, maxMeetings: 8, ...(i % 5 === 0 ? { available: slots.slice(8) } : {}) })),
    ...suppliers.map((s) => ({ id: s.id, side: 'supplier' as const, maxMeetings: 8 })),
  ];
  const input = { slots, tables: 200, participants, candidates };
  global.gc?.();
  const heap = process.memoryUsage().heapUsed;
  const [schedule, schedMs] = time(() => lib.scheduleMeetings(input));
  const heapMb = (process.memoryUsage().heapUsed - heap) / 1e6;
  const total = schedule.meetings.reduce((s, m) => s + m.score, 0);
  // Greedy baseline: best pairs first into the earliest common open slot.
  const busy = new Set<string>();
  const used = new Map<string, number>();
  const perSlot = new Array<number>(slots.length).fill(0);
  const free = new Map(participants.map((p) => [p.id, p.available ? new Set(p.available.map((a) => a.start)) : undefined]));
  let greedyTotal = 0;
  let greedyCount = 0;
  for (const c of [...candidates].sort((a, b) => b.score - a.score)) {
    if ((used.get(c.buyerId) ?? 0) >= 8 || (used.get(c.supplierId) ?? 0) >= 8) continue;
    const s = slots.findIndex((slot, i) => perSlot[i]! < 200 && !busy.has(`${c.buyerId}@${i}`) && !busy.has(`${c.supplierId}@${i}`) && [c.buyerId, c.supplierId].every((id) => !free.get(id) || free.get(id)!.has(slot.start)));
    if (s < 0) continue;
    busy.add(`${c.buyerId}@${s}`).add(`${c.supplierId}@${s}`);
    perSlot[s]!++;
    used.set(c.buyerId, (used.get(c.buyerId) ?? 0) + 1).set(c.supplierId, (used.get(c.supplierId) ?? 0) + 1);
    greedyTotal += c.score;
    greedyCount++;
  }
  record('3,000 participants', 'meetingCandidates (12 per buyer)', ms(candMs), `${candidates.length} pairs`);
  record('3,000 participants', 'scheduleMeetings', ms(schedMs), `heap +${heapMb.toFixed(0)} MB; ${schedule.meetings.length} meetings = ${((100 * schedule.meetings.length) / (16 * 200)).toFixed(1)} % of table-slots`);
  record('3,000 participants', 'vs greedy baseline', `total score ${total.toFixed(1)} vs ${greedyTotal.toFixed(1)} (${((total / greedyTotal - 1) * 100).toFixed(2)} %)`, `meetings ${schedule.meetings.length} vs ${greedyCount}`);
}
