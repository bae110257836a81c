/** The report's input read back from the files the library and the CLI write. */
import { describe, expect, it } from 'vitest';
import { makeSlots, type ScheduleInput, scheduleMeetings, scheduleToCsv, ValidationError } from '../../src/index.js';
import { reportInputFromCsv } from '../../src/report/index.js';

const matchesCsv = [
  'buyerId,buyerName,rank,supplierId,supplierName,score,mutual,reasons',
  'B1,"Berlin, Energy",1,S1,东莞电源,0.900000,0.850000,same HS 850440 | capacity fits',
  'B1,"Berlin, Energy",2,S2,=cmd(),0.700000,0.650000,',
  'B2,Lyon Achat,1,S2,=cmd(),0.600000,0.550000,region',
].join('\r\n');

describe('reportInputFromCsv', () => {
  it('reads the meetings, slots and unplaced pairs that scheduleToCsv writes', () => {
    const input: ScheduleInput = {
      slots: makeSlots({ date: '2026-11-23', timeZone: 'Asia/Shanghai', start: '09:00', minutes: 20, count: 3 }),
      tables: 1,
      participants: [
        { id: 'B1', side: 'buyer', maxMeetings: 2 },
        { id: 'B2', side: 'buyer', available: [] },
        { id: 'S1', side: 'supplier' },
        { id: 'S2', side: 'supplier' },
      ],
      candidates: [
        { buyerId: 'B1', supplierId: 'S1', score: 0.85 },
        { buyerId: 'B1', supplierId: 'S2', score: 0.65 },
        { buyerId: 'B2', supplierId: 'S2', score: 0.55 },
      ],
    };
    const schedule = scheduleMeetings(input);
    const read = reportInputFromCsv({
      matches: matchesCsv,
      schedule: scheduleToCsv(schedule, input, { bom: true }),
      tables: 1,
    });
    expect(read.meetings).toStrictEqual(
      schedule.meetings.map((m) => ({
        buyerId: m.buyerId,
        supplierId: m.supplierId,
        slot: m.slot,
        table: m.table,
        score: Number(m.score.toFixed(4)),
      })),
    );
    // schedule.csv writes whole seconds: the same instants, not necessarily the same strings.
    const instants = (slot: { start?: string; end?: string } | undefined) => [
      Date.parse(slot?.start ?? ''),
      Date.parse(slot?.end ?? ''),
    ];
    for (const m of read.meetings) expect(instants(read.slots[m.slot])).toStrictEqual(instants(input.slots[m.slot]));
    expect(read.unscheduled).toStrictEqual(
      schedule.unscheduled.map((u) => ({
        buyerId: u.buyerId,
        supplierId: u.supplierId,
        reason: u.reason,
        message: u.message,
        score: Number(u.score.toFixed(4)),
      })),
    );
    expect(read.unscheduled!.some((u) => u.reason === 'no-common-slot')).toBe(true);
    // The mutual score, the names (the formula guard taken off) and the reasons of the matches file.
    expect(read.pairs[0]).toStrictEqual({
      buyerId: 'B1',
      supplierId: 'S1',
      score: 0.85,
      buyerName: 'Berlin, Energy',
      supplierName: '东莞电源',
      reasons: ['same HS 850440', 'capacity fits'],
    });
    expect(read.pairs[1]!.reasons).toBeUndefined();
    expect(read.tables).toBe(1);
  });

  it('fails with the file, line and column of a bad row', () => {
    const bad = (files: { matches?: string; schedule?: string }) => {
      try {
        reportInputFromCsv({
          matches: files.matches ?? matchesCsv,
          schedule: files.schedule ?? 'status,slot,start,end,table,buyerId,supplierId,score,reason\n',
        });
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        return (error as ValidationError).issues.map((i) => `${i.path.join(' ')}: ${i.message}`);
      }
      throw new Error('expected a ValidationError');
    };
    expect(bad({ matches: 'buyerId,name\nB1,x\n' })).toStrictEqual([
      'matches.csv line 1: missing column "supplierId"',
      'matches.csv line 1: missing column "score"',
    ]);
    expect(bad({ matches: 'buyerId,supplierId,score\nB1,S1,high\n' })).toStrictEqual([
      'matches.csv line 2 score: "high" is not a number',
    ]);
    const header = 'status,slot,start,end,table,buyerId,supplierId,score,reason';
    expect(
      bad({
        schedule: [
          header,
          'scheduled,1,2026-11-23T09:00:00+08:00,2026-11-23T09:20:00+08:00,1,B1,S1,0.85,',
          'scheduled,1,2026-11-23T10:00:00+08:00,2026-11-23T10:20:00+08:00,2,B2,S2,0.55,',
          'scheduled,0,x,y,zero,B1,S2,0.5,',
          'unscheduled,,,,,B2,S1,0.4,bad luck',
          'maybe,,,,,B2,S1,0.4,',
        ].join('\n'),
      }),
    ).toStrictEqual([
      'schedule.csv line 3 start: slot 1 is 2026-11-23T09:00:00+08:00–2026-11-23T09:20:00+08:00 on an earlier line',
      'schedule.csv line 4 slot: "0" is not a slot number (1, 2, …)',
      'schedule.csv line 4 table: "zero" is not a table number (1, 2, …)',
      'schedule.csv line 5 reason: "bad luck" does not start with one of forbidden, no-gain, capacity, ' +
        'no-common-slot, slots-full, required-infeasible',
      'schedule.csv line 6 status: "maybe" is neither scheduled nor unscheduled',
    ]);
  });
});
