/**
 * The placement of a meeting day as properties: invariant 9 with breaks, preferred times and
 * interpreters; compaction never changes the meetings or the score; near-optimal placement
 * under partial availability against an exact reference; the exact colouring however
 * availability is written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ScheduleInput, scheduleMeetings } from '../../src/index.js';
import { Board } from '../../src/schedule/placement/board.js';
import { compact } from '../../src/schedule/placement/compact.js';
import { participantCost } from '../../src/schedule/placement/idle-cost.js';
import { placeItem } from '../../src/schedule/placement/place.js';
import { boardMeetings } from '../../src/schedule/placement/to-meetings.js';
import { validateScheduleInput } from '../../src/schedule/validate.js';
import { checkDay } from './check-day.js';
import { dayInstance } from './day-instances.js';
import { exactOptimum } from './exact-reference.js';
import { instance, slotAt } from './instances.js';

const RUNS = { numRuns: 200 };
const total = (meetings: { score: number }[]) => meetings.reduce((s, m) => s + m.score, 0);

describe('placement', () => {
  it('9 with maxConsecutive, preferred windows and interpreters: every rule holds, nothing dropped silently', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          dayInstance({ restricted: true, tables: true, extras: true }),
          dayInstance({ restricted: false, tables: true, extras: true }),
          dayInstance({ restricted: true, tables: false, extras: false, maxSlots: 7 }),
        ),
        (input) => {
          const schedule = scheduleMeetings(input);
          checkDay(input, schedule);
          // A pair that cannot get an interpreter in any slot both are free in is reported as such.
          for (const u of schedule.unscheduled)
            if (u.reason === 'no-interpreter') expect(u.message).toMatch(/interpreter/);
        },
      ),
      RUNS,
    );
  });

  it('compaction keeps the same meetings and score, never raises the waiting cost, and breaks no rule', () => {
    fc.assert(
      fc.property(dayInstance({ restricted: true, tables: true, extras: false, maxSlots: 7 }), (input) => {
        const idx = validateScheduleInput(input);
        const board = new Board(idx);
        const order = [...idx.pairs].sort((a, b) => b.score - a.score);
        for (const p of order) {
          const i = board.addItem(p.buyer, p.supplier, p.score);
          if (p.score > 0) placeItem(board, i);
        }
        board.commit();
        const placed = () => board.items.map((m, i) => (m.slot === -1 ? -1 : i)).filter((i) => i !== -1);
        const people = idx.ids.map((_, p) => p);
        const before = {
          items: placed(),
          total: board.total(),
          cost: people.reduce((c, p) => c + participantCost(board, p), 0),
        };
        compact(board);
        expect(placed()).toStrictEqual(before.items);
        expect(board.total()).toBe(before.total);
        expect(people.reduce((c, p) => c + participantCost(board, p), 0)).toBeLessThanOrEqual(before.cost + 1e-9);
        const meetings = boardMeetings(idx, board);
        checkDay(
          { ...input, candidates: input.candidates },
          {
            meetings,
            unscheduled: idx.pairs
              .filter(
                (p) => !meetings.some((m) => m.buyerId === idx.ids[p.buyer] && m.supplierId === idx.ids[p.supplier]),
              )
              .map((p) => ({
                buyerId: idx.ids[p.buyer]!,
                supplierId: idx.ids[p.supplier]!,
                reason: 'capacity',
                message: 'not placed',
                score: p.score,
              })),
          },
        );
      }),
      RUNS,
    );
  });

  it('busy days (many pairs, few tables): compaction never puts more meetings in a slot than there are tables', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          instance({ restricted: false, tables: true, extras: false, maxSlots: 6, maxEdges: 16 }),
          dayInstance({ restricted: true, tables: true, extras: false, maxSlots: 6, maxEdges: 16 }),
        ),
        (input) => {
          const schedule = scheduleMeetings(input);
          checkDay(input, schedule);
          const perSlot = new Map<number, number>();
          for (const m of schedule.meetings) perSlot.set(m.slot, (perSlot.get(m.slot) ?? 0) + 1);
          for (const n of perSlot.values()) expect(n).toBeLessThanOrEqual(input.tables!);
        },
      ),
      RUNS,
    );
  });

  it('near-optimal, partial availability, tables: mean ≥ 0.995, worst ≥ 0.98 of the (pair, slot) optimum', () => {
    const days = fc.sample(instance({ restricted: true, tables: true, extras: false, maxSlots: 4, maxEdges: 12 }), {
      seed: 20261201,
      numRuns: 300,
    });
    const ratios = days.map((input) => {
      const optimum = exactOptimum(input);
      const schedule = scheduleMeetings(input);
      checkDay(input, schedule);
      expect(total(schedule.meetings)).toBeLessThanOrEqual(optimum + 1e-9);
      return optimum > 0 ? total(schedule.meetings) / optimum : 1;
    });
    const mean = ratios.reduce((a, b) => a + b, 0) / ratios.length;
    expect(mean).toBeGreaterThanOrEqual(0.995);
    expect(Math.min(...ratios)).toBeGreaterThanOrEqual(0.98);
  });

  it('exact whenever everyone is free, however availability is written (no window, or a whole-day window)', () => {
    fc.assert(
      fc.property(
        instance({ restricted: false, tables: true, extras: false, maxEdges: 10, maxSlots: 4 }),
        fc.infiniteStream(fc.boolean()),
        (input, written) => {
          const whole = [{ start: slotAt(0).start, end: slotAt(input.slots.length - 1).end }];
          const explicit: ScheduleInput = {
            ...input,
            participants: input.participants.map((p) => (written.next().value ? { ...p, available: whole } : p)),
          };
          const plain = scheduleMeetings(input);
          expect(scheduleMeetings(explicit)).toStrictEqual(plain);
          expect(total(plain.meetings)).toBeCloseTo(exactOptimum(input), 9);
        },
      ),
      RUNS,
    );
  });
});
