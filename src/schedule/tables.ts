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
  const taken = Array.from({ length: slotCount }, () => new Set<number>());
  const table = meetings.map((m) => m.table ?? 0);
  meetings.forEach((m, i) => {
    if (table[i]! > 0) taken[m.slot]!.add(table[i]!);
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
  const first = (list: number[]) => Math.min(...list.map((i) => position[meetings[i]!.slot]!));
  const suppliers = [...bySupplier.entries()].sort(
    ([a, x], [b, y]) =>
      Number(y.length > 1) - Number(x.length > 1) ||
      first(x) - first(y) ||
      y.length - x.length ||
      (a < b ? -1 : a > b ? 1 : 0),
  );
  const byPosition = new Array<number>(slotCount);
  position.forEach((k, s) => (byPosition[k] = s));
  const fits = (t: number, list: number[]) => list.every((i) => !taken[meetings[i]!.slot]!.has(t));
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
          if (k > 0 && taken[byPosition[k - 1]!]!.has(t)) n++;
          if (k + 1 < slotCount && taken[byPosition[k + 1]!]!.has(t)) n++;
        }
        if (n > touching) [home, touching] = [t, n];
        if (!taken.some((x) => x.has(t))) break; // an unused table: every later one is unused too
      }
    }
    if (home === undefined) continue;
    for (const i of list) {
      table[i] = home;
      taken[meetings[i]!.slot]!.add(home);
    }
  }
  meetings.forEach((m, i) => {
    if (table[i] !== 0) return;
    let t = 1;
    while (taken[m.slot]!.has(t)) t++;
    table[i] = t;
    taken[m.slot]!.add(t);
  });
  return table;
}
