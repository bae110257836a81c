/**
 * The exact optimum over (pair, slot) of a small meeting day: the highest total score of any
 * valid schedule (availability, quotas, tables, no double booking). Dynamic programming over
 * slots in index order; the state is the set of pairs already met (≤ 12 pairs).
 */
import type { ScheduleInput } from '../../src/index.js';

export function exactOptimum(input: ScheduleInput): number {
  const slots = input.slots.map((s) => ({ start: Date.parse(s.start), end: Date.parse(s.end) }));
  const people = new Map(input.participants.map((p) => [`${p.side}:${p.id}`, p]));
  const free = (side: string, id: string, s: number) => {
    const w = people.get(`${side}:${id}`)!.available;
    return !w || w.some((x) => Date.parse(x.start) <= slots[s]!.start && slots[s]!.end <= Date.parse(x.end));
  };
  const forbidden = new Set((input.forbidden ?? []).map((f) => `${f.buyerId}|${f.supplierId}`));
  const best = new Map<string, { b: string; s: string; w: number }>();
  for (const c of input.candidates) {
    const k = `${c.buyerId}|${c.supplierId}`;
    if (c.score > 0 && !forbidden.has(k) && (!best.has(k) || best.get(k)!.w < c.score))
      best.set(k, { b: c.buyerId, s: c.supplierId, w: c.score });
  }
  const edges = [...best.values()];
  if (edges.length > 12) throw new RangeError('too many pairs for the exact reference');
  const cap = (side: string, id: string) => people.get(`${side}:${id}`)!.maxMeetings ?? slots.length;
  const tables = input.tables ?? Infinity;
  const memo = new Map<number, number>();
  const count = (mask: number, side: 'b' | 's', id: string) =>
    edges.reduce((n, e, i) => n + (mask & (1 << i) && e[side] === id ? 1 : 0), 0);
  const solve = (slot: number, mask: number): number => {
    if (slot === slots.length) return 0;
    const key = slot * 4096 + mask;
    if (memo.has(key)) return memo.get(key)!;
    let top = 0;
    // Every matching of this slot among the pairs not met yet.
    const pick = (i: number, chosen: number, busy: Set<string>, size: number, gain: number): void => {
      if (i === edges.length) {
        top = Math.max(top, gain + solve(slot + 1, mask | chosen));
        return;
      }
      pick(i + 1, chosen, busy, size, gain);
      const e = edges[i]!;
      if (mask & (1 << i) || size >= tables || busy.has(`b:${e.b}`) || busy.has(`s:${e.s}`)) return;
      if (!free('buyer', e.b, slot) || !free('supplier', e.s, slot)) return;
      const next = mask | chosen | (1 << i);
      if (count(next, 'b', e.b) > cap('buyer', e.b) || count(next, 's', e.s) > cap('supplier', e.s)) return;
      pick(i + 1, chosen | (1 << i), new Set(busy).add(`b:${e.b}`).add(`s:${e.s}`), size + 1, gain + e.w);
    };
    pick(0, 0, new Set(), 0, 0);
    memo.set(key, top);
    return top;
  };
  return solve(0, 0);
}
