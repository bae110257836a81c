import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { agendaToICalendar } from '../../src/calendar.js';
import {
  agendas,
  agendaToCsv,
  localAvailability,
  makeSlots,
  type ScheduleInput,
  scheduleMeetings,
  scheduleToCsv,
} from '../../src/index.js';
import { csvCell } from '../../src/io/csv.js';
import { validationIssues } from '../validation-issues.js';

const slots = makeSlots({ date: '2026-11-23', timeZone: 'Asia/Shanghai', start: '09:00', minutes: 20, count: 3 });

const issues = validationIssues;

describe('slots and availability in local time', () => {
  it('makeSlots builds consecutive slots in the venue time zone', () => {
    expect(slots).toStrictEqual([
      { start: '2026-11-23T09:00:00.000+08:00', end: '2026-11-23T09:20:00.000+08:00' },
      { start: '2026-11-23T09:20:00.000+08:00', end: '2026-11-23T09:40:00.000+08:00' },
      { start: '2026-11-23T09:40:00.000+08:00', end: '2026-11-23T10:00:00.000+08:00' },
    ]);
    expect(
      makeSlots({ date: '2026-11-23', timeZone: 'UTC', start: '09:00', minutes: 20, count: 2, breakMinutes: 10 })[1]!
        .start,
    ).toBe('2026-11-23T09:30:00.000+00:00');
  });

  it('localAvailability converts any IANA zone, daylight saving included', () => {
    expect(localAvailability('America/New_York', '2026-11-23', '20:00', '21:00')).toStrictEqual({
      start: '2026-11-23T20:00:00.000-05:00',
      end: '2026-11-23T21:00:00.000-05:00',
    });
    expect(localAvailability('America/New_York', '2026-07-01', '20:00', '21:00').start).toBe(
      '2026-07-01T20:00:00.000-04:00',
    );
    expect(Date.parse(localAvailability('Asia/Shanghai', '2026-11-24', '09:00', '10:00').start)).toBe(
      Date.parse('2026-11-24T01:00:00Z'),
    );
  });

  it('rejects bad zones, dates and times', () => {
    expect(
      issues(() => localAvailability('Mars/Base', '2026-11-23', '9', '10:00')).map((i) => i.path[0]),
    ).toStrictEqual(['timeZone', 'from']);
    expect(issues(() => localAvailability('UTC', '2026-11-23', '10:00', '09:00'))[0]!.path).toStrictEqual(['to']);
    expect(
      issues(() => makeSlots({ date: '23.11.2026', timeZone: 'UTC', start: '09:00', minutes: 0, count: 2 }))
        .map((i) => i.path[0])
        .sort(),
    ).toStrictEqual(['date', 'minutes']);
  });
});

