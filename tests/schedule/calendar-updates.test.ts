/** Calendar files that calendars can update, read back with an independent parser (ical.js). */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  agendaCancellationsToICalendar,
  agendaToICalendar,
  meetingUid,
  updateAgenda,
  updateAgendas,
} from '../../src/calendar.js';
import {
  type Agenda,
  agendas,
  agendaToCsv,
  localAvailability,
  makeSlots,
  type Schedule,
  type ScheduleInput,
  scheduleMeetings,
} from '../../src/index.js';
import { validationIssues } from '../validation-issues.js';

const slots = makeSlots({ date: '2026-11-23', timeZone: 'Asia/Shanghai', start: '09:00', minutes: 20, count: 4 });
const stamp = new Date('2026-11-22T10:00:00Z');

interface ParsedEvent {
  uid: string;
  sequence: number;
  status: string;
  start: number;
  summary: string;
  location: string;
  description: string;
  organizer: string | null;
  attendees: string[];
  stamp: number;
}

function parse(ics: string): { method: string; events: ParsedEvent[] } {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return {
    method: String(cal.getFirstPropertyValue('method')),
    events: cal.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return {
        uid: e.uid,
        sequence: e.sequence,
        status: String(v.getFirstPropertyValue('status')),
        start: e.startDate.toJSDate().getTime(),
        summary: e.summary,
        location: e.location,
        description: e.description,
        organizer: e.organizer === null ? null : e.organizer.replace(/^mailto:/i, 'mailto:'),
        // The scheme is case-insensitive.
        attendees: e.attendees.map((a) => String(a.getFirstValue()).replace(/^mailto:/i, 'mailto:')),
        stamp: (v.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().getTime(),
      };
    }),
  };
}

const input: ScheduleInput = {
  slots,
  participants: [
    {
      id: 'B1',
      side: 'buyer',
      name: 'Berlin Energy GmbH',
      email: 'anna@berlin-energy.example',
      timeZone: 'Europe/Berlin',
    },
    { id: 'S1', side: 'supplier', name: 'Dongguan Power', email: 'li@dgpower.example' },
    { id: 'S2', side: 'supplier', name: '东莞电子' },
    { id: 'S3', side: 'supplier' },
  ],
  candidates: [
    { buyerId: 'B1', supplierId: 'S1', score: 0.9 },
    { buyerId: 'B1', supplierId: 'S2', score: 0.8 },
    { buyerId: 'B1', supplierId: 'S3', score: 0.7 },
  ],
};
// Two versions of the day: S1 moves from slot 0 / table 1 to slot 2 / table 2, S2 stays, S3 is dropped.
const before: Schedule = {
  meetings: [
    { buyerId: 'B1', supplierId: 'S1', slot: 0, table: 1, score: 0.9 },
    { buyerId: 'B1', supplierId: 'S2', slot: 1, table: 1, score: 0.8 },
    { buyerId: 'B1', supplierId: 'S3', slot: 3, table: 1, score: 0.7 },
  ],
  unscheduled: [],
};
const after: Schedule = {
  meetings: [
    { buyerId: 'B1', supplierId: 'S1', slot: 2, table: 2, score: 0.9 },
    { buyerId: 'B1', supplierId: 'S2', slot: 1, table: 1, score: 0.8 },
  ],
  unscheduled: [],
};
const sent = agendas(before, input);
const now = agendas(after, input);
const buyer = (list: Agenda[]) => list.find((a) => a.side === 'buyer' && a.participantId === 'B1')!;
const supplier = (list: Agenda[], id: string) => list.find((a) => a.side === 'supplier' && a.participantId === id)!;

