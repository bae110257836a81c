/**
 * A small reference solver for meeting days: every assignment of each candidate pair to "no
 * meeting" or one slot, checked against every rule; the best (floor meetings, total score)
 * lexicographically. Only for tiny days ((slots + 1)^pairs assignments).
 */
import type { ScheduleInput } from '../../src/index.js';

export interface Best {
  floorMeetings: number;
  total: number;
}

/** `mustMeet`: pairs (`buyer|supplier`) every counted schedule includes (e.g. the required pairs that met). */
export function bestSchedule(input: ScheduleInput, mustMeet: ReadonlySet<string> = new Set()): Best {
  const slots = input.slots.map((s) => ({ start: Date.parse(s.start), end: Date.parse(s.end) }));
  const parts = new Map(input.participants.map((p) => [`${p.side}:${p.id}`, p]));
  const freeIn = (key: string, s: number) => {
    const p = parts.get(key)!;
    return (
      !p.available ||
      p.available.some((w) => Date.parse(w.start) <= slots[s]!.start && slots[s]!.end <= Date.parse(w.end))
    );
  };
  const quota = (key: string) => parts.get(key)!.maxMeetings ?? slots.length;
  const forbidden = new Set((input.forbidden ?? []).map((f) => `${f.buyerId}|${f.supplierId}`));
  const merged = new Map<string, number>();
  for (const c of input.candidates) {
    const k = `${c.buyerId}|${c.supplierId}`;
    merged.set(k, Math.max(merged.get(k) ?? -Infinity, c.score));
  }
  for (const k of mustMeet) if (!merged.has(k)) merged.set(k, 0);
  // Pairs that may meet: positive score (or must meet), not forbidden.
  const pairs = [...merged]
    .filter(([k, w]) => !forbidden.has(k) && (w > 0 || mustMeet.has(k)))
    .map(([k, w]) => {
      const [b, s] = k.split('|') as [string, string];
      return { key: k, buyer: `buyer:${b}`, supplier: `supplier:${s}`, supplierId: s, w };
    });
  const floor = input.minMeetingsPerSupplier ?? 0;
  const tables = input.tables ?? Infinity;
  let best: Best = { floorMeetings: -1, total: -Infinity };
  const choice = new Array<number>(pairs.length).fill(-1);
  const busy = new Set<string>();
  const used = new Map<string, number>();
  const inSlot = new Array<number>(slots.length).fill(0);
  const visit = (i: number): void => {
    if (i === pairs.length) {
      if (pairs.some((p, j) => mustMeet.has(p.key) && choice[j] === -1)) return;
      const perSupplier = new Map<string, number>();
      let total = 0;
      pairs.forEach((p, j) => {
        if (choice[j] === -1) return;
        total += p.w;
        perSupplier.set(p.supplierId, (perSupplier.get(p.supplierId) ?? 0) + 1);
      });
      let f = 0;
      for (const n of perSupplier.values()) f += Math.min(n, floor);
      if (f > best.floorMeetings || (f === best.floorMeetings && total > best.total + 1e-12))
        best = { floorMeetings: f, total };
      return;
    }
    const p = pairs[i]!;
    choice[i] = -1;
    visit(i + 1);
    if ((used.get(p.buyer) ?? 0) >= quota(p.buyer) || (used.get(p.supplier) ?? 0) >= quota(p.supplier)) return;
    for (let s = 0; s < slots.length; s++) {
      if (inSlot[s]! >= tables || busy.has(`${p.buyer}@${s}`) || busy.has(`${p.supplier}@${s}`)) continue;
      if (!freeIn(p.buyer, s) || !freeIn(p.supplier, s)) continue;
      choice[i] = s;
      busy.add(`${p.buyer}@${s}`).add(`${p.supplier}@${s}`);
      inSlot[s]!++;
      used.set(p.buyer, (used.get(p.buyer) ?? 0) + 1).set(p.supplier, (used.get(p.supplier) ?? 0) + 1);
      visit(i + 1);
      busy.delete(`${p.buyer}@${s}`);
      busy.delete(`${p.supplier}@${s}`);
      inSlot[s]!--;
      used.set(p.buyer, used.get(p.buyer)! - 1).set(p.supplier, used.get(p.supplier)! - 1);
      choice[i] = -1;
    }
  };
  visit(0);
  return best;
}
