/**
 * Table numbers. Each supplier gets a home table (suppliers with meetings in id order: 1, 2,
 * …) and keeps it in every slot when the tables allow, so an exhibitor stays at its booth
 * table and buyers walk; the rest take the lowest free table of their slot.
 */
export function assignTables(
  meetings: readonly { supplierId: string; slot: number }[],
  slotCount: number,
  tables: number,
): number[] {
  const suppliers = [...new Set(meetings.map((m) => m.supplierId))].sort();
  const home = new Map(suppliers.map((s, i) => [s, i + 1]));
  const taken = Array.from({ length: slotCount }, () => new Set<number>());
  const table = new Array<number>(meetings.length).fill(0);
  meetings.forEach((m, i) => {
    const h = home.get(m.supplierId)!;
    if (h <= tables && !taken[m.slot]!.has(h)) {
      table[i] = h;
      taken[m.slot]!.add(h);
    }
  });
  meetings.forEach((m, i) => {
    if (table[i] !== 0) return;
    let t = 1;
    while (taken[m.slot]!.has(t)) t++;
    table[i] = t;
    taken[m.slot]!.add(t);
  });
  return table;
}
