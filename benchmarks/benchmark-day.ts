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

/** The fair's exhibitors and buyers (10,000 buyers, 20,000 exhibitors of the seeded sample fair), parsed. */
export function benchmarkFairProfiles(lib: Lib, inferCodes: InferCodes): { suppliers: Supplier[]; buyers: Buyer[] } {
  const fair = inferredFair(inferCodes, generateFair({ suppliers: 20_000, buyers: 10_000, seed: 5 }));
  return { suppliers: lib.parseSuppliers(fair.suppliers), buyers: lib.parseBuyers(fair.buyers) };
}

/** The fair's 3 days × 16 slots of 20 minutes from 09:00 Shanghai time. */
export const benchmarkFairSlots = (lib: Lib): Slot[] =>
  ['2026-11-23', '2026-11-24', '2026-11-25'].flatMap((date) =>
    lib.makeSlots({ date, timeZone: 'Asia/Shanghai', start: '09:00', minutes: 20, count: 16 }),
  );

/**
 * Everyone at most 12 meetings; a fifth of the buyers come for the last two days only, a tenth
 * of the exhibitors leave after day two.
 */
export function benchmarkFairParticipants(buyers: Buyer[], suppliers: Supplier[], slots: Slot[]): Participant[] {
  return [
    ...buyers.map((b, i) => ({
      id: b.id,
      side: 'buyer' as const,
      maxMeetings: 12,
      ...(i % 5 === 0 ? { available: slots.slice(16) } : {}),
    })),
    ...suppliers.map((s, i) => ({
      id: s.id,
      side: 'supplier' as const,
      maxMeetings: 12,
      ...(i % 10 === 0 ? { available: slots.slice(0, 32) } : {}),
    })),
  ];
}

/** The whole fair's input (2,000 tables), with 20 mutual candidates per buyer. */
export function benchmarkFair(lib: Lib, inferCodes: InferCodes): ScheduleInput & { candidates: CandidatePair[] } {
  const { suppliers, buyers } = benchmarkFairProfiles(lib, inferCodes);
  const candidates = lib.createEngine(suppliers, { asOf: ASOF }).meetingCandidates(buyers, { perBuyer: 20 });
  const slots = benchmarkFairSlots(lib);
  return { slots, tables: 2000, participants: benchmarkFairParticipants(buyers, suppliers, slots), candidates };
}
