/** Overlapping or repeated slots are rejected: nobody is ever double-booked. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ScheduleInput, scheduleMeetings } from '../../src/index.js';
import { cuoheIn, freshDir } from '../cli/run-cli.js';
import { validationIssues } from '../validation-issues.js';

const at = (h: number, m = 0) => `2026-11-23T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00+08:00`;
const input = (slots: ScheduleInput['slots']): ScheduleInput => ({
  slots,
  participants: [
    { id: 'B1', side: 'buyer' },
    { id: 'S1', side: 'supplier' },
    { id: 'S2', side: 'supplier' },
  ],
  candidates: [
    { buyerId: 'B1', supplierId: 'S1', score: 0.9 },
    { buyerId: 'B1', supplierId: 'S2', score: 0.8 },
  ],
});

describe('slots never double-book', () => {
  it('09:00–10:00 and 09:30–10:30 are rejected; a repeated slot too; touching slots are fine', () => {
    const issues = validationIssues(() =>
      scheduleMeetings(
        input([
          { start: at(9), end: at(10) },
          { start: at(9, 30), end: at(10, 30) },
        ]),
      ),
    );
    expect(issues).toMatchObject([{ path: ['slots', 1], code: 'conflict' }]);
    expect(issues).toHaveLength(1);
    expect(
      validationIssues(() =>
        scheduleMeetings(
          input([
            { start: at(9), end: at(10) },
            { start: at(9), end: at(10) },
          ]),
        ),
      )[0]!.code,
    ).toBe('conflict');
    // Listed out of order, a slot inside a long one still overlaps it.
    expect(
      validationIssues(() =>
        scheduleMeetings(
          input([
            { start: at(11), end: at(12) },
            { start: at(9), end: at(13) },
          ]),
        ),
      )[0]!.path,
    ).toEqual(['slots', 0]);
    expect(
      scheduleMeetings(
        input([
          { start: at(9), end: at(10) },
          { start: at(10), end: at(11) },
        ]),
      ).meetings,
    ).toHaveLength(2);
  });

  it('property: any accepted slot list never puts a participant in two overlapping slots (300 runs)', () => {
    const slot = fc
      .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 8 }))
      .map(([s, len]) => ({ start: s * 15, end: (s + len) * 15 }));
    const iso = (minutes: number) => new Date(Date.UTC(2026, 10, 23, 0, minutes)).toISOString();
    fc.assert(
      fc.property(fc.array(slot, { minLength: 1, maxLength: 6 }), (raw) => {
        const slots = raw.map((s) => ({ start: iso(s.start), end: iso(s.end) }));
        let schedule: ReturnType<typeof scheduleMeetings>;
        try {
          schedule = scheduleMeetings(input(slots));
        } catch {
          // Rejected only when two slots overlap.
          expect(raw.some((a, i) => raw.some((b, j) => i !== j && a.start < b.end && b.start < a.end))).toBe(true);
          return;
        }
        const b1 = schedule.meetings.map((m) => raw[m.slot]!);
        for (let i = 0; i < b1.length; i++)
          for (let j = i + 1; j < b1.length; j++)
            expect(b1[i]!.start < b1[j]!.end && b1[j]!.start < b1[i]!.end).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('cuohe schedule --slots with overlapping rows exits 1', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'matches.csv'), 'buyerId,supplierId,score\nB1,S1,0.9\nB1,S2,0.8\n');
    writeFileSync(join(dir, 'slots.csv'), `start,end\n${at(9)},${at(10)}\n${at(9, 30)},${at(10, 30)}\n`);
    const r = cuoheIn(dir, ['schedule', '--matches', 'matches.csv', '--slots', 'slots.csv']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/overlaps slot 0/);
  });
});
