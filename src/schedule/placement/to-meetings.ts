/** The placed items of a board → meetings with tables, in slot and table order. */
import { assignTables } from '../tables.js';
import type { Meeting } from '../types.js';
import type { Indexed } from '../validate.js';
import type { Board } from './board.js';

export function boardMeetings(idx: Indexed, board: Board): Meeting[] {
  const placed = board.items.filter((m) => m.slot !== -1);
  const position = new Array<number>(idx.slotCount);
  idx.order.forEach((s, k) => (position[s] = k));
  const tables = assignTables(
    placed.map((m) => ({
      supplierId: idx.ids[m.supplier]!,
      slot: m.slot,
      ...(m.locked && m.table > 0 ? { table: m.table } : {}),
    })),
    idx.slotCount,
    idx.tables,
    position,
  );
  const meetings = placed.map(
    (m, k): Meeting => ({
      buyerId: idx.ids[m.buyer]!,
      supplierId: idx.ids[m.supplier]!,
      slot: m.slot,
      table: tables[k]!,
      score: m.score,
      ...(m.interpreter !== -1 ? { interpreterId: idx.interpreters[m.interpreter]!.id } : {}),
    }),
  );
  return meetings.sort((a, b) => a.slot - b.slot || a.table - b.table);
}
