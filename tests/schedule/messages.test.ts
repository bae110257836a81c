/** Messages of schedules and repairs in English and Chinese: same schedule, same reasons, only the words differ. */
import { describe, expect, it } from 'vitest';
import { rescheduleMeetings, SCHEDULE_MESSAGES_ZH } from '../../src/day.js';
import { makeSlots, type ScheduleInput, scheduleMeetings } from '../../src/index.js';
import { SCHEDULE_MESSAGES_EN } from '../../src/schedule/messages.js';
import { validationIssues } from '../validation-issues.js';

const HAN = /\p{Script=Han}/u;
const slots = makeSlots({ date: '2026-11-23', timeZone: 'Asia/Shanghai', start: '09:00', minutes: 20, count: 3 });

/**
 * A day with a pair for most reasons: forbidden, no common slot, no gain, capacity, required
 * but full, no interpreter.
 */
const input: ScheduleInput = {
  slots,
  tables: 2,
  participants: [
    { id: 'B1', side: 'buyer', maxMeetings: 1 },
    { id: 'B2', side: 'buyer', available: [slots[2]!] },
    { id: 'B3', side: 'buyer', languages: ['fr'] },
    { id: 'S1', side: 'supplier' },
    { id: 'S2', side: 'supplier', available: [slots[0]!] },
    { id: 'S3', side: 'supplier', languages: ['zh'] },
  ],
  candidates: [
    { buyerId: 'B1', supplierId: 'S1', score: 0.9 },
    { buyerId: 'B1', supplierId: 'S2', score: 0.8 },
    { buyerId: 'B2', supplierId: 'S2', score: 0.95 },
    { buyerId: 'B2', supplierId: 'S1', score: 0 },
    { buyerId: 'B3', supplierId: 'S3', score: 0.7 },
    { buyerId: 'B3', supplierId: 'S2', score: 0.5 },
  ],
  forbidden: [{ buyerId: 'B3', supplierId: 'S2' }],
  required: [{ buyerId: 'B1', supplierId: 'S2' }],
  minMeetingsPerSupplier: 2,
};

describe('schedule messages', () => {
  it('the Chinese table gives the same schedule and reasons with every message in Chinese', () => {
    const en = scheduleMeetings(input);
    const zh = scheduleMeetings(input, { messages: SCHEDULE_MESSAGES_ZH });
    expect(zh.meetings).toStrictEqual(en.meetings);
    expect(zh.unscheduled.map(({ message, ...u }) => u)).toStrictEqual(en.unscheduled.map(({ message, ...u }) => u));
    expect(new Set(en.unscheduled.map((u) => u.reason))).toStrictEqual(
      new Set(['forbidden', 'no-common-slot', 'no-gain', 'capacity', 'no-interpreter']),
    );
    for (const [k, u] of zh.unscheduled.entries()) {
      expect(u.message, u.reason).toMatch(HAN);
      expect(en.unscheduled[k]!.message, u.reason).not.toMatch(HAN);
    }
    expect(en.unscheduled.find((u) => u.reason === 'capacity')!.message).toBe(
      'B1 reached the meeting limit with better-scoring pairs',
    );
    const capacity = zh.unscheduled.find((u) => u.reason === 'capacity')!;
    expect(capacity.message).toBe('B1 的洽谈名额已用于得分更高的配对');
    // The floor: the same suppliers and reasons, messages in both languages with the counts.
    expect(en.floorMissed!.length).toBeGreaterThan(0);
    expect(zh.floorMissed!.map(({ message, ...f }) => f)).toStrictEqual(en.floorMissed!.map(({ message, ...f }) => f));
    for (const [k, f] of zh.floorMissed!.entries()) {
      expect(f.message).toMatch(HAN);
      expect(f.message).toContain(`${f.meetings}/${f.floor}`);
      expect(en.floorMissed![k]!.message).toContain(`${f.meetings} of ${f.floor} meetings`);
    }
  });

  it('every text exists in both languages', () => {
    const en = SCHEDULE_MESSAGES_EN;
    const zh = SCHEDULE_MESSAGES_ZH;
    expect(Object.keys(zh).sort()).toStrictEqual(Object.keys(en).sort());
    expect(Object.keys(zh.floor).sort()).toStrictEqual(Object.keys(en.floor).sort());
    const texts = (m: typeof en) => [
      m.forbidden,
      m.neverFree,
      m.noInterpreter,
      m.requiredFull('B1'),
      m.requiredNoSlot,
      m.noGain(0),
      m.capacity('B1'),
      m.interpreterBusy,
      m.slotsFull,
      ...Object.values(m.floor).map((f) => f(1, 2)),
    ];
    for (const t of texts(zh)) expect(t).toMatch(HAN);
    for (const t of texts(en)) expect(t).not.toMatch(HAN);
    expect(zh.and(['B1', 'S2'])).toBe('B1 和 S2');
  });

  it('rescheduleMeetings: cancellations in Chinese with the same reasons', () => {
    const before = scheduleMeetings(input);
    const today: ScheduleInput = {
      ...input,
      participants: input.participants.filter((p) => p.id !== 'S2'),
      candidates: input.candidates.filter((c) => c.supplierId !== 'S2'),
      required: [],
      forbidden: [],
    };
    const en = rescheduleMeetings(before, today);
    const zh = rescheduleMeetings(before, today, { locale: 'zh' });
    expect(en.changes.cancelled.length).toBeGreaterThan(0);
    expect(zh.changes.cancelled.map((c) => c.reason)).toStrictEqual(en.changes.cancelled.map((c) => c.reason));
    expect(zh.changes.cancelled[0]!.message).toBe('S2 已不再参加');
    expect(en.changes.cancelled[0]!.message).toBe('S2 is no longer taking part');
    for (const u of zh.unscheduled) expect(u.message).toMatch(HAN);
  });

  it('a bad messages table or locale is a ValidationError naming the option', () => {
    const bad = validationIssues(() => scheduleMeetings(input, { messages: 'zh' as never }));
    expect(bad.map((i) => i.path)).toStrictEqual([['options', 'messages']]);
    const again = validationIssues(() => rescheduleMeetings({ meetings: [] }, input, { locale: 'de' as 'zh' }));
    expect(again.map((i) => i.path)).toStrictEqual([['options', 'locale']]);
  });
});
