/**
 * Table numbers. Each exhibitor gets one home table for all its meetings whenever the tables
 * allow, so it stays at its booth table and buyers walk. Exhibitors with several meetings are
 * seated first, in order of their first meeting, each at the lowest table free in all its
 * slots (by start: first fit is optimal when everyone's meetings are consecutive, as after
 * compaction; with gaps the best fit below seats more). Tables kept from a previous schedule
 * stay, and the exhibitor keeps that table as home where it can. The rest take the lowest free table of their slot.
 */
export function assignTables(
  meetings: readonly { supplierId: string; slot: number; table?: number }[],
  slotCount: number,
  tables: number,
  position: readonly number[] = Array.from({ length: slotCount }, (_, s) => s),
): number[] {
  // taken[slot * width + t]: table t is in use in the slot (typed arrays: a fair has thousands of tables).
  const table = meetings.map((m) => m.table ?? 0);
  const width = Math.min(tables, meetings.length) + table.reduce((a, b) => Math.max(a, b), 0) + 2;
  const taken = new Uint8Array(slotCount * width);
  const used = new Uint8Array(width);
  const take = (slot: number, t: number) => {
    taken[slot * width + t] = 1;
    used[t] = 1;
  };
  const isTaken = (slot: number, t: number) => taken[slot * width + t] === 1;
  meetings.forEach((m, i) => {
    if (table[i]! > 0) take(m.slot, table[i]!);
  });
  const bySupplier = new Map<string, number[]>();
  meetings.forEach((m, i) => {
    if (table[i]! > 0) return;
    const list = bySupplier.get(m.supplierId);
    if (list) list.push(i);
    else bySupplier.set(m.supplierId, [i]);
  });
  const kept = new Map<string, number>();
  meetings.forEach((m, i) => {
    if (table[i]! > 0 && !kept.has(m.supplierId)) kept.set(m.supplierId, table[i]!);
  });
  const firstOf = new Map<string, number>();
  for (const [supplier, list] of bySupplier)
    firstOf.set(supplier, Math.min(...list.map((i) => position[meetings[i]!.slot]!)));
  const suppliers = [...bySupplier.entries()].sort(
    ([a, x], [b, y]) =>
      Number(y.length > 1) - Number(x.length > 1) ||
      firstOf.get(a)! - firstOf.get(b)! ||
      y.length - x.length ||
      (a < b ? -1 : a > b ? 1 : 0),
  );
  const byPosition = new Array<number>(slotCount);
  position.forEach((k, s) => (byPosition[k] = s));
  const fits = (t: number, list: number[]) => {
    for (const i of list) if (isTaken(meetings[i]!.slot, t)) return false;
    return true;
  };
  for (const [supplier, list] of suppliers) {
    let home = kept.get(supplier);
    if (home === undefined || !fits(home, list)) {
      // Best fit: of the tables free in all its slots, the one whose other sittings touch
      // this exhibitor's slots most, so the free stretches left stay long.
      home = undefined;
      let touching = -1;
      for (let t = 1; t <= Math.min(tables, meetings.length); t++) {
        if (!fits(t, list)) continue;
        let n = 0;
        for (const i of list) {
          const s = meetings[i]!.slot;
          const k = position[s]!;
          if (k > 0 && isTaken(byPosition[k - 1]!, t)) n++;
          if (k + 1 < slotCount && isTaken(byPosition[k + 1]!, t)) n++;
        }
        if (n > touching) [home, touching] = [t, n];
        if (used[t] === 0) break; // an unused table: every later one is unused too
      }
    }
    if (home === undefined) continue;
    for (const i of list) {
      table[i] = home;
      take(meetings[i]!.slot, home);
    }
  }
  meetings.forEach((m, i) => {
    if (table[i] !== 0) return;
    let t = 1;
    while (isTaken(m.slot, t)) t++;
    table[i] = t;
    take(m.slot, t);
  });
  return table;
}