describe('scheduleMeetings', () => {
  const input: ScheduleInput = {
    slots,
    tables: 2,
    participants: [
      { id: 'B1', side: 'buyer', maxMeetings: 2 },
      { id: 'B2', side: 'buyer', available: [slots[2]!] },
      { id: 'B3', side: 'buyer' },
      { id: 'S1', side: 'supplier' },
      { id: 'S2', side: 'supplier', available: [slots[0]!] },
    ],
    candidates: [
      { buyerId: 'B1', supplierId: 'S1', score: 0.9 },
      { buyerId: 'B1', supplierId: 'S2', score: 0.8 },
      { buyerId: 'B2', supplierId: 'S1', score: 0.7 },
      { buyerId: 'B2', supplierId: 'S2', score: 0.95 },
      { buyerId: 'B3', supplierId: 'S1', score: 0.4 },
      { buyerId: 'B3', supplierId: 'S1', score: 0.6 },
    ],
    forbidden: [{ buyerId: 'B3', supplierId: 'S2' }],
  };

  it('places the best feasible pairs and explains every other one', () => {
    const schedule = scheduleMeetings(input);
    expect(schedule.meetings.map((m) => [m.buyerId, m.supplierId, m.slot, m.table])).toStrictEqual([
      ['B3', 'S1', 0, 1],
      ['B1', 'S2', 0, 2],
      ['B1', 'S1', 1, 1],
      ['B2', 'S1', 2, 1],
    ]);
    expect(schedule.meetings.find((m) => m.buyerId === 'B3')!.score).toBe(0.6); // duplicates keep the best score
    expect(schedule.unscheduled).toStrictEqual([
      {
        buyerId: 'B2',
        supplierId: 'S2',
        reason: 'no-common-slot',
        message: 'the two are never free in the same slot',
        score: 0.95,
      },
    ]);
  });

  it('keeps a supplier at its home table across slots', () => {
    const schedule = scheduleMeetings(input);
    const tablesOfS1 = new Set(schedule.meetings.filter((m) => m.supplierId === 'S1').map((m) => m.table));
    expect(tablesOfS1.size).toBe(1);
  });

  it('gives every supplier its floor of meetings when it can', () => {
    const day: ScheduleInput = {
      slots: slots.slice(0, 2),
      participants: [
        { id: 'B1', side: 'buyer', maxMeetings: 1 },
        { id: 'B2', side: 'buyer', maxMeetings: 1 },
        { id: 'S1', side: 'supplier' },
        { id: 'S2', side: 'supplier' },
      ],
      candidates: [
        { buyerId: 'B1', supplierId: 'S1', score: 0.9 },
        { buyerId: 'B2', supplierId: 'S1', score: 0.8 },
        { buyerId: 'B2', supplierId: 'S2', score: 0.1 },
      ],
    };
    expect(
      scheduleMeetings(day)
        .meetings.map((m) => m.supplierId)
        .sort(),
    ).toStrictEqual(['S1', 'S1']);
    expect(
      scheduleMeetings({ ...day, minMeetingsPerSupplier: 1 })
        .meetings.map((m) => m.supplierId)
        .sort(),
    ).toStrictEqual(['S1', 'S2']);
  });

  it('rejects bad input with the field named', () => {
    const bad = issues(() =>
      scheduleMeetings({
        slots: [{ start: '2026-11-23T09:00', end: '2026-11-23T08:00:00Z' }],
        tables: 0,
        participants: [
          { id: 'B1', side: 'buyer', maxMeetings: -1 },
          { id: 'S1', side: 'seller' as never },
          { id: 'S2', side: 'supplier', available: [{ start: '2026-11-23T25:00:00Z', end: '2026-11-23T10:00:00Z' }] },
        ],
        candidates: [
          { buyerId: 'B9', supplierId: 'S2', score: 1 },
          { buyerId: 'S2', supplierId: 'S2', score: 1 },
          { buyerId: 'B1', supplierId: 'S2', score: Number.NaN },
        ],
      }),
    );
    const paths = bad.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'slots.0.start',
        'tables',
        'participants.0.maxMeetings',
        'participants.1.side',
        'participants.2.available.0.start',
        'candidates.0.buyerId',
        'candidates.1.buyerId',
      ]),
    );
    expect(issues(() => scheduleMeetings(null as never))[0]!.message).toMatch(/schedule input/);
    expect(
      issues(() =>
        scheduleMeetings({
          slots,
          participants: [
            { id: 'B', side: 'buyer' },
            { id: 'S', side: 'supplier' },
          ],
          candidates: [],
          required: [{ buyerId: 'B', supplierId: 'S' }],
          forbidden: [{ buyerId: 'B', supplierId: 'S' }],
        }),
      )[0]!.message,
    ).toMatch(/both required and forbidden/);
  });
});

describe('exports', () => {
  const input: ScheduleInput = {
    slots,
    participants: [
      { id: 'B1', side: 'buyer' },
      { id: 'S1', side: 'supplier' },
      { id: 'S2', side: 'supplier' },
    ],
    candidates: [
      { buyerId: 'B1', supplierId: 'S1', score: 0.9 },
      { buyerId: 'B1', supplierId: 'S2', score: 0.5 },
    ],
  };
  const schedule = scheduleMeetings(input);
  const names = { B1: 'Berlin Energy GmbH', S1: '=HYPERLINK("x") Power Co., Ltd.', S2: '东莞电子' };
  const [buyerAgenda] = agendas(schedule, input, { names, reasons: () => ['exact HS match 850440', 'both in RCEP'] });

  it('agendas list each participant’s meetings in time order', () => {
    expect(buyerAgenda!.items.map((i) => [i.counterpartId, i.start])).toStrictEqual([
      ['S1', slots[0]!.start],
      ['S2', slots[1]!.start],
    ]);
    expect(buyerAgenda!.items[0]!.reasons).toHaveLength(2);
  });

  it('CSV neutralises formulas, quotes separators and keeps Chinese text', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+86 20 1234')).toBe("'+86 20 1234");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    const csv = agendaToCsv(buyerAgenda!, { bom: true });
    expect(csv.startsWith('\uFEFFslot,start,end,localStart,localEnd,timeZone,table,counterpartId')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"") Power Co., Ltd."`);
    expect(csv).toContain('东莞电子');
    expect(scheduleToCsv(schedule, input).split('\r\n')[0]).toBe(
      'status,slot,start,end,table,buyerId,supplierId,score,reason,sequence',
    );
  });

  it('iCalendar output parses with an independent parser (ical.js) and round-trips every meeting', () => {
    const stamp = new Date('2026-11-20T08:00:00Z');
    const text = agendaToICalendar(buyerAgenda!, { stamp });
    expect(text).toBe(agendaToICalendar(buyerAgenda!, { stamp })); // deterministic given the generation time
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events).toHaveLength(2);
    events.forEach((event, i) => {
      const item = buyerAgenda!.items[i]!;
      expect(event.startDate.toJSDate().getTime()).toBe(Date.parse(item.start));
      expect(event.endDate.toJSDate().getTime()).toBe(Date.parse(item.end));
      expect(event.summary).toBe(`Meeting: ${item.counterpartName}`);
      expect(event.description).toContain('both in RCEP');
      expect(event.location).toBe(`Table ${item.table}`);
    });
    expect(new Set(events.map((e) => e.uid)).size).toBe(2);
  });
});
