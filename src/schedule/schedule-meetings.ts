/**
 * `scheduleMeetings`: mutual pairs → one-to-one meetings in slots at tables.
 *
 * 1. Required pairs are reserved first; forbidden pairs never meet.
 * 2. The other pairs are chosen by an exact maximum-weight b-matching (each participant's
 *    quota is min(maxMeetings, slots it is free in), at most tables × slots pairs in all);
 *    with `minMeetingsPerSupplier` it first maximises the floor meetings Σ min(meetings,
 *    floor) over suppliers, then the score (b-matching.ts, one network-simplex flow).
 * 3. Slots: when everyone is free in every slot and tables are unlimited, an exact König edge
 *    colouring gives every chosen pair a slot. Otherwise pairs are placed best first into the
 *    earliest common open slot, with one repair move when blocked. When every chosen pair is
 *    placed the schedule is optimal (the b-matching bounds every schedule), so nothing else is
 *    tried; otherwise leftover quota is filled greedily, and the result is never worse than a
 *    plain greedy schedule (both are built and the better is kept: floor meetings first when
 *    there is a floor, then the total).
 * 4. Tables: suppliers keep a home table when they can (tables.ts).
 * Every candidate pair that does not meet is reported in `unscheduled` with a reason.
 */
import { maxWeightBMatching } from './b-matching.js';
import { colourBipartite } from './edge-colouring.js';
import { SlotBoard, type Placed } from './slot-board.js';
import { assignTables } from './tables.js';
import { pairKey, participantKey, validateScheduleInput, type Indexed } from './validate.js';
import { explainFloorMissed } from './floor-report.js';
import type { Meeting, Schedule, ScheduleInput, Unscheduled, UnscheduledReason } from './types.js';
import { ValidationError } from '../model/validation-error.js';

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
 */
