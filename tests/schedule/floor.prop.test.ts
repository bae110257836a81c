/** The supplier floor against a brute-force reference over whole schedules (pairs and slots). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Schedule, type ScheduleInput, scheduleMeetings } from '../../src/index.js';
import { instance } from './instances.js';
import { bestSchedule } from './reference-schedule.js';

const RUNS = { numRuns: 200 };

function measure(input: ScheduleInput, schedule: Schedule): { floorMeetings: number; total: number } {
  const floor = input.minMeetingsPerSupplier ?? 0;
  const per = new Map<string, number>();
  for (const m of schedule.meetings) per.set(m.supplierId, (per.get(m.supplierId) ?? 0) + 1);
  let floorMeetings = 0;
  for (const n of per.values()) floorMeetings += Math.min(n, floor);
  return { floorMeetings, total: schedule.meetings.reduce((s, m) => s + m.score, 0) };
}

const withFloor = (shape: Parameters<typeof instance>[0]) =>
  fc
    .tuple(instance(shape), fc.integer({ min: 1, max: 3 }))
    .map(([input, floor]) => ({ ...input, minMeetingsPerSupplier: floor }));

describe('minMeetingsPerSupplier', () => {
  it('everyone free, unlimited tables: most floor meetings of any schedule, then the best score (brute force)', () => {
    fc.assert(
      fc.property(withFloor({ restricted: false, tables: false, extras: true, maxSlots: 3, maxEdges: 7 }), (input) => {
        const schedule = scheduleMeetings(input);
        const met = new Set(schedule.meetings.map((m) => `${m.buyerId}|${m.supplierId}`));
        const required = new Set(
          (input.required ?? []).map((r) => `${r.buyerId}|${r.supplierId}`).filter((k) => met.has(k)),
        );
        const best = bestSchedule(input, required);
        const got = measure(input, schedule);
        expect(got.floorMeetings).toBe(best.floorMeetings);
        expect(got.total).toBeCloseTo(best.total, 9);
      }),
      RUNS,
    );
  });

  it('tables and availability: never above the reference; floorMissed names exactly the suppliers below it', () => {
    fc.assert(
      fc.property(withFloor({ restricted: true, tables: true, extras: true, maxSlots: 3, maxEdges: 6 }), (input) => {
        const schedule = scheduleMeetings(input);
        const met = new Set(schedule.meetings.map((m) => `${m.buyerId}|${m.supplierId}`));
        const required = new Set(
          (input.required ?? []).map((r) => `${r.buyerId}|${r.supplierId}`).filter((k) => met.has(k)),
        );
        const best = bestSchedule(input, required);
        const got = measure(input, schedule);
        expect(got.floorMeetings).toBeLessThanOrEqual(best.floorMeetings);
        const floor = input.minMeetingsPerSupplier!;
        const per = new Map<string, number>();
        for (const m of schedule.meetings) per.set(m.supplierId, (per.get(m.supplierId) ?? 0) + 1);
        const below = input.participants
          .filter((p) => p.side === 'supplier' && (per.get(p.id) ?? 0) < floor)
          .map((p) => p.id)
          .sort();
        expect(schedule.floorMissed!.map((f) => f.supplierId)).toEqual(below);
        for (const f of schedule.floorMissed!) {
          expect(f.meetings).toBe(per.get(f.supplierId) ?? 0);
          expect(f.floor).toBe(floor);
          const p = input.participants.find((q) => q.side === 'supplier' && q.id === f.supplierId)!;
          const freeSlots = p.available ? p.available.length : input.slots.length;
          // 'quota' exactly when its own limit or availability is below the floor.
          expect(f.reason === 'quota').toBe(Math.min(p.maxMeetings ?? input.slots.length, freeSlots) < floor);
          // 'candidates' exactly when fewer pairs could ever meet than the floor (and its own quota allows it).
          const slotsOf = (side: 'buyer' | 'supplier', id: string) => {
            const q = input.participants.find((x) => x.side === side && x.id === id)!;
            if ((q.maxMeetings ?? 1) === 0) return new Set<string>();
            return new Set((q.available ?? input.slots).map((w) => w.start));
          };
          const required = new Set(
            (input.required ?? []).filter((r) => r.supplierId === f.supplierId).map((r) => r.buyerId),
          );
          const mine = input.candidates.filter(
            (c) => c.supplierId === f.supplierId && (c.score > 0 || required.has(c.buyerId)),
          );
          const buyersOk = new Set(
            [...mine.map((c) => c.buyerId), ...required].filter((b) => {
              if ((input.forbidden ?? []).some((x) => x.buyerId === b && x.supplierId === f.supplierId)) return false;
              const mineSlots = slotsOf('supplier', f.supplierId);
              return [...slotsOf('buyer', b)].some((t) => mineSlots.has(t));
            }),
          );
          if (f.reason !== 'quota' && f.reason !== 'slots-full')
            expect(f.reason === 'candidates').toBe(buyersOk.size < floor);
        }
      }),
      RUNS,
    );
  });

  it('no floor, no floorMissed field; a floor the day cannot reach is reported as competition or candidates', () => {
    const slots = [0, 1].map((i) => ({ start: `2026-11-23T0${i + 1}:00:00Z`, end: `2026-11-23T0${i + 1}:20:00Z` }));
    const participants = [
      { id: 'B1', side: 'buyer' as const, maxMeetings: 1 },
      { id: 'S1', side: 'supplier' as const },
      { id: 'S2', side: 'supplier' as const },
      { id: 'S3', side: 'supplier' as const },
    ];
    const candidates = [
      { buyerId: 'B1', supplierId: 'S1', score: 0.9 },
      { buyerId: 'B1', supplierId: 'S2', score: 0.1 },
    ];
    expect(scheduleMeetings({ slots, participants, candidates }).floorMissed).toBeUndefined();
    const schedule = scheduleMeetings({ slots, participants, candidates, minMeetingsPerSupplier: 1 });
    expect(schedule.meetings.map((m) => m.supplierId)).toEqual(['S1']);
    expect(schedule.floorMissed).toEqual([
      {
        supplierId: 'S2',
        meetings: 0,
        floor: 1,
        reason: 'competition',
        message: "0 of 1 meetings: its buyers' meeting limits or the tables are needed for other floor meetings",
      },
      {
        supplierId: 'S3',
        meetings: 0,
        floor: 1,
        reason: 'candidates',
        message: '0 of 1 meetings: fewer usable candidate pairs than the floor',
      },
    ]);
  });

  it('the floor outranks the score: a low-scoring pair that lifts a supplier to the floor wins', () => {
    const slots = [0, 1].map((i) => ({ start: `2026-11-23T0${i + 1}:00:00Z`, end: `2026-11-23T0${i + 1}:20:00Z` }));
    const participants = [
      { id: 'B1', side: 'buyer' as const, maxMeetings: 1 },
      { id: 'B2', side: 'buyer' as const, maxMeetings: 1 },
      { id: 'S1', side: 'supplier' as const },
      { id: 'S2', side: 'supplier' as const },
    ];
    const candidates = [
      { buyerId: 'B1', supplierId: 'S1', score: 0.9 },
      { buyerId: 'B2', supplierId: 'S1', score: 0.8 },
      { buyerId: 'B2', supplierId: 'S2', score: 0.01 },
    ];
    const plain = scheduleMeetings({ slots, participants, candidates });
    expect(plain.meetings.map((m) => `${m.buyerId}-${m.supplierId}`).sort()).toEqual(['B1-S1', 'B2-S1']);
    const fair = scheduleMeetings({ slots, participants, candidates, minMeetingsPerSupplier: 1 });
    expect(fair.meetings.map((m) => `${m.buyerId}-${m.supplierId}`).sort()).toEqual(['B1-S1', 'B2-S2']);
    expect(fair.floorMissed).toEqual([]);
  });
});
