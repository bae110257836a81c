/** Invariant 9 and the schedule's optimality claims, as properties over random meeting days. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Schedule, type ScheduleInput, scheduleMeetings } from '../../src/index.js';
import { instance } from './instances.js';

const RUNS = { numRuns: 200 };
const key = (b: string, s: string) => `${b}|${s}`;

/** Checks every hard rule of a schedule; returns nothing, fails the test on a violation. */
function checkSchedule(input: ScheduleInput, schedule: Schedule): void {
  const parts = new Map(input.participants.map((p) => [p.id, p]));
  const slots = input.slots.map((s) => ({ start: Date.parse(s.start), end: Date.parse(s.end) }));
  const freeIn = (id: string, slot: number) => {
    const p = parts.get(id)!;
    if (!p.available) return true;
    return p.available.some((w) => Date.parse(w.start) <= slots[slot]!.start && slots[slot]!.end <= Date.parse(w.end));
  };
  const candidates = new Set([...input.candidates, ...(input.required ?? [])].map((c) => key(c.buyerId, c.supplierId)));
  const forbidden = new Set((input.forbidden ?? []).map((c) => key(c.buyerId, c.supplierId)));
  const busy = new Set<string>();
  const count = new Map<string, number>();
  const tablesInSlot = new Map<number, Set<number>>();
  const met = new Set<string>();
  for (const m of schedule.meetings) {
    const k = key(m.buyerId, m.supplierId);
    expect(candidates.has(k)).toBe(true);
    expect(forbidden.has(k)).toBe(false);
    expect(met.has(k)).toBe(false);
    met.add(k);
    expect(parts.get(m.buyerId)!.side).toBe('buyer');
    expect(parts.get(m.supplierId)!.side).toBe('supplier');
    expect(m.slot >= 0 && m.slot < slots.length).toBe(true);
    for (const id of [m.buyerId, m.supplierId]) {
      expect(busy.has(`${id}@${m.slot}`)).toBe(false);
      busy.add(`${id}@${m.slot}`);
      expect(freeIn(id, m.slot)).toBe(true);
      count.set(id, (count.get(id) ?? 0) + 1);
    }
    const tables = tablesInSlot.get(m.slot) ?? new Set<number>();
    expect(tables.has(m.table)).toBe(false);
    expect(m.table).toBeGreaterThanOrEqual(1);
    if (input.tables !== undefined) expect(m.table).toBeLessThanOrEqual(input.tables);
    tables.add(m.table);
    tablesInSlot.set(m.slot, tables);
  }
  for (const [id, n] of count) expect(n).toBeLessThanOrEqual(parts.get(id)!.maxMeetings ?? slots.length);
  // Nothing dropped silently: every candidate pair either meets or has a reason.
  const unscheduled = new Set<string>();
  for (const u of schedule.unscheduled) {
    const k = key(u.buyerId, u.supplierId);
    expect(met.has(k)).toBe(false);
    expect(unscheduled.has(k)).toBe(false);
    expect(u.reason.length).toBeGreaterThan(0);
    expect(u.message.length).toBeGreaterThan(0);
    unscheduled.add(k);
  }
  for (const k of candidates) expect(met.has(k) || unscheduled.has(k)).toBe(true);
}

/** Brute-force maximum-weight b-matching total (quotas min(maxMeetings, slots)). */
function bruteForceOptimum(input: ScheduleInput): number {
  const cap = new Map(
    input.participants.map((p) => [p.id, Math.min(p.maxMeetings ?? input.slots.length, input.slots.length)]),
  );
  const edges = new Map<string, { b: string; s: string; w: number }>();
  for (const c of input.candidates) {
    const k = key(c.buyerId, c.supplierId);
    if (c.score > 0 && (!edges.has(k) || edges.get(k)!.w < c.score))
      edges.set(k, { b: c.buyerId, s: c.supplierId, w: c.score });
  }
  const list = [...edges.values()];
  let best = 0;
  for (let mask = 0; mask < 1 << list.length; mask++) {
    const used = new Map<string, number>();
    let total = 0;
    let ok = true;
    for (let i = 0; i < list.length && ok; i++) {
      if (!(mask & (1 << i))) continue;
      const e = list[i]!;
      for (const id of [e.b, e.s]) {
        used.set(id, (used.get(id) ?? 0) + 1);
        if (used.get(id)! > cap.get(id)!) ok = false;
      }
      total += e.w;
    }
    if (ok && total > best) best = total;
  }
  return best;
}