describe('calendar updates', () => {
  it('one UID per meeting, from the pair: the same in both parties’ files, whatever the slot', () => {
    const b = parse(agendaToICalendar(buyer(sent), { stamp }));
    const s1 = parse(agendaToICalendar(supplier(sent, 'S1'), { stamp }));
    expect(b.events.map((e) => e.uid)).toEqual(['B1/S1@cuohe', 'B1/S2@cuohe', 'B1/S3@cuohe']);
    expect(s1.events.map((e) => e.uid)).toEqual(['B1/S1@cuohe']);
    const moved = parse(agendaToICalendar(buyer(now), { stamp, previous: buyer(sent) }));
    expect(moved.events.find((e) => e.start === Date.parse(slots[2]!.start))!.uid).toBe('B1/S1@cuohe');
    expect(meetingUid('B1', 'S1', 'day1.fair.example.org')).toBe('B1/S1@day1.fair.example.org');
  });

  it('a first file is PUBLISH with every meeting CONFIRMED at SEQUENCE 0 and DTSTAMP the generation time', () => {
    const { method, events } = parse(agendaToICalendar(buyer(sent), { stamp }));
    expect(method).toBe('PUBLISH');
    expect(events.map((e) => [e.status, e.sequence, e.stamp])).toEqual(
      Array(3).fill(['CONFIRMED', 0, stamp.getTime()]),
    );
    const t0 = Math.floor(Date.now() / 1000) * 1000;
    const stamped = parse(agendaToICalendar(buyer(sent))).events[0]!.stamp;
    expect(stamped).toBeGreaterThanOrEqual(t0);
    expect(stamped).toBeLessThanOrEqual(Date.now());
  });

  it('with previous: the moved meeting an update (SEQUENCE 1, new time), the kept same, the dropped CANCELLED', () => {
    const { events } = parse(agendaToICalendar(buyer(now), { stamp, previous: buyer(sent) }));
    const byUid = new Map(events.map((e) => [e.uid, e]));
    expect(byUid.get('B1/S1@cuohe')).toMatchObject({
      sequence: 1,
      status: 'CONFIRMED',
      start: Date.parse(slots[2]!.start),
      location: 'Table 2',
    });
    expect(byUid.get('B1/S2@cuohe')).toMatchObject({
      sequence: 0,
      status: 'CONFIRMED',
      start: Date.parse(slots[1]!.start),
    });
    expect(byUid.get('B1/S3@cuohe')).toMatchObject({
      sequence: 1,
      status: 'CANCELLED',
      start: Date.parse(slots[3]!.start),
      summary: 'Cancelled: meeting with S3',
    });
    expect(byUid.get('B1/S3@cuohe')!.description).toContain('This meeting is cancelled.');
    // The supplier who lost its meeting gets a file that cancels it.
    const s3 = parse(agendaToICalendar(supplier(now, 'S3'), { stamp, previous: supplier(sent, 'S3') }));
    expect(s3.events).toEqual([expect.objectContaining({ uid: 'B1/S3@cuohe', status: 'CANCELLED', sequence: 1 })]);
  });

  it('sequences keep rising over several updates, also when a cancelled meeting comes back', () => {
    const v2 = updateAgenda(buyer(now), buyer(sent));
    const back: Schedule = {
      meetings: [
        ...after.meetings.map((m) => (m.supplierId === 'S1' ? { ...m, slot: 3 } : m)),
        { buyerId: 'B1', supplierId: 'S3', slot: 0, table: 3, score: 0.7 },
      ],
      unscheduled: [],
    };
    const v3 = updateAgenda(buyer(agendas(back, input)), v2);
    const seq = (a: Agenda, id: string) =>
      [...a.items, ...(a.cancelled ?? [])].find((i) => i.counterpartId === id)!.sequence;
    expect([seq(v2, 'S1'), seq(v2, 'S2'), seq(v2, 'S3')]).toEqual([1, 0, 1]);
    expect([seq(v3, 'S1'), seq(v3, 'S2'), seq(v3, 'S3')]).toEqual([2, 0, 2]);
    expect(v3.cancelled).toEqual([]);
    // An unchanged agenda updated against itself changes nothing.
    expect(updateAgenda(v3, v3).items.map((i) => i.sequence)).toEqual(v3.items.map((i) => i.sequence));
    // Inputs are not modified.
    expect(buyer(sent).items.every((i) => i.sequence === undefined)).toBe(true);
  });

  it('updateAgendas cancels everything of a participant who is gone and starts a late joiner at 0', () => {
    const gone = { ...input, participants: input.participants.filter((p) => p.id !== 'S3') };
    const joined: ScheduleInput = { ...gone, participants: [...gone.participants, { id: 'B9', side: 'buyer' }] };
    const later: Schedule = {
      meetings: [...after.meetings, { buyerId: 'B9', supplierId: 'S2', slot: 0, table: 1, score: 0.5 }],
      unscheduled: [],
    };
    const updates = updateAgendas(agendas(later, joined), sent);
    const s3 = updates.find((a) => a.participantId === 'S3')!;
    expect(s3.items).toEqual([]);
    expect(s3.cancelled!.map((i) => [i.counterpartId, i.sequence])).toEqual([['B1', 1]]);
    expect(updates.find((a) => a.participantId === 'B9')!.items.map((i) => i.sequence)).toEqual([0]);
    expect(parse(agendaToICalendar(s3, { stamp })).events.map((e) => e.status)).toEqual(['CANCELLED']);
  });

  it('organiser’s and participant’s e-mails: REQUEST with ORGANIZER and ATTENDEEs, a separate CANCEL file', () => {
    const organizer = { name: 'Canton "Fair" Matchmaking', email: 'meet@fair.example.org' };
    const request = parse(agendaToICalendar(buyer(now), { stamp, previous: buyer(sent), organizer }));
    expect(request.method).toBe('REQUEST');
    expect(request.events.map((e) => e.status)).toEqual(['CONFIRMED', 'CONFIRMED']); // no CANCELLED in a REQUEST
    const s1 = request.events.find((e) => e.uid === 'B1/S1@cuohe')!;
    expect(s1.organizer).toBe('mailto:meet@fair.example.org');
    expect(s1.attendees.sort()).toEqual(['mailto:anna@berlin-energy.example', 'mailto:li@dgpower.example']);
    expect(request.events.find((e) => e.uid === 'B1/S2@cuohe')!.attendees).toEqual([
      'mailto:anna@berlin-energy.example',
    ]); // S2 has no e-mail
    const cancel = agendaCancellationsToICalendar(buyer(now), { stamp, previous: buyer(sent), organizer });
    expect(cancel).toBeDefined();
    const c = parse(cancel!);
    expect(c.method).toBe('CANCEL');
    expect(c.events).toEqual([
      expect.objectContaining({
        uid: 'B1/S3@cuohe',
        status: 'CANCELLED',
        sequence: 1,
        organizer: 'mailto:meet@fair.example.org',
      }),
    ]);
    expect(agendaCancellationsToICalendar(buyer(sent), { stamp, previous: buyer(sent), organizer })).toBeUndefined();
    // Without the participant's e-mail the file stays PUBLISH (ATTENDEE is not allowed there), with the ORGANIZER.
    const published = parse(agendaToICalendar(supplier(now, 'S2'), { stamp, organizer }));
    expect(published.method).toBe('PUBLISH');
    expect(published.events[0]!.attendees).toEqual([]);
    expect(published.events[0]!.organizer).toBe('mailto:meet@fair.example.org');
    expect(
      validationIssues(() => agendaCancellationsToICalendar(buyer(now), { previous: buyer(sent) }))[0]!.path,
    ).toEqual(['options', 'organizer', 'email']);
    expect(validationIssues(() => agendaCancellationsToICalendar(supplier(now, 'S2'), { organizer }))[0]!.path).toEqual(
      ['agenda', 'email'],
    );
  });

  it('English and Chinese texts', () => {
    const en = parse(agendaToICalendar(buyer(sent), { stamp })).events[0]!;
    const zh = parse(agendaToICalendar(buyer(sent), { stamp, locale: 'zh' })).events[0]!;
    expect([en.summary, en.location, en.description]).toEqual([
      'Meeting: Dongguan Power',
      'Table 1',
      'Table 1, with Dongguan Power (S1)',
    ]);
    expect([zh.summary, zh.location, zh.description]).toEqual([
      '洽谈：Dongguan Power',
      '1 号桌',
      '1 号桌，与 Dongguan Power（S1）洽谈',
    ]);
    const cancelledZh = parse(
      agendaToICalendar(buyer(now), { stamp, previous: buyer(sent), locale: 'zh' }),
    ).events.find((e) => e.status === 'CANCELLED')!;
    expect(cancelledZh.summary).toBe('已取消：与 S3 的洽谈');
    expect(cancelledZh.description).toContain('此洽谈已取消。');
  });

  it('bad options and agendas are ValidationErrors naming the field', () => {
    const a = buyer(sent);
    expect(validationIssues(() => agendaToICalendar(a, { stamp: new Date(Number.NaN) }))[0]!.path).toEqual([
      'options',
      'stamp',
    ]);
    expect(validationIssues(() => agendaToICalendar(a, { locale: 'fr' as 'en' }))[0]!.path).toEqual([
      'options',
      'locale',
    ]);
    expect(
      validationIssues(() => agendaToICalendar(a, { organizer: { email: 'x\r\nATTENDEE:mailto:y@z' } }))[0]!.path,
    ).toEqual(['options', 'organizer', 'email']);
    expect(validationIssues(() => agendaToICalendar(a, { previous: supplier(sent, 'S1') }))[0]!.path).toEqual([
      'previous',
      'participantId',
    ]);
    expect(validationIssues(() => agendaToICalendar({ ...a, items: [a.items[0]!, a.items[0]!] }))[0]!.path).toEqual([
      'agenda',
      'items',
      1,
      'counterpartId',
    ]);
    expect(
      validationIssues(() => agendaToICalendar({ ...a, items: [{ ...a.items[0]!, sequence: -1 }] }))[0]!.path,
    ).toEqual(['agenda', 'items', 0, 'sequence']);
    expect(validationIssues(() => agendaToICalendar({ ...a, email: 'not an address' }))[0]!.path).toEqual([
      'agenda',
      'email',
    ]);
    const bad = {
      ...input,
      participants: [
        ...input.participants.slice(0, 3),
        { id: 'S3', side: 'supplier' as const, email: 'nope', timeZone: 'Mars/Olympus' },
      ],
    };
    expect(validationIssues(() => agendas(before, bad)).map((i) => i.path)).toEqual([
      ['participants', 3, 'email'],
      ['participants', 3, 'timeZone'],
    ]);
  });
});

