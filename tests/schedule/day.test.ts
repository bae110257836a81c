/** The per-person rules of a meeting day, interpreters, repair and the quality figures, on small hand-made days. */
import { describe, expect, it } from 'vitest';
import { rescheduleMeetings, scheduleQuality } from '../../src/day.js';
import { type ScheduleInput, scheduleMeetings } from '../../src/index.js';
import { Board } from '../../src/schedule/placement/board.js';
import { compact } from '../../src/schedule/placement/compact.js';
import { validateScheduleInput } from '../../src/schedule/validate.js';
import { validationIssues } from '../validation-issues.js';
import { checkDay } from './check-day.js';
import { slotAt } from './instances.js';
import { TWO_BY_TWO_PARTICIPANTS, twoByTwo } from './two-by-two.js';

const slots = (n: number) => Array.from({ length: n }, (_, i) => slotAt(i));

describe('interpreters', () => {
  const day: ScheduleInput = {
    slots: slots(2),
    participants: [
      { id: 'B1', side: 'buyer', languages: ['es'] },
      { id: 'B2', side: 'buyer', languages: ['es', 'pt'] },
      { id: 'B3', side: 'buyer', languages: ['en'] },
      { id: 'S1', side: 'supplier', languages: ['zh'] },
      { id: 'S2', side: 'supplier', languages: ['zh'] },
      { id: 'S3', side: 'supplier', languages: ['zh', 'en'] },
    ],
    candidates: [
      { buyerId: 'B1', supplierId: 'S1', score: 0.9 },
      { buyerId: 'B2', supplierId: 'S2', score: 0.8 },
      { buyerId: 'B3', supplierId: 'S3', score: 0.7 },
    ],
    // One Spanish–Chinese interpreter, free in the second slot only.
    interpreters: [{ id: 'I1', languages: ['zh', 'es'], available: [slotAt(1)] }],
  };

  it('a pair without a common language meets only with an interpreter, who sits in one meeting at a time', () => {
    const schedule = scheduleMeetings(day);
    checkDay(day, schedule);
    expect(schedule.meetings.find((m) => m.buyerId === 'B1')).toMatchObject({ slot: 1, interpreterId: 'I1' });
    expect(schedule.meetings.find((m) => m.buyerId === 'B3')!.interpreterId).toBeUndefined();
    expect(schedule.unscheduled).toMatchObject([{ buyerId: 'B2', supplierId: 'S2', reason: 'no-interpreter' }]);
  });

  it('no interpreter for the languages at all: no-interpreter', () => {
    const schedule = scheduleMeetings({ ...day, interpreters: [{ id: 'I9', languages: ['en', 'fr'] }] });
    expect(schedule.unscheduled.map((u) => [u.buyerId, u.reason])).toStrictEqual([
      ['B1', 'no-interpreter'],
      ['B2', 'no-interpreter'],
    ]);
  });
});

describe('breaks and preferred times', () => {
  it('maxConsecutive 2: a break after two meetings in a row, so 4 of 5 slots at most', () => {
    const input: ScheduleInput = {
      slots: slots(5),
      participants: [
        { id: 'S1', side: 'supplier', maxConsecutive: 2 },
        ...['B1', 'B2', 'B3', 'B4', 'B5'].map((id) => ({ id, side: 'buyer' as const })),
      ],
      candidates: ['B1', 'B2', 'B3', 'B4', 'B5'].map((buyerId, k) => ({
        buyerId,
        supplierId: 'S1',
        score: 0.9 - k / 10,
      })),
    };
    const schedule = scheduleMeetings(input);
    checkDay(input, schedule);
    expect(schedule.meetings.map((m) => m.slot).sort()).toStrictEqual([0, 1, 3, 4]);
    expect(schedule.unscheduled).toMatchObject([{ buyerId: 'B5', reason: 'capacity' }]);
    expect(scheduleQuality(schedule, input).runs).toStrictEqual({
      longest: 2,
      participantsWithSixOrMore: 0,
      overMaxConsecutive: 0,
    });
  });

  it('a preferred window moves a meeting into it at no cost to the score', () => {
    const input: ScheduleInput = {
      slots: slots(4),
      participants: [
        { id: 'B1', side: 'buyer', preferred: [{ start: slotAt(2).start, end: slotAt(3).end }] },
        { id: 'S1', side: 'supplier' },
      ],
      candidates: [{ buyerId: 'B1', supplierId: 'S1', score: 0.5 }],
    };
    const schedule = scheduleMeetings(input);
    expect(schedule.meetings[0]!.slot).toBeGreaterThanOrEqual(2);
    expect(scheduleQuality(schedule, input).preferred).toStrictEqual({ meetings: 1, outside: 0 });
  });

  it('a lunch break longer than a slot ends a run of meetings', () => {
    // Slots 0–1 in the morning, 2–3 after a one-hour break.
    const s = [slotAt(0), slotAt(1), slotAt(5), slotAt(6)];
    const input: ScheduleInput = {
      slots: s,
      participants: [
        { id: 'S1', side: 'supplier', maxConsecutive: 2 },
        ...['B1', 'B2', 'B3', 'B4'].map((id) => ({ id, side: 'buyer' as const })),
      ],
      candidates: ['B1', 'B2', 'B3', 'B4'].map((buyerId) => ({ buyerId, supplierId: 'S1', score: 0.5 })),
    };
    const schedule = scheduleMeetings(input);
    expect(schedule.meetings).toHaveLength(4);
    checkDay(input, schedule);
  });
});

