/** Random meeting-day instances for the schedule property tests. */
import fc from 'fast-check';
import type { ScheduleInput } from '../../src/index.js';

const BASE = Date.parse('2026-11-23T01:00:00Z');
const MIN = 60_000;
export const slotAt = (i: number) => ({
  start: new Date(BASE + i * 20 * MIN).toISOString().replace('.000Z', 'Z'),
  end: new Date(BASE + (i + 1) * 20 * MIN).toISOString().replace('.000Z', 'Z'),
});

export interface InstanceShape {
  restricted: boolean;
  tables: boolean;
  extras: boolean;
  maxSlots?: number;
  maxEdges?: number;
}

export const instance = ({
  restricted,
  tables,
  extras,
  maxSlots = 5,
  maxEdges = 14,
}: InstanceShape): fc.Arbitrary<ScheduleInput> =>
  fc
    .record({
      slots: fc.integer({ min: 1, max: maxSlots }),
      buyers: fc.integer({ min: 1, max: 4 }),
      suppliers: fc.integer({ min: 1, max: 4 }),
      seed: fc.infiniteStream(fc.integer({ min: 0, max: 1_000_000 })),
    })
    .chain(({ slots, buyers, suppliers }) => {
      const ids = [
        ...Array.from({ length: buyers }, (_, i) => `B${i}`),
        ...Array.from({ length: suppliers }, (_, i) => `S${i}`),
      ];
      const pairs = ids
        .filter((b) => b.startsWith('B'))
        .flatMap((b) => ids.filter((s) => s.startsWith('S')).map((s) => [b, s] as const));
      const participant = (id: string) =>
        fc
          .record({
            maxMeetings: fc.option(fc.integer({ min: 0, max: slots }), { nil: undefined }),
            // Availability as a set of slots, written as one interval per free slot, sometimes merged.
            free: restricted
              ? fc.option(fc.uniqueArray(fc.integer({ min: 0, max: slots - 1 }), { minLength: 1, maxLength: slots }), {
                  nil: undefined,
                  freq: 3,
                })
              : fc.constant(undefined),
          })
          .map(({ maxMeetings, free }) => ({
            id,
            side: id.startsWith('B') ? ('buyer' as const) : ('supplier' as const),
            ...(maxMeetings !== undefined ? { maxMeetings } : {}),
            ...(free ? { available: free.sort((a, b) => a - b).map(slotAt) } : {}),
          }));
      return fc.record({
        slots: fc.constant(Array.from({ length: slots }, (_, i) => slotAt(i))),
        participants: fc.tuple(...ids.map(participant)),
        candidates: fc
          .uniqueArray(fc.constantFrom(...pairs), {
            maxLength: Math.min(maxEdges, pairs.length),
            selector: ([b, s]) => `${b}|${s}`,
          })
          .chain((chosen) =>
            fc.tuple(
              ...chosen.map(([buyerId, supplierId]) =>
                fc.record({
                  buyerId: fc.constant(buyerId),
                  supplierId: fc.constant(supplierId),
                  score: fc.oneof(
                    fc.integer({ min: 1, max: 100 }).map((n) => n / 100),
                    fc.constant(0.5),
                  ),
                }),
              ),
            ),
          ),
        tables: tables ? fc.integer({ min: 1, max: 3 }) : fc.constant(undefined),
        required: extras
          ? fc.uniqueArray(fc.constantFrom(...pairs), { maxLength: 2, selector: ([b, s]) => `${b}|${s}` })
          : fc.constant([] as (readonly [string, string])[]),
        forbidden: extras
          ? fc.uniqueArray(fc.constantFrom(...pairs), { maxLength: 2, selector: ([b, s]) => `${b}|${s}` })
          : fc.constant([] as (readonly [string, string])[]),
        floor: extras ? fc.integer({ min: 0, max: 2 }) : fc.constant(0),
      });
    })
    .map(({ slots, participants, candidates, tables, required, forbidden, floor }) => {
      const forbiddenKeys = new Set(forbidden.map(([b, s]) => `${b}|${s}`));
      const input: ScheduleInput = { slots, participants: [...participants], candidates: [...candidates] };
      if (tables !== undefined) input.tables = tables;
      const req = required.filter(([b, s]) => !forbiddenKeys.has(`${b}|${s}`));
      if (req.length) input.required = req.map(([buyerId, supplierId]) => ({ buyerId, supplierId }));
      if (forbidden.length) input.forbidden = forbidden.map(([buyerId, supplierId]) => ({ buyerId, supplierId }));
      if (floor) input.minMeetingsPerSupplier = floor;
      return input;
    });
