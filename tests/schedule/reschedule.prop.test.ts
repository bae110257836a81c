/**
 * Day-of repair as properties: every still-feasible meeting stays put, the result obeys
 * invariant 9, the changes add up, and the calendar files of the repair (read back with
 * ical.js) keep each meeting's UID.
 */
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { agendaToICalendar, meetingUid, updateAgendas } from '../../src/calendar.js';
import { rescheduleMeetings } from '../../src/day.js';
import { agendas, type ScheduleInput, scheduleMeetings } from '../../src/index.js';
import { checkDay } from './check-day.js';
import { dayInstance } from './day-instances.js';
import { slotAt } from './instances.js';

const key = (m: { buyerId: string; supplierId: string }) => `${m.buyerId}|${m.supplierId}`;

/** A day, then the changes of the morning: no-shows, a late joiner, someone leaving early, fewer tables. */
const changedDay = fc
  .tuple(
    fc.oneof(
      dayInstance({ restricted: true, tables: true, extras: true }),
      dayInstance({ restricted: false, tables: true, extras: false, maxSlots: 6 }),
    ),
    fc.infiniteStream(fc.integer({ min: 0, max: 9 })),
    fc.boolean(),
  )
  .map(([input, dice, fewerTables]) => {
    const next = () => dice.next().value as number;
    const leaving = input.participants.filter(() => next() === 0).map((p) => `${p.side}:${p.id}`);
    const early = input.participants.find(() => next() === 1);
    const participants = input.participants
      .filter((p) => !leaving.includes(`${p.side}:${p.id}`))
      .map((p) =>
        p === early
          ? {
              ...p,
              available: [
                { start: slotAt(0).start, end: slotAt(Math.max(0, Math.floor(input.slots.length / 2) - 1)).end },
              ],
            }
          : p,
      );
    const here = new Set(participants.map((p) => `${p.side}:${p.id}`));
    const suppliers = participants.filter((p) => p.side === 'supplier');
    const late = { id: 'LATE', side: 'buyer' as const, maxMeetings: 2 };
    const candidates = [
      ...input.candidates.filter((c) => here.has(`buyer:${c.buyerId}`) && here.has(`supplier:${c.supplierId}`)),
      ...suppliers.slice(0, 3).map((s, k) => ({ buyerId: 'LATE', supplierId: s.id, score: 0.9 - k / 10 })),
    ];
    const ok = (r: { buyerId: string; supplierId: string }) =>
      here.has(`buyer:${r.buyerId}`) && here.has(`supplier:${r.supplierId}`);
    const changed: ScheduleInput = {
      ...input,
      participants: [...participants, late],
      candidates,
      ...(input.required ? { required: input.required.filter(ok) } : {}),
      ...(input.forbidden ? { forbidden: input.forbidden.filter(ok) } : {}),
      ...(fewerTables && input.tables && input.tables > 1 ? { tables: input.tables - 1 } : {}),
    };
    return { input, changed, pinEvery: next() % 2 === 0 };
  });