describe('scheduleQuality', () => {
  it('idle slots, home tables and runs of a hand-made schedule', () => {
    const input: ScheduleInput = {
      slots: slots(4),
      tables: 2,
      participants: TWO_BY_TWO_PARTICIPANTS,
      candidates: [],
      minMeetingsPerSupplier: 2,
    };
    const q = scheduleQuality(
      {
        meetings: [
          { buyerId: 'B1', supplierId: 'S1', slot: 0, table: 1, score: 0.5 },
          { buyerId: 'B2', supplierId: 'S1', slot: 3, table: 2, score: 0.25 },
          { buyerId: 'B2', supplierId: 'S2', slot: 1, table: 1, score: 0.5 },
        ],
        unscheduled: [],
      },
      {
        ...input,
        candidates: [
          { buyerId: 'B1', supplierId: 'S1', score: 0.5 },
          { buyerId: 'B2', supplierId: 'S1', score: 0.25 },
          { buyerId: 'B2', supplierId: 'S2', score: 0.5 },
        ],
      },
    );
    expect(q.totalScore).toBe(1.25);
    // S1 waits slots 1 and 2, B2 waits slot 2.
    expect(q.idle).toStrictEqual({ participants: 2, mean: 1.5, p90: 2, max: 2 });
    expect(q.homeTables).toStrictEqual({ exhibitors: 1, atOneTable: 0, share: 0, meanTables: 2 });
    expect(q.floor).toStrictEqual({ floor: 2, suppliers: 2, reached: 1, share: 0.5 });
  });

  it('names the bad meeting', () => {
    const input: ScheduleInput = { slots: slots(1), participants: [{ id: 'B1', side: 'buyer' }], candidates: [] };
    expect(
      validationIssues(() =>
        scheduleQuality(
          { meetings: [{ buyerId: 'B1', supplierId: 'S9', slot: 0, table: 1, score: 1 }], unscheduled: [] },
          input,
        ),
      )[0]!.path,
    ).toStrictEqual(['schedule', 'meetings', 0, 'supplierId']);
  });
});

describe('validation of the new fields', () => {
  it('maxConsecutive, languages, preferred and interpreters are checked, naming record and field', () => {
    const paths = validationIssues(() =>
      scheduleMeetings({
        slots: slots(2),
        participants: [
          { id: 'B1', side: 'buyer', maxConsecutive: 0 },
          { id: 'B2', side: 'buyer', languages: ['klingon'] },
          { id: 'S1', side: 'supplier', preferred: 'mornings' as never },
        ],
        candidates: [],
        interpreters: [
          { id: 'I1', languages: ['zh'] },
          { id: 'I1', languages: ['zh', 'en'] },
        ],
      }),
    ).map((i) => i.path);
    expect(paths).toStrictEqual([
      ['participants', 0, 'maxConsecutive'],
      ['participants', 1, 'languages', 0],
      ['participants', 2, 'preferred'],
      ['interpreters', 0, 'languages'],
      ['interpreters', 1, 'id'],
    ]);
  });

  it('rescheduleMeetings names a bad previous meeting and a pin that is not a previous meeting', () => {
    const input: ScheduleInput = {
      slots: slots(2),
      participants: [
        { id: 'B1', side: 'buyer' },
        { id: 'S1', side: 'supplier' },
      ],
      candidates: [{ buyerId: 'B1', supplierId: 'S1', score: 1 }],
    };
    expect(
      validationIssues(() =>
        rescheduleMeetings({ meetings: [{ buyerId: 'B1', supplierId: 'S1', slot: 5, table: 1, score: 1 }] }, input),
      )[0]!.path,
    ).toStrictEqual(['previous', 'meetings', 0, 'slot']);
    expect(
      validationIssues(() =>
        rescheduleMeetings({ meetings: [] }, input, { pinned: [{ buyerId: 'B1', supplierId: 'S1' }] }),
      )[0]!.path,
    ).toStrictEqual(['options', 'pinned', 0]);
  });
});

