/**
 * `scheduleMeetings`: mutual pairs → one-to-one meetings in slots at tables.
 *
 * 1. Required pairs are reserved first; forbidden pairs never meet.
 * 2. The other pairs are chosen by an exact maximum-weight b-matching (each participant's
 *    quota is min(maxMeetings, slots it is free in), at most tables × slots pairs in all);
 *    with `minMeetingsPerSupplier` it first maximises the floor meetings Σ min(meetings,
 *    floor) over suppliers, then the score (b-matching.ts, one network-simplex flow).
 * 3. Slots (placement/place.ts): an exact equitable edge colouring when everyone is free in
 *    every slot, else placement with repair; when every chosen pair is placed the schedule is
 *    optimal (the b-matching bounds every schedule), otherwise it is never worse than a plain
 *    greedy schedule and ejection lets better pairs in; then compaction of idle gaps (same
 *    meetings, same score).
 * 4. Tables: exhibitors keep a home table when they can (tables.ts).
 * Every candidate pair that does not meet is reported in `unscheduled` with a reason.
 */

import { issue, ValidationError } from '../model/validation-error.js';
import { maxWeightBMatching } from './b-matching.js';
import { explainFloorMissed } from './floor-report.js';
import { messagesFor, SCHEDULE_MESSAGES_EN, type ScheduleMessages, type ScheduleOptions } from './messages.js';
import { interpreterReachable, interpretersFor } from './placement/interpreters.js';
import { placeMeetings } from './placement/place.js';
import { boardMeetings } from './placement/to-meetings.js';
import type { Meeting, Schedule, ScheduleInput, Unscheduled, UnscheduledReason } from './types.js';
import { type Indexed, pairKey, participantKey, validateScheduleInput } from './validate.js';

type Pair = Indexed['pairs'][number];

/**
 * Turns scored candidate pairs into a meeting schedule.
 * @throws {ValidationError} naming the field of any bad input.
 * @example
 * const schedule = scheduleMeetings({
 *   slots: makeSlots({ date: '2026-11-23', timeZone: 'Asia/Shanghai', start: '09:00', minutes: 20, count: 16 }),
 *   tables: 60,
 *   participants: [{ id: 'B1', side: 'buyer', maxMeetings: 6 }, { id: 'S1', side: 'supplier' }],
 *   candidates: engine.meetingCandidates(buyers),
 * });
 * scheduleMeetings(input, { messages: SCHEDULE_MESSAGES_ZH }); // the same schedule, messages in Chinese (cuohe/day)
 */
export function scheduleMeetings(input: ScheduleInput, options?: ScheduleOptions): Schedule {
  const idx = validateScheduleInput(input);
  const text = messagesFor(options);
  const keyOf = (p: Pair) => pairKey(idx.ids[p.buyer]!, idx.ids[p.supplier]!);
  const conflicting = [...idx.required].filter((k) => idx.forbidden.has(k));
  if (conflicting.length) {
    throw new ValidationError(
      conflicting.map((k) =>
        issue(['conflict'], 'required', `pair ${k.replace('\u0000', ' / ')} is both required and forbidden`),
      ),
    );
  }
  const byRank = (a: Pair, b: Pair) =>
    b.score - a.score || cmp(idx.ids[a.buyer]!, idx.ids[b.buyer]!) || cmp(idx.ids[a.supplier]!, idx.ids[b.supplier]!);
  const open = idx.pairs.filter((p) => !idx.forbidden.has(keyOf(p)));
  const required = open.filter((p) => idx.required.has(keyOf(p))).sort(byRank);
  const optional = open.filter((p) => !idx.required.has(keyOf(p)) && p.score > 0 && hasCommonSlot(idx, p)).sort(byRank);

  // 1. Reserve required pairs within quotas.
  const left = [...idx.capacity];
  const reserved = required.filter((p) => {
    if (left[p.buyer]! <= 0 || left[p.supplier]! <= 0 || !hasCommonSlot(idx, p)) return false;
    left[p.buyer]!--;
    left[p.supplier]!--;
    return true;
  });

  // 2. Select the other pairs.
  // At most tables × slots meetings fit; choosing more would only leave pairs unplaced.
  const selected = select(idx, optional, left, idx.tables * idx.slotCount - reserved.length, reserved);

  // 3–4. Place them: slots, then tables.
  const chosen = [...reserved.map((p) => ({ ...p, required: true })), ...selected];
  const meetings = boardMeetings(idx, placeMeetings(idx, chosen, optional));
  const schedule: Schedule = { meetings, unscheduled: explainUnscheduled(idx, meetings, text) };
  if (idx.floor > 0) {
    // Required pairs that could not be reserved still count as candidates the supplier had.
    const candidates = [...optional, ...required.filter((p) => hasCommonSlot(idx, p))];
    schedule.floorMissed = explainFloorMissed(idx, candidates, meetings, [...reserved, ...selected], text);
  }
  return schedule;
}