describe('rescheduleMeetings', () => {
  it('keeps every previous meeting that can stay in its slot and table; invariant 9 holds; the changes add up', () => {
    fc.assert(
      fc.property(changedDay, ({ input, changed, pinEvery }) => {
        const before = scheduleMeetings(input);
        const pinned = pinEvery
          ? before.meetings.filter((_, k) => k % 2 === 0).map(({ buyerId, supplierId }) => ({ buyerId, supplierId }))
          : [];
        const after = rescheduleMeetings(before, changed, { pinned });
        checkDay(changed, after);

        const people = new Map(changed.participants.map((p) => [`${p.side}:${p.id}`, p]));
        const candidates = new Set(changed.candidates.map(key));
        const forbidden = new Set((changed.forbidden ?? []).map(key));
        const free = (side: string, id: string, slot: number) => {
          const w = people.get(`${side}:${id}`)?.available;
          const s = changed.slots[slot]!;
          return (
            !w || w.some((x) => Date.parse(x.start) <= Date.parse(s.start) && Date.parse(s.end) <= Date.parse(x.end))
          );
        };
        const now = new Map(after.meetings.map((m) => [key(m), m]));
        for (const m of before.meetings) {
          const stays =
            people.has(`buyer:${m.buyerId}`) &&
            people.has(`supplier:${m.supplierId}`) &&
            free('buyer', m.buyerId, m.slot) &&
            free('supplier', m.supplierId, m.slot) &&
            candidates.has(key(m)) &&
            !forbidden.has(key(m)) &&
            m.table <= (changed.tables ?? Infinity);
          if (stays) expect(now.get(key(m))).toMatchObject({ slot: m.slot, table: m.table });
        }
        // kept + moved + added = the new meetings; kept + moved + cancelled = the old ones.
        const { kept, moved, cancelled, added } = after.changes;
        expect([...kept, ...moved.map((x) => x.after), ...added].map(key).sort()).toStrictEqual(
          after.meetings.map(key).sort(),
        );
        expect(
          [...kept, ...moved.map((x) => x.before), ...cancelled.map((x) => x.meeting)].map(key).sort(),
        ).toStrictEqual(before.meetings.map(key).sort());
        for (const k of kept)
          expect(before.meetings.some((m) => key(m) === key(k) && m.slot === k.slot && m.table === k.table)).toBe(true);
        for (const { before: b, after: a } of moved) expect(b.slot !== a.slot || b.table !== a.table).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('UIDs stable across the repair: one UID per pair in both files, SEQUENCE raised only for changed meetings', () => {
    const stamp = new Date('2026-11-23T00:00:00Z');
    /** uid → { sequence, status, start, table } in each participant's file. */
    const files = (list: ReturnType<typeof updateAgendas>) => {
      const out = new Map<string, Map<string, { sequence: number; status: string; start: number; location: string }>>();
      for (const a of list) {
        const events = new Map<string, { sequence: number; status: string; start: number; location: string }>();
        const cal = new ICAL.Component(ICAL.parse(agendaToICalendar(a, { stamp })));
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
        out.set(`${a.side}:${a.participantId}`, events);
      }
      return out;
    };
    fc.assert(
      fc.property(changedDay, ({ input, changed }) => {
        const before = scheduleMeetings(input);
        const after = rescheduleMeetings(before, changed);
        const sent = updateAgendas(agendas(before, input), []);
        const update = updateAgendas(agendas(after, changed), sent);
        const [old, now] = [files(sent), files(update)];
        const moved = new Set(after.changes.moved.map((x) => key(x.after)));
        const kept = new Set(after.changes.kept.map(key));
        for (const m of after.meetings) {
          const uid = meetingUid(m.buyerId, m.supplierId);
          const b = now.get(`buyer:${m.buyerId}`)!.get(uid);
          const s = now.get(`supplier:${m.supplierId}`)!.get(uid);
          // One UID for the pair, the same event in both parties' files.
          expect(b).toBeDefined();
          expect(b).toEqual(s);
          expect(b).toMatchObject({ status: 'CONFIRMED', start: Date.parse(changed.slots[m.slot]!.start) });
          const previous = old.get(`buyer:${m.buyerId}`)?.get(uid);
          if (kept.has(key(m)))
            expect(b).toEqual(previous); // unchanged: the same event, same SEQUENCE
          else if (moved.has(key(m))) expect(b!.sequence).toBe(previous!.sequence + 1);
          else expect(b!.sequence).toBe(0); // a pair that did not meet before
        }
        // Cancelled meetings keep their UID and are cancelled, SEQUENCE raised, in the files of those still there.
        for (const { meeting: m } of after.changes.cancelled) {
          const uid = meetingUid(m.buyerId, m.supplierId);
          for (const who of [`buyer:${m.buyerId}`, `supplier:${m.supplierId}`]) {
            const event = now.get(who)?.get(uid);
            expect(event).toMatchObject({ status: 'CANCELLED', sequence: old.get(who)!.get(uid)!.sequence + 1 });
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('with nothing changed, every meeting stays where it was', () => {
    fc.assert(
      fc.property(dayInstance({ restricted: true, tables: true, extras: false }), (input) => {
        const before = scheduleMeetings(input);
        const after = rescheduleMeetings(before, input);
        expect(after.changes.kept.length).toBe(before.meetings.length);
        expect(after.changes.moved).toStrictEqual([]);
        expect(after.changes.cancelled).toStrictEqual([]);
        checkDay(input, after);
      }),
      { numRuns: 200 },
    );
  });
});