describe('names and times in agendas', () => {
  it('agendas take names and e-mails from the participants; option names come first', () => {
    const b = buyer(sent);
    expect([b.name, b.email, b.timeZone]).toEqual([
      'Berlin Energy GmbH',
      'anna@berlin-energy.example',
      'Europe/Berlin',
    ]);
    expect(b.items.map((i) => [i.counterpartName, i.counterpartEmail])).toEqual([
      ['Dongguan Power', 'li@dgpower.example'],
      ['东莞电子', undefined],
      [undefined, undefined],
    ]);
    expect(buyer(agendas(before, input, { supplierNames: { S1: 'DG Power Ltd.' } })).items[0]!.counterpartName).toBe(
      'DG Power Ltd.',
    );
  });

  it('agenda CSV: whole seconds, and local times for a participant with a time zone', () => {
    const rows = agendaToCsv(buyer(sent)).trim().split('\r\n');
    expect(rows[0]).toBe(
      'slot,start,end,localStart,localEnd,timeZone,table,counterpartId,counterpartName,score,reasons',
    );
    expect(rows[1]).toBe(
      '1,2026-11-23T09:00:00+08:00,2026-11-23T09:20:00+08:00,' +
        '2026-11-23T02:00:00+01:00,2026-11-23T02:20:00+01:00,Europe/Berlin,1,S1,Dongguan Power,0.9000,',
    );
    expect(agendaToCsv(supplier(sent, 'S2')).trim().split('\r\n')[1]).toBe(
      '2,2026-11-23T09:20:00+08:00,2026-11-23T09:40:00+08:00,,,,1,B1,Berlin Energy GmbH,0.8000,',
    );
    expect(agendaToCsv(buyer(sent))).not.toMatch(/\d\d:\d\d:\d\d\.\d/);
  });
});

