/**
 * The 3,000-participant benchmark day (1,000 buyers, 2,000 exhibitors of the seeded sample
 * fair, 16 slots of 20 minutes, 200 tables; a fifth of the buyers come for the afternoon only),
 * built the same way by every meeting-day benchmark.
 */
import { generateFair } from '../examples/fair/synthetic-fair.js';
import type * as Cuohe from '../src/index.js';
import type { Buyer, CandidatePair, Participant, ScheduleInput, Slot, Supplier } from '../src/index.js';
import { ASOF, type InferCodes, inferredFair } from './fair.js';

type Lib = typeof Cuohe;

/** The day's exhibitors and buyers, parsed. */
export function benchmarkDayProfiles(lib: Lib, inferCodes: InferCodes): { suppliers: Supplier[]; buyers: Buyer[] } {
  const fair = inferredFair(inferCodes, generateFair({ suppliers: 2000, buyers: 1000, seed: 3 }));
  return { suppliers: lib.parseSuppliers(fair.suppliers), buyers: lib.parseBuyers(fair.buyers) };
}

/** The day's 16 slots from 09:00 Shanghai time. */
export const benchmarkDaySlots = (lib: Lib): Slot[] =>
  lib.makeSlots({ date: '2026-11-23', timeZone: 'Asia/Shanghai', start: '09:00', minutes: 20, count: 16 });

/** Everyone at most 8 meetings; every fifth buyer from the ninth slot on. */
export function benchmarkDayParticipants(buyers: Buyer[], suppliers: Supplier[], slots: Slot[]): Participant[] {
  return [
    ...buyers.map((b, i) => ({
      id: b.id,
      side: 'buyer' as const,
      maxMeetings: 8,
      ...(i % 5 === 0 ? { available: slots.slice(8) } : {}),
    })),
    ...suppliers.map((s) => ({ id: s.id, side: 'supplier' as const, maxMeetings: 8 })),
  ];
}

/** The whole day's input, with 12 mutual candidates per buyer. */
export function benchmarkDay(lib: Lib, inferCodes: InferCodes): ScheduleInput & { candidates: CandidatePair[] } {
  const { suppliers, buyers } = benchmarkDayProfiles(lib, inferCodes);
  const candidates = lib.createEngine(suppliers, { asOf: ASOF }).meetingCandidates(buyers, { perBuyer: 12 });
  const slots = benchmarkDaySlots(lib);
  return { slots, tables: 200, participants: benchmarkDayParticipants(buyers, suppliers, slots), candidates };
}
