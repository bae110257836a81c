import type { ScheduleInput, Slot } from '../../src/index.js';

/** Buyers B1, B2 and suppliers S1, S2. */
export const TWO_BY_TWO_PARTICIPANTS: ScheduleInput['participants'] = [
  { id: 'B1', side: 'buyer' },
  { id: 'B2', side: 'buyer' },
  { id: 'S1', side: 'supplier' },
  { id: 'S2', side: 'supplier' },
];

/**
 * The smallest day with a choice: two buyers and two suppliers, every pair a candidate with
 * `scores` in the order B1×S1, B1×S2, B2×S1, B2×S2.
 */
export function twoByTwo(
  slots: Slot[],
  tables: number,
  scores: readonly [number, number, number, number],
): ScheduleInput {
  const [b1s1, b1s2, b2s1, b2s2] = scores;
  return {
    slots,
    tables,
    participants: TWO_BY_TWO_PARTICIPANTS.map((p) => ({ ...p })),
    candidates: [
      { buyerId: 'B1', supplierId: 'S1', score: b1s1 },
      { buyerId: 'B1', supplierId: 'S2', score: b1s2 },
      { buyerId: 'B2', supplierId: 'S1', score: b2s1 },
      { buyerId: 'B2', supplierId: 'S2', score: b2s2 },
    ],
  };
}
