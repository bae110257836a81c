/**
 * Properties of calendar updates over a chain of three versions of a day (meetings moved,
 * dropped, added; participants gone), every file read back with ical.js.
 */

import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { agendaCancellationsToICalendar, agendaToICalendar, meetingUid, updateAgendas } from '../../src/calendar.js';
import {
  type Agenda,
  agendas,
  type Participant,
  type Schedule,
  type ScheduleInput,
  type Slot,
} from '../../src/index.js';

const SLOTS: Slot[] = Array.from({ length: 6 }, (_, i) => ({
  start: new Date(Date.UTC(2026, 10, 23, 1, 20 * i)).toISOString(),
  end: new Date(Date.UTC(2026, 10, 23, 1, 20 * i + 20)).toISOString(),
}));
// Ids that need escaping in a UID, and a buyer and a supplier sharing an id.
const BUYERS = ['1', 'B/2', 'B 3', 'b-4'];
const SUPPLIERS = ['1', 'S,2', 'S;3', '东莞'];
const stamp = new Date('2026-11-22T12:00:00Z');
const organizer = { email: 'meet@fair.example.org', name: 'Fair' };

interface Version {
  input: ScheduleInput;
  schedule: Schedule;
}

const meetingArb = fc.record({ b: fc.nat(3), s: fc.nat(3), slot: fc.nat(5), table: fc.integer({ min: 1, max: 3 }) });
const versionArb: fc.Arbitrary<Version> = fc
  .tuple(
    fc.uniqueArray(meetingArb, { selector: (m) => `${m.b}/${m.s}`, maxLength: 10 }),
    fc.subarray(BUYERS),
    fc.subarray(SUPPLIERS),
    fc.boolean(),
  )
  .map(([meetings, buyers, suppliers, withEmails]) => {
    const participants: Participant[] = [
      ...buyers.map(
        (id, k): Participant => ({ id, side: 'buyer', ...(withEmails ? { email: `b${k}@buyer.example` } : {}) }),
      ),
      ...suppliers.map(
        (id, k): Participant => ({ id, side: 'supplier', ...(withEmails ? { email: `s${k}@supplier.example` } : {}) }),
      ),
    ];
    const present = meetings.filter((m) => buyers.includes(BUYERS[m.b]!) && suppliers.includes(SUPPLIERS[m.s]!));
    return {
      input: { slots: SLOTS, participants, candidates: [] },
      schedule: {
        meetings: present.map((m) => ({
          buyerId: BUYERS[m.b]!,
          supplierId: SUPPLIERS[m.s]!,
          slot: m.slot,
          table: m.table,
          score: 1,
        })),
        unscheduled: [],
      },
    };
  });

interface Event {
  sequence: number;
  status: string;
  start: number;
  location: string;
}

/** Events of a file by UID (fails on a repeated UID: one event per meeting). */
function read(ics: string): { method: string; events: Map<string, Event> } {
  const cal = new ICAL.Component(ICAL.parse(ics));
  const events = new Map<string, Event>();
  for (const v of cal.getAllSubcomponents('vevent')) {
    const e = new ICAL.Event(v);
    expect(events.has(e.uid)).toBe(false);
    events.set(e.uid, {
      sequence: e.sequence,
      status: String(v.getFirstPropertyValue('status')),
      start: e.startDate.toJSDate().getTime(),
      location: e.location,
    });
  }
  return { method: String(cal.getFirstPropertyValue('method')), events };
}

const key = (a: Pick<Agenda, 'side' | 'participantId'>) => `${a.side}\u0000${a.participantId}`;