export function scheduleMeetings(input: ScheduleInput): Schedule {
  const idx = validateScheduleInput(input);
  const keyOf = (p: Pair) => pairKey(idx.ids[p.buyer]!, idx.ids[p.supplier]!);
  const conflicting = [...idx.required].filter((k) => idx.forbidden.has(k));
  if (conflicting.length) {
    throw new ValidationError(conflicting.map((k) => ({ path: ['required'], message: `pair ${k.replace('\u0000', ' / ')} is both required and forbidden` })));
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

  // 3. Place them.
  let placed: Placed[];
  if (idx.everyoneAlwaysFree && idx.tables === Infinity) {
    const chosen = [...reserved, ...selected];
    const colours = colourBipartite(idx.ids.length, idx.slotCount, chosen.map((p) => ({ u: p.buyer, v: p.supplier })));
    placed = chosen.map((p, i) => ({ buyer: p.buyer, supplier: p.supplier, score: p.score, slot: colours[i]! }));
  } else {
    const plan = board(idx, [...reserved, ...selected]);
    if (plan.placed.length === reserved.length + selected.length) {
      // Every chosen pair has a slot: the (lexicographic) b-matching optimum bounds any
      // schedule with these required pairs, so a fill or a greedy board cannot do better.
      placed = plan.placed;
    } else {
      const planned = fill(idx, plan, optional).placed;
      const greedy = fill(idx, board(idx, reserved), optional).placed;
      placed = better(idx, greedy, planned) ? greedy : planned;
    }
  }

  // 4. Tables, meetings in slot/table order.
  const meetings: Meeting[] = placed.map((m) => ({ buyerId: idx.ids[m.buyer]!, supplierId: idx.ids[m.supplier]!, slot: m.slot, table: 0, score: m.score }));
  const tables = assignTables(meetings, idx.slotCount, idx.tables);
  meetings.forEach((m, i) => (m.table = tables[i]!));
  meetings.sort((a, b) => a.slot - b.slot || a.table - b.table);

  const schedule: Schedule = { meetings, unscheduled: explainUnscheduled(idx, meetings) };
  if (idx.floor > 0) {
    // Required pairs that could not be reserved still count as candidates the supplier had.
    const candidates = [...optional, ...required.filter((p) => hasCommonSlot(idx, p))];
    schedule.floorMissed = explainFloorMissed(idx, candidates, meetings, [...reserved, ...selected]);
  }
  return schedule;
}

function select(idx: Indexed, pairs: Pair[], left: number[], maxTotal: number, reserved: Pair[]): Pair[] {
  const edges = pairs.map((p) => ({ buyer: p.buyer, supplier: p.supplier, score: p.score }));
  if (idx.floor === 0) return maxWeightBMatching(idx.ids.length, left, edges, maxTotal).map((i) => pairs[i]!);
  // Required meetings count towards a supplier's floor.
  const floor = idx.side.map((side) => (side === 'supplier' ? idx.floor : 0));
  for (const p of reserved) floor[p.supplier] = Math.max(0, floor[p.supplier]! - 1);
  return maxWeightBMatching(idx.ids.length, left, edges, maxTotal, floor).map((i) => pairs[i]!);
}

/** Whether schedule `a` beats `b`: more floor meetings first (when there is a floor), then a higher total. */
function better(idx: Indexed, a: readonly Placed[], b: readonly Placed[]): boolean {
  if (idx.floor > 0) {
    const fa = floorMeetings(idx, a);
    const fb = floorMeetings(idx, b);
    if (fa !== fb) return fa > fb;
  }
  return total(a) > total(b) + 1e-12;
}

/** Σ over suppliers of min(meetings, floor). */
function floorMeetings(idx: Indexed, placed: readonly Placed[]): number {
  const count = new Map<number, number>();
  for (const m of placed) count.set(m.supplier, (count.get(m.supplier) ?? 0) + 1);
  let sum = 0;
  for (const n of count.values()) sum += Math.min(n, idx.floor);
  return sum;
}

/** A board with `pairs` placed in order (best first within each group). */
function board(idx: Indexed, pairs: Pair[]): SlotBoard {
  const b = new SlotBoard(idx);
  for (const p of pairs) b.place(p.buyer, p.supplier, p.score);
  return b;
}

/** Adds further candidates, best first, while both parties have quota and a slot is open. */
function fill(idx: Indexed, b: SlotBoard, candidates: Pair[]): SlotBoard {
  const met = new Set(b.placed.map((m) => `${m.buyer}|${m.supplier}`));
  const used = new Array<number>(idx.ids.length).fill(0);
  for (const m of b.placed) {
    used[m.buyer]!++;
    used[m.supplier]!++;
  }
  for (const p of candidates) {
    if (met.has(`${p.buyer}|${p.supplier}`)) continue;
    if (used[p.buyer]! >= idx.capacity[p.buyer]! || used[p.supplier]! >= idx.capacity[p.supplier]!) continue;
    if (b.place(p.buyer, p.supplier, p.score)) {
      used[p.buyer]!++;
      used[p.supplier]!++;
      met.add(`${p.buyer}|${p.supplier}`);
    }
  }
  return b;
}

function explainUnscheduled(idx: Indexed, meetings: Meeting[]): Unscheduled[] {
  const met = new Set(meetings.map((m) => pairKey(m.buyerId, m.supplierId)));
  const count = new Map<string, number>();
  const add = (key: string) => count.set(key, (count.get(key) ?? 0) + 1);
  for (const m of meetings) {
    add(participantKey('buyer', m.buyerId));
    add(participantKey('supplier', m.supplierId));
  }
  const out: Unscheduled[] = [];
  for (const p of idx.pairs) {
    const buyerId = idx.ids[p.buyer]!;
    const supplierId = idx.ids[p.supplier]!;
    const key = pairKey(buyerId, supplierId);
    if (met.has(key)) continue;
    const full = [p.buyer, p.supplier].filter((q) => (count.get(participantKey(idx.side[q]!, idx.ids[q]!)) ?? 0) >= idx.capacity[q]!).map((q) => idx.ids[q]!);
    let reason: UnscheduledReason;
    let message: string;
    if (idx.forbidden.has(key)) [reason, message] = ['forbidden', 'the pair is forbidden'];
    else if (!hasCommonSlot(idx, p)) [reason, message] = [idx.required.has(key) ? 'required-infeasible' : 'no-common-slot', 'the two are never free in the same slot'];
    else if (idx.required.has(key)) [reason, message] = ['required-infeasible', full.length ? `required, but ${full.join(' and ')} reached the meeting limit` : 'required, but no common slot was left open'];
    else if (p.score <= 0) [reason, message] = ['no-gain', `score ${p.score} adds nothing`];
    else if (full.length) [reason, message] = ['capacity', `${full.join(' and ')} reached the meeting limit with better-scoring pairs`];
    else [reason, message] = ['slots-full', 'every slot both are free in is taken (other meetings or all tables busy)'];
    out.push({ buyerId, supplierId, reason, message, score: p.score });
  }
  return out;
}

function hasCommonSlot(idx: Indexed, p: Pair): boolean {
  const a = idx.free[p.buyer]!;
  const b = idx.free[p.supplier]!;
  for (let s = 0; s < idx.slotCount; s++) if (a[s] === 1 && b[s] === 1) return true;
  return false;
}

function total(placed: readonly Placed[]): number {
  return placed.reduce((sum, m) => sum + m.score, 0);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