/** The baseline: best pairs first, each into the earliest slot both are free in with a table left. */
function greedyTotal(input: ScheduleInput): number {
  const slots = input.slots.map((s) => ({ start: Date.parse(s.start), end: Date.parse(s.end) }));
  const parts = new Map(input.participants.map((p) => [p.id, p]));
  const freeIn = (id: string, s: number) =>
    !parts.get(id)!.available ||
    parts.get(id)!.available!.some((w) => Date.parse(w.start) <= slots[s]!.start && slots[s]!.end <= Date.parse(w.end));
  const forbidden = new Set((input.forbidden ?? []).map((c) => key(c.buyerId, c.supplierId)));
  const busy = new Set<string>();
  const used = new Map<string, number>();
  const inSlot = new Array<number>(slots.length).fill(0);
  const seen = new Set<string>();
  let total = 0;
  for (const c of [...input.candidates].sort((a, b) => b.score - a.score)) {
    const k = key(c.buyerId, c.supplierId);
    if (seen.has(k) || forbidden.has(k) || c.score <= 0) continue;
    seen.add(k);
    const capOk = (id: string) => (used.get(id) ?? 0) < (parts.get(id)!.maxMeetings ?? slots.length);
    if (!capOk(c.buyerId) || !capOk(c.supplierId)) continue;
    for (let s = 0; s < slots.length; s++) {
      if (!freeIn(c.buyerId, s) || !freeIn(c.supplierId, s)) continue;
      if (busy.has(`${c.buyerId}@${s}`) || busy.has(`${c.supplierId}@${s}`) || inSlot[s]! >= (input.tables ?? Infinity))
        continue;
      busy.add(`${c.buyerId}@${s}`);
      busy.add(`${c.supplierId}@${s}`);
      inSlot[s]!++;
      for (const id of [c.buyerId, c.supplierId]) used.set(id, (used.get(id) ?? 0) + 1);
      total += c.score;
      break;
    }
  }
  return total;
}

const total = (s: Schedule) => s.meetings.reduce((sum, m) => sum + m.score, 0);

describe('scheduleMeetings', () => {
  it('9: no double booking, inside availability, within quotas and tables, only allowed pairs, nothing dropped', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          instance({ restricted: true, tables: true, extras: true }),
          instance({ restricted: false, tables: true, extras: true }),
          instance({ restricted: true, tables: false, extras: true }),
        ),
        (input) => {
          checkSchedule(input, scheduleMeetings(input));
        },
      ),
      RUNS,
    );
  });

  it('9: everyone free, unlimited tables → the maximum-weight b-matching optimum, every chosen pair placed', () => {
    fc.assert(
      fc.property(instance({ restricted: false, tables: false, extras: false, maxEdges: 10 }), (input) => {
        const schedule = scheduleMeetings(input);
        checkSchedule(input, schedule);
        expect(total(schedule)).toBeCloseTo(bruteForceOptimum(input), 9);
        expect(schedule.unscheduled.every((u) => u.reason !== 'slots-full' && u.reason !== 'no-common-slot')).toBe(
          true,
        );
      }),
      RUNS,
    );
  });

  it('the total score is at least the greedy baseline’s', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          instance({ restricted: true, tables: true, extras: false }),
          instance({ restricted: false, tables: true, extras: false }),
        ),
        (input) => {
          const { forbidden: _, ...plain } = input;
          expect(total(scheduleMeetings(plain))).toBeGreaterThanOrEqual(greedyTotal(plain) - 1e-9);
        },
      ),
      RUNS,
    );
  });

  it('required pairs meet whenever quotas allow; forbidden pairs never', () => {
    fc.assert(
      fc.property(instance({ restricted: false, tables: false, extras: true }), (input) => {
        const schedule = scheduleMeetings(input);
        const met = new Set(schedule.meetings.map((m) => key(m.buyerId, m.supplierId)));
        const required = input.required ?? [];
        const perParticipant = new Map<string, number>();
        for (const r of required)
          for (const id of [r.buyerId, r.supplierId]) perParticipant.set(id, (perParticipant.get(id) ?? 0) + 1);
        const fits = input.participants.every(
          (p) => (perParticipant.get(p.id) ?? 0) <= Math.min(p.maxMeetings ?? input.slots.length, input.slots.length),
        );
        if (fits) for (const r of required) expect(met.has(key(r.buyerId, r.supplierId))).toBe(true);
        for (const f of input.forbidden ?? []) expect(met.has(key(f.buyerId, f.supplierId))).toBe(false);
      }),
      RUNS,
    );
  });

  it('same input, same schedule', () => {
    fc.assert(
      fc.property(instance({ restricted: true, tables: true, extras: true }), (input) => {
        expect(scheduleMeetings(input)).toStrictEqual(scheduleMeetings(structuredClone(input)));
      }),
      RUNS,
    );
  });
});
