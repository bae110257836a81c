/**
 * Invariant 9 checked from the input alone (no library code): nobody twice in a slot, inside
 * availability, within maxMeetings and maxConsecutive, at most `tables` meetings per slot with
 * distinct tables, only candidate non-forbidden pairs, an interpreter where the two share no
 * language (one who speaks a language of each, is free then, and sits in one meeting at a time),
 * and every candidate pair either meets or has a reason.
 */
import { expect } from 'vitest';
import type { Schedule, ScheduleInput } from '../../src/index.js';

const key = (b: string, s: string) => `${b}|${s}`;

export function checkDay(input: ScheduleInput, schedule: Schedule): void {
  const parts = new Map(input.participants.map((p) => [`${p.side}:${p.id}`, p]));
  const slots = input.slots.map((s) => ({ start: Date.parse(s.start), end: Date.parse(s.end) }));
  const inside = (windows: { start: string; end: string }[] | undefined, slot: number) =>
    !windows || windows.some((w) => Date.parse(w.start) <= slots[slot]!.start && slots[slot]!.end <= Date.parse(w.end));
  const candidates = new Set([...input.candidates, ...(input.required ?? [])].map((c) => key(c.buyerId, c.supplierId)));
  const forbidden = new Set((input.forbidden ?? []).map((c) => key(c.buyerId, c.supplierId)));
  const interpreters = new Map((input.interpreters ?? []).map((x) => [x.id, x]));
  const slotsOf = new Map<string, number[]>();
  const tablesInSlot = new Map<number, Set<number>>();
  const interpreting = new Set<string>();
  const met = new Set<string>();
  for (const m of schedule.meetings) {
    const k = key(m.buyerId, m.supplierId);
    expect(candidates.has(k) && !forbidden.has(k) && !met.has(k)).toBe(true);
    met.add(k);
    const b = parts.get(`buyer:${m.buyerId}`)!;
    const s = parts.get(`supplier:${m.supplierId}`)!;
    expect(b && s).toBeTruthy();
    expect(Number.isInteger(m.slot) && m.slot >= 0 && m.slot < slots.length).toBe(true);
    for (const p of [b, s]) {
      expect(inside(p.available, m.slot)).toBe(true);
      const list = slotsOf.get(`${p.side}:${p.id}`) ?? [];
      expect(list.includes(m.slot)).toBe(false);
      list.push(m.slot);
      slotsOf.set(`${p.side}:${p.id}`, list);
    }
    const tables = tablesInSlot.get(m.slot) ?? new Set<number>();
    expect(tables.has(m.table)).toBe(false);
    expect(m.table >= 1 && m.table <= (input.tables ?? Infinity)).toBe(true);
    tables.add(m.table);
    tablesInSlot.set(m.slot, tables);
    const needs = b.languages?.length && s.languages?.length && !b.languages.some((l) => s.languages!.includes(l));
    if (!needs) expect(m.interpreterId).toBeUndefined();
    else {
      const x = interpreters.get(m.interpreterId ?? '');
      expect(x).toBeDefined();
      expect(
        b.languages!.some((l) => x!.languages.includes(l)) && s.languages!.some((l) => x!.languages.includes(l)),
      ).toBe(true);
      expect(inside(x!.available, m.slot)).toBe(true);
      expect(interpreting.has(`${x!.id}@${m.slot}`)).toBe(false);
      interpreting.add(`${x!.id}@${m.slot}`);
    }
  }
  // Slots in time order; back to back when the next starts less than a slot length after.
  const order = slots.map((_, k) => k).sort((a, b) => slots[a]!.start - slots[b]!.start);
  for (const [id, list] of slotsOf) {
    const p = parts.get(id)!;
    expect(list.length).toBeLessThanOrEqual(p.maxMeetings ?? slots.length);
    if (p.maxConsecutive === undefined) continue;
    let run = 0;
    let prev = -1;
    for (const s of order) {
      if (!list.includes(s)) {
        run = 0;
        prev = s;
        continue;
      }
      const joined =
        prev !== -1 &&
        list.includes(prev) &&
        slots[s]!.start - slots[prev]!.end <
          Math.min(slots[s]!.end - slots[s]!.start, slots[prev]!.end - slots[prev]!.start);
      run = joined ? run + 1 : 1;
      expect(run).toBeLessThanOrEqual(p.maxConsecutive);
      prev = s;
    }
  }
  const unscheduled = new Set<string>();
  for (const u of schedule.unscheduled) {
    const k = key(u.buyerId, u.supplierId);
    expect(met.has(k) || unscheduled.has(k)).toBe(false);
    expect(u.message.length).toBeGreaterThan(0);
    unscheduled.add(k);
  }
  for (const k of candidates) expect(met.has(k) || unscheduled.has(k)).toBe(true);
}