describe('calendar updates (property)', () => {
  it('three versions: one UID per meeting in both files, SEQUENCE monotone, every drop cancelled (250 runs)', () => {
    fc.assert(
      fc.property(fc.array(versionArb, { minLength: 3, maxLength: 3 }), (versions) => {
        let sent: Agenda[] = [];
        let filesBefore = new Map<string, Map<string, Event>>();
        let meetingsBefore: Schedule['meetings'] = [];
        for (const [k, v] of versions.entries()) {
          sent = updateAgendas(agendas(v.schedule, v.input), sent);
          const files = new Map(sent.map((a) => [key(a), read(agendaToICalendar(a, { stamp })).events]));
          const fileOf = (side: 'buyer' | 'supplier', id: string) => files.get(`${side}\u0000${id}`)!;
          // Every meeting: the same UID and SEQUENCE, confirmed, at its slot, in both parties' files.
          for (const m of v.schedule.meetings) {
            const uid = meetingUid(m.buyerId, m.supplierId);
            const b = fileOf('buyer', m.buyerId).get(uid);
            const s = fileOf('supplier', m.supplierId).get(uid);
            expect(b).toEqual(s);
            expect(b).toMatchObject({
              status: 'CONFIRMED',
              start: Date.parse(SLOTS[m.slot]!.start),
              location: `Table ${m.table}`,
            });
          }
          // Every meeting of the previous version that is gone: cancelled in both files, SEQUENCE raised.
          const now = new Set(v.schedule.meetings.map((m) => meetingUid(m.buyerId, m.supplierId)));
          for (const m of meetingsBefore) {
            const uid = meetingUid(m.buyerId, m.supplierId);
            if (now.has(uid)) continue;
            for (const [side, id] of [
              ['buyer', m.buyerId],
              ['supplier', m.supplierId],
            ] as const) {
              const event = fileOf(side, id).get(uid)!;
              expect(event.status).toBe('CANCELLED');
              expect(event.sequence).toBeGreaterThan(filesBefore.get(`${side}\u0000${id}`)!.get(uid)!.sequence);
            }
          }
          // SEQUENCE never falls, and rises whenever what a calendar shows changed.
          for (const [participant, events] of filesBefore) {
            for (const [uid, old] of events) {
              const next = files.get(participant)?.get(uid);
              expect(next).toBeDefined(); // nothing silently disappears from a participant's calendar
              expect(next!.sequence).toBeGreaterThanOrEqual(old.sequence);
              const changed =
                next!.start !== old.start || next!.location !== old.location || next!.status !== old.status;
              if (changed) expect(next!.sequence).toBeGreaterThan(old.sequence);
              else expect(next!.sequence).toBe(old.sequence);
            }
          }
          if (k === 0) for (const events of files.values()) for (const e of events.values()) expect(e.sequence).toBe(0);
          filesBefore = files;
          meetingsBefore = v.schedule.meetings;
        }
      }),
      { numRuns: 250 },
    );
  });

  it('invitations: REQUEST files hold exactly the meetings, CANCEL files exactly those dropped (200 runs)', () => {
    const withEmails = (v: Version): Version => ({
      ...v,
      input: { ...v.input, participants: v.input.participants.map((p, k) => ({ ...p, email: `p${k}@fair.example` })) },
    });
    fc.assert(
      fc.property(versionArb, versionArb, (first, second) => {
        const [v1, v2] = [withEmails(first), withEmails(second)];
        const sent = updateAgendas(agendas(v1.schedule, v1.input), []);
        const current = agendas(v2.schedule, v2.input);
        const previousOf = new Map(sent.map((a) => [key(a), a]));
        for (const agenda of current) {
          const previous = previousOf.get(key(agenda));
          const options = { stamp, organizer, ...(previous ? { previous } : {}) };
          const request = read(agendaToICalendar(agenda, options));
          expect(request.method).toBe('REQUEST');
          expect([...request.events.keys()].sort()).toEqual(
            agenda.items
              .map((i) =>
                agenda.side === 'buyer'
                  ? meetingUid(agenda.participantId, i.counterpartId)
                  : meetingUid(i.counterpartId, agenda.participantId),
              )
              .sort(),
          );
          for (const e of request.events.values()) expect(e.status).toBe('CONFIRMED');
          const dropped = (previous?.items ?? []).filter(
            (old) => !agenda.items.some((i) => i.counterpartId === old.counterpartId),
          );
          const cancel = agendaCancellationsToICalendar(agenda, options);
          if (!dropped.length) expect(cancel).toBeUndefined();
          else {
            const c = read(cancel!);
            expect(c.method).toBe('CANCEL');
            expect(c.events.size).toBe(dropped.length);
            for (const old of dropped) {
              const uid =
                agenda.side === 'buyer'
                  ? meetingUid(agenda.participantId, old.counterpartId)
                  : meetingUid(old.counterpartId, agenda.participantId);
              expect(c.events.get(uid)).toMatchObject({
                status: 'CANCELLED',
                sequence: (old.sequence ?? 0) + 1,
                start: Date.parse(old.start),
              });
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
