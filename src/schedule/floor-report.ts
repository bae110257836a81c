/** Which suppliers ended below `minMeetingsPerSupplier`, and why. */

import { SCHEDULE_MESSAGES_EN, type ScheduleMessages } from './messages.js';
import type { FloorMiss, FloorMissReason, Meeting } from './types.js';
import type { Indexed } from './validate.js';

type Pair = Indexed['pairs'][number];

/**
 * One entry per supplier with fewer meetings than the floor, in id order. `optional` are the
 * pairs it could have met (the b-matching's choices and required pairs with a common slot),
 * `chosen` the pairs chosen (required ones included).
 */
export function explainFloorMissed(
  idx: Indexed,
  optional: readonly Pair[],
  meetings: readonly Meeting[],
  chosen: readonly Pair[],
  text: ScheduleMessages = SCHEDULE_MESSAGES_EN,
): FloorMiss[] {
  const met = new Map<string, number>();
  for (const m of meetings) met.set(m.supplierId, (met.get(m.supplierId) ?? 0) + 1);
  const picked = new Map<number, number>();
  for (const p of chosen) picked.set(p.supplier, (picked.get(p.supplier) ?? 0) + 1);
  // Candidates a supplier could meet: chosen ones (required included) and optional ones with a buyer who meets at all.
  const usable = new Map<number, number>(picked);
  const chosenKeys = new Set(chosen.map((p) => p.buyer * idx.ids.length + p.supplier));
  for (const p of optional) {
    if (idx.capacity[p.buyer]! > 0 && !chosenKeys.has(p.buyer * idx.ids.length + p.supplier))
      usable.set(p.supplier, (usable.get(p.supplier) ?? 0) + 1);
  }
  const out: FloorMiss[] = [];
  idx.ids.forEach((id, s) => {
    if (idx.side[s] !== 'supplier') return;
    const meetingCount = met.get(id) ?? 0;
    if (meetingCount >= idx.floor) return;
    let reason: FloorMissReason;
    if (idx.capacity[s]! < idx.floor) reason = 'quota';
    else if ((picked.get(s) ?? 0) > meetingCount) reason = 'slots-full';
    else if ((usable.get(s) ?? 0) < idx.floor) reason = 'candidates';
    else reason = 'competition';
    out.push({
      supplierId: id,
      meetings: meetingCount,
      floor: idx.floor,
      reason,
      message: text.floor[reason](meetingCount, idx.floor),
    });
  });
  return out.sort((a, b) => (a.supplierId < b.supplierId ? -1 : a.supplierId > b.supplierId ? 1 : 0));
}