/** The exact pair choice; `reserved` (required) pairs count towards their supplier's floor. */
export function select(
  idx: Indexed,
  pairs: Pair[],
  left: number[],
  maxTotal: number,
  reserved: readonly Pair[] = [],
): Pair[] {
  const edges = pairs.map((p) => ({ buyer: p.buyer, supplier: p.supplier, score: p.score }));
  if (idx.floor === 0) return maxWeightBMatching(idx.ids.length, left, edges, maxTotal).map((i) => pairs[i]!);
  // Required meetings count towards a supplier's floor.
  const floor = idx.side.map((side) => (side === 'supplier' ? idx.floor : 0));
  for (const p of reserved) floor[p.supplier] = Math.max(0, floor[p.supplier]! - 1);
  return maxWeightBMatching(idx.ids.length, left, edges, maxTotal, floor).map((i) => pairs[i]!);
}

export function explainUnscheduled(
  idx: Indexed,
  meetings: Meeting[],
  text: ScheduleMessages = SCHEDULE_MESSAGES_EN,
): Unscheduled[] {
  // By participant index (typed arrays, not string keys: this runs over every candidate pair).
  const n = idx.ids.length;
  const indexOf = new Map(idx.ids.map((id, q) => [participantKey(idx.side[q]!, id), q]));
  const met = new Set<number>();
  const count = new Int32Array(n);
  const busy = new Uint8Array(n * idx.slotCount);
  for (const m of meetings) {
    const b = indexOf.get(participantKey('buyer', m.buyerId));
    const s = indexOf.get(participantKey('supplier', m.supplierId));
    if (b === undefined || s === undefined) continue;
    met.add(b * n + s);
    count[b]!++;
    count[s]!++;
    busy[b * idx.slotCount + m.slot] = 1;
    busy[s * idx.slotCount + m.slot] = 1;
  }
  const out: Unscheduled[] = [];
  for (const p of idx.pairs) {
    const buyerId = idx.ids[p.buyer]!;
    const supplierId = idx.ids[p.supplier]!;
    if (met.has(p.buyer * n + p.supplier)) continue;
    const key = pairKey(buyerId, supplierId);
    const full = [p.buyer, p.supplier].filter((q) => count[q]! >= idx.capacity[q]!).map((q) => idx.ids[q]!);
    let reason: UnscheduledReason;
    let message: string;
    if (idx.forbidden.has(key)) [reason, message] = ['forbidden', text.forbidden];
    else if (!hasCommonSlot(idx, p))
      [reason, message] = [idx.required.has(key) ? 'required-infeasible' : 'no-common-slot', text.neverFree];
    else if (lacksInterpreter(idx, p, null)) [reason, message] = ['no-interpreter', text.noInterpreter];
    else if (idx.required.has(key))
      [reason, message] = [
        'required-infeasible',
        full.length ? text.requiredFull(text.and(full)) : text.requiredNoSlot,
      ];
    else if (p.score <= 0) [reason, message] = ['no-gain', text.noGain(p.score)];
    else if (full.length) [reason, message] = ['capacity', text.capacity(text.and(full))];
    else if (lacksInterpreter(idx, p, busy)) [reason, message] = ['no-interpreter', text.interpreterBusy];
    else [reason, message] = ['slots-full', text.slotsFull];
    out.push({ buyerId, supplierId, reason, message, score: p.score });
  }
  return out;
}

/**
 * A pair that needs an interpreter misses one when none is ever free in a common slot, or
 * when a slot had both parties idle and a table open but every interpreter for it busy.
 */
function lacksInterpreter(idx: Indexed, p: Pair, busy: Uint8Array | null): boolean {
  const needs = interpretersFor(idx, p.buyer, p.supplier);
  if (!needs) return false;
  if (!interpreterReachable(idx, p.buyer, p.supplier, needs)) return true;
  if (!busy) return false;
  for (let s = 0; s < idx.slotCount; s++) {
    if (idx.free[p.buyer]![s] !== 1 || idx.free[p.supplier]![s] !== 1) continue;
    if (busy[p.buyer * idx.slotCount + s] === 0 && busy[p.supplier * idx.slotCount + s] === 0) return true;
  }
  return false;
}

export function hasCommonSlot(idx: Indexed, p: Pair): boolean {
  const a = idx.free[p.buyer]!;
  const b = idx.free[p.supplier]!;
  for (let s = 0; s < idx.slotCount; s++) if (a[s] === 1 && b[s] === 1) return true;
  return false;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