describe('24:00 ends a day', () => {
  it('localAvailability takes 24:00 as the next local midnight, across months and daylight saving', () => {
    expect(localAvailability('America/Sao_Paulo', '2026-11-22', '22:00', '24:00')).toEqual({
      start: '2026-11-22T22:00:00.000-03:00',
      end: '2026-11-23T00:00:00.000-03:00',
    });
    expect(localAvailability('America/New_York', '2026-12-31', '20:00', '24:00').end).toBe(
      '2027-01-01T00:00:00.000-05:00',
    );
    // 8 March 2026 is the spring-forward day in New York: the 7th still ends at midnight EST.
    expect(localAvailability('America/New_York', '2026-03-07', '20:00', '24:00').end).toBe(
      '2026-03-08T00:00:00.000-05:00',
    );
    expect(localAvailability('Asia/Shanghai', '2026-02-28', '00:00', '24:00').end).toBe(
      '2026-03-01T00:00:00.000+08:00',
    );
  });

  it('24:00 starts nothing, and 24:01 / 25:00 are no times', () => {
    expect(validationIssues(() => localAvailability('UTC', '2026-11-23', '24:00', '24:00'))[0]).toMatchObject({
      path: ['from'],
      message: expect.stringMatching(/only ends an interval/),
    });
    expect(validationIssues(() => localAvailability('UTC', '2026-11-23', '22:00', '24:01'))[0]!.path).toEqual(['to']);
    expect(validationIssues(() => localAvailability('UTC', '2026-11-23', '22:00', '25:00'))[0]!.path).toEqual(['to']);
    expect(
      validationIssues(() =>
        makeSlots({ date: '2026-11-23', timeZone: 'UTC', start: '24:00', minutes: 20, count: 1 }),
      )[0]!.path,
    ).toEqual(['start']);
  });

  it('a window to 24:00 keeps the last slot of the evening that 23:59 loses', () => {
    const evening = makeSlots({ date: '2026-11-23', timeZone: 'Europe/Berlin', start: '22:00', minutes: 20, count: 6 });
    const day = (to: string): ScheduleInput => ({
      slots: evening,
      participants: [
        { id: 'B', side: 'buyer', available: [localAvailability('Europe/Berlin', '2026-11-23', '23:40', to)] },
        { id: 'S', side: 'supplier' },
      ],
      candidates: [{ buyerId: 'B', supplierId: 'S', score: 1 }],
    });
    expect(scheduleMeetings(day('24:00')).meetings.map((m) => m.slot)).toEqual([5]);
    expect(scheduleMeetings(day('23:59')).meetings).toEqual([]);
  });
});