describe('rescheduleMeetings', () => {
  const input = twoByTwo(slots(3), 2, [0.9, 0.8, 0.7, 0.6]);

  it('a no-show’s meetings are cancelled, a late joiner takes the freed time, the others stay put', () => {
    const before = scheduleMeetings(input);
    const changed: ScheduleInput = {
      ...input,
      participants: [...input.participants.filter((p) => p.id !== 'B2'), { id: 'B3', side: 'buyer' }],
      candidates: [
        ...input.candidates.filter((c) => c.buyerId !== 'B2'),
        { buyerId: 'B3', supplierId: 'S1', score: 0.95 },
        { buyerId: 'B3', supplierId: 'S2', score: 0.5 },
      ],
    };
    const after = rescheduleMeetings(before, changed);
    checkDay(changed, after);
    expect(after.changes.cancelled.map((c) => [c.meeting.buyerId, c.reason])).toStrictEqual(
      before.meetings.filter((m) => m.buyerId === 'B2').map(() => ['B2', 'participant-gone']),
    );
    expect(after.changes.kept).toStrictEqual(before.meetings.filter((m) => m.buyerId === 'B1'));
    expect(after.changes.added.map((m) => m.buyerId).sort()).toStrictEqual(['B3', 'B3']);
  });

  it('a pinned meeting stays even when the pair is no longer proposed', () => {
    const before = scheduleMeetings(input);
    const changed = {
      ...input,
      candidates: input.candidates.filter((c) => !(c.buyerId === 'B1' && c.supplierId === 'S1')),
    };
    const m = before.meetings.find((x) => x.buyerId === 'B1' && x.supplierId === 'S1')!;
    expect(rescheduleMeetings(before, changed).changes.cancelled.map((c) => c.reason)).toStrictEqual(['dropped']);
    const pinned = rescheduleMeetings(before, changed, { pinned: [{ buyerId: 'B1', supplierId: 'S1' }] });
    expect(pinned.changes.kept).toContainEqual(m);
    expect(pinned.changes.cancelled).toStrictEqual([]);
  });
});

describe('compaction keeps the table limit', () => {
  it('a Kempe chain that would add a meeting to the full slot it starts from is not taken', () => {
    // Slots 0–4, 2 tables. B1–S1 sits in slot 3 (full: B3–S3 too); in slot 1 B1 meets S2 and B2
    // meets S1. Swapping slots 1 and 3 along that chain would end B2's wait (slots 1 and 4 → 3
    // and 4) but put three meetings in slot 3.
    const only = (...k: number[]) => k.map((i) => slotAt(i));
    const input: ScheduleInput = {
      slots: slots(5),
      tables: 2,
      participants: [
        { id: 'B1', side: 'buyer', available: only(1, 3) },
        { id: 'S1', side: 'supplier', available: only(1, 3) },
        { id: 'B2', side: 'buyer', available: only(1, 3, 4) },
        { id: 'S2', side: 'supplier', available: only(1, 3) },
        { id: 'B3', side: 'buyer', available: only(3) },
        { id: 'S3', side: 'supplier', available: only(3) },
        { id: 'S4', side: 'supplier', available: only(4) },
      ],
      candidates: [],
    };
    const idx = validateScheduleInput(input);
    const at = (id: string, side: 'buyer' | 'supplier') =>
      idx.ids.findIndex((x, p) => x === id && idx.side[p] === side);
    const board = new Board(idx);
    const put = (b: string, s: string, slot: number) =>
      expect(board.put(board.addItem(at(b, 'buyer'), at(s, 'supplier'), 0.5), slot)).toBe(true);
    put('B1', 'S1', 3);
    put('B3', 'S3', 3);
    put('B1', 'S2', 1);
    put('B2', 'S1', 1);
    put('B2', 'S4', 4);
    board.commit();
    compact(board);
    for (let s = 0; s < 5; s++) expect(board.inSlot[s]).toBeLessThanOrEqual(2);
    expect(board.items.every((m) => m.slot !== -1)).toBe(true);
  });
});
