/**
 * Compaction: the same meetings, re-slotted so that people wait less. A participant's cost is
 * the number of slots they are free in but idle between their first and last meeting, plus
 * one for every meeting outside their `preferred` windows. Moves are Kempe-chain swaps
 * between two slots (a single move when the chain is one meeting); each is checked against
 * every rule by the board and kept only when the total cost falls, so the set of meetings,
 * and with it the score, never changes.
 */
import type { Board } from './board.js';

/**
 * Cost of one participant on the board (idle slots in their span + meetings outside preferred
 * windows); with `spread`, plus a tiny tie-breaker. With slots `a` and `b`, the cost as if the
 * participant's meetings in those two slots were swapped (how a Kempe-chain move is priced
 * without making it); with `plus`, as if the participant also met in that slot. One pass over
 * the slots in time order.
 */
export function participantCost(board: Board, p: number, spread = false, a = -1, b = -1, plus = -1): number {
  const { order, preferred } = board.idx;
  const free = board.idx.free[p]!;
  const liked = preferred[p];
  let count = 0;
  let sum = 0;
  let sumSq = 0;
  let outside = 0;
  let idle = 0;
  let gap = 0;
  for (let k = 0; k < order.length; k++) {
    const s = order[k]!;
    if (s !== plus && board.at(p, s === a ? b : s === b ? a : s) === -1) {
      if (count > 0 && free[s] === 1) gap++;
      continue;
    }
    idle += gap;
    gap = 0;
    count++;
    sum += k;
    sumSq += k * k;
    if (liked && liked[s] !== 1) outside++;
  }
  if (board.idx.side[p] === 'supplier') idle *= SUPPLIER_WAIT;
  if (!spread || count < 2) return idle + outside;
  // Tie-breaker: how far the meetings lie from their mean position (Σ (k − mean)²). Lowering
  // it pulls a participant's meetings together, which lets the search cross plateaus of equal idle time.
  return idle + outside + SPREAD * (sumSq - (sum * sum) / count);
}

/** Small enough that the tie-breaker of a whole chain's participants stays below one idle slot. */
const SPREAD = 1e-7;
/** An exhibitor's idle slot counts 1.5: it also holds a table that another exhibitor could use. */
const SUPPLIER_WAIT = 1.5;

const MAX_CHAIN = 64;
const EPS = 1e-12;
/** Chains looked at per compensation search (single moves are always tried). */
const COMPENSATION_CHAINS = 24;
/** Meetings looked at per compensation search. */
const COMPENSATION_LOOKS = 64;

/**
 * Scratch space of one compaction: marks by epoch instead of Sets, each participant's current
 * cost, and which moves were found not to help. Hand-written typed arrays: compaction is the
 * hot loop of the meeting day.
 */
class Scratch {
  private epoch = 0;
  private readonly itemMark: Int32Array;
  private readonly personMark: Int32Array;
  /** Raised on every kept move; `changedAt[p]`: when p's meetings last changed. */
  private clock = 1;
  private readonly changedAt: Int32Array;
  /** When a move of item i to slot t was last found not to help (0: never), and whom it involved. */
  private readonly rejectedAt: Int32Array;
  private readonly rejectedPeople: (readonly number[] | null)[];
  /** The rejection came from a failed compensation: it also holds while the two slots keep their meetings. */
  private readonly rejectedWithSlots: Uint8Array;
  private readonly slotChangedAt: Int32Array;
  private readonly costOf: Float64Array;
  private readonly costKnown: Uint8Array;

  constructor(
    private readonly board: Board,
    private readonly slots: number,
  ) {
    const items = board.items.length;
    const people = board.idx.ids.length;
    this.itemMark = new Int32Array(items);
    this.personMark = new Int32Array(people);
    this.changedAt = new Int32Array(people);
    this.rejectedAt = new Int32Array(items * slots);
    this.rejectedPeople = new Array<readonly number[] | null>(items * slots).fill(null);
    this.rejectedWithSlots = new Uint8Array(items * slots);
    this.slotChangedAt = new Int32Array(slots);
    this.costOf = new Float64Array(people);
    this.costKnown = new Uint8Array(people);
  }

  next(): void {
    this.epoch++;
  }
  seeItem(j: number): boolean {
    if (this.itemMark[j] === this.epoch) return false;
    this.itemMark[j] = this.epoch;
    return true;
  }
  seePerson(p: number): boolean {
    if (this.personMark[p] === this.epoch) return false;
    this.personMark[p] = this.epoch;
    return true;
  }
  /** The people's meetings in slots a and t were swapped for good. */
  touched(people: readonly number[], a: number, t: number): void {
    this.clock++;
    this.slotChangedAt[a] = this.clock;
    this.slotChangedAt[t] = this.clock;
    for (const p of people) {
      this.changedAt[p] = this.clock;
      this.costKnown[p] = 0;
    }
  }
  /** Cost change of the people if their meetings in slots a and t were swapped. */
  delta(people: readonly number[], a: number, t: number): number {
    let d = 0;
    for (const p of people) {
      if (this.costKnown[p] === 0) {
        this.costOf[p] = participantCost(this.board, p, true);
        this.costKnown[p] = 1;
      }
      d += participantCost(this.board, p, true, a, t) - this.costOf[p]!;
    }
    return d;
  }
  /** Nothing about the move of i to t changed since it was last rejected: it would be rejected again. */
  stillRejected(i: number, t: number): boolean {
    const k = i * this.slots + t;
    const at = this.rejectedAt[k]!;
    if (at === 0) return false;
    if (this.rejectedWithSlots[k] === 1) {
      const a = this.board.items[i]!.slot;
      if (this.slotChangedAt[a]! >= at || this.slotChangedAt[t]! >= at) return false;
    }
    for (const p of this.rejectedPeople[k]!) if (this.changedAt[p]! >= at) return false;
    return true;
  }
  reject(i: number, t: number, people: readonly number[], withSlots = false): void {
    const k = i * this.slots + t;
    this.rejectedAt[k] = this.clock;
    this.rejectedWithSlots[k] = withSlots ? 1 : 0;
    this.rejectedPeople[k] = people;
  }
}

/** A Kempe chain and the participants it touches. */
interface Chain {
  items: number[];
  people: number[];
  /** Some meeting of the chain needs an interpreter (whose availability depends on other meetings). */
  interpreted: boolean;
}

/**
 * The meetings in slots a and t connected to item i through shared participants (a Kempe
 * chain); null when too long, when it holds a locked meeting, or when one of its meetings
 * could not take the other slot (a party not free there).
 */
function chain(board: Board, scratch: Scratch, i: number, a: number, t: number): Chain | null {
  const { free } = board.idx;
  scratch.next();
  scratch.seeItem(i);
  const first = board.items[i]!;
  const items = [i];
  const people = [first.buyer, first.supplier];
  scratch.seePerson(first.buyer);
  scratch.seePerson(first.supplier);
  let interpreted = first.needs !== null;
  for (let head = 0; head < people.length; head++) {
    const p = people[head]!;
    for (let side = 0; side < 2; side++) {
      const j = board.at(p, side === 0 ? a : t);
      if (j === -1 || !scratch.seeItem(j)) continue;
      const m = board.items[j]!;
      if (m.locked || items.length >= MAX_CHAIN) return null;
      const to = m.slot === a ? t : a;
      if (free[m.buyer]![to] !== 1 || free[m.supplier]![to] !== 1) return null;
      items.push(j);
      if (m.needs !== null) interpreted = true;
      if (scratch.seePerson(m.buyer)) people.push(m.buyer);
      if (scratch.seePerson(m.supplier)) people.push(m.supplier);
    }
  }
  return { items, people, interpreted };
}

/** Swaps slots a and t for the chain; false (rolled back by the caller) when a rule forbids it. */
function swap(board: Board, items: readonly number[], a: number, t: number): boolean {
  const target = items.map((j) => (board.items[j]!.slot === a ? t : a));
  for (const j of items) board.remove(j);
  return items.every((j, k) => board.put(j, target[k]!));
}

/**
 * Re-slots unlocked meetings to lower the summed participant cost; stops when a full pass
 * finds no improving move (or after `maxPasses`). Deterministic: items and slots in index order.
 * Each move is priced first without touching the board (a Kempe chain swaps the two slots
 * for each of its participants), and only a move that lowers the cost is made, checked
 * against every rule by the board. When every table of the target slot is taken, a chain
 * that adds one meeting there is paired with a second chain (of other participants) that
 * takes one meeting back, and the two are kept only together. A move found not to help is
 * not priced again until one of its participants has had a meeting moved (it could not differ).
 * Six passes: on the 3,000-participant benchmark day later passes moved a few meetings at most
 * (idle mean 0.55 after up to 40 passes, 0.56 after 6) for a third of the time.
 */
export function compact(board: Board, maxPasses = 6): void {
  const { tables } = board.idx;
  const scratch = new Scratch(board, board.slots);
  for (let pass = 0; pass < maxPasses; pass++) {
    let improved = false;
    for (let i = 0; i < board.items.length; i++) {
      const m = board.items[i]!;
      if (m.slot === -1 || m.locked) continue;
      for (const t of board.idx.order) {
        const a = m.slot;
        if (t === a || board.idx.free[m.buyer]![t] !== 1 || board.idx.free[m.supplier]![t] !== 1) continue;
        if (scratch.stillRejected(i, t)) continue;
        const found = chain(board, scratch, i, a, t);
        if (!found) continue;
        const { items, people } = found;
        const delta = scratch.delta(people, a, t);
        if (delta >= -EPS) {
          if (!found.interpreted) scratch.reject(i, t, people);
          continue;
        }
        const mark = board.mark();
        board.relaxTables = true;
        const ok = swap(board, items, a, t);
        board.relaxTables = false;
        // The chain may leave one of the two slots a meeting over its tables.
        const over = board.inSlot[t]! > tables ? t : board.inSlot[a]! > tables ? a : -1;
        if (ok && over === -1) {
          scratch.touched(people, a, t);
          improved = true;
          continue;
        }
        if (ok && board.inSlot[over]! === tables + 1) {
          const extra = compensate(board, scratch, items, over, over === t ? a : t, delta);
          if (extra) {
            scratch.touched([...people, ...extra], a, t);
            improved = true;
            continue;
          }
        }
        board.rollback(mark);
        // A compensation also depends on the other meetings of the two slots.
        if (!found.interpreted) scratch.reject(i, t, people, ok);
      }
    }
    board.commit();
    if (!improved) break;
  }
}

/**
 * After `moved` left slot `from` one meeting over its tables: a chain of other participants
 * that moves one meeting net from `from` to `to` and keeps the combined cost change below 0.
 * Chains of the same two slots never share a participant, so their prices add up. Returns
 * the participants it moved (null when none is found; the board is then as it was).
 */
function compensate(
  board: Board,
  scratch: Scratch,
  moved: readonly number[],
  from: number,
  to: number,
  delta: number,
): number[] | null {
  let tried = 0;
  let looked = 0;
  for (const j of [...board.members[from]!]) {
    if (moved.includes(j) || board.items[j]!.locked) continue;
    if (++looked > COMPENSATION_LOOKS) break;
    const single = board.bothFree(j, to);
    if (!single && tried++ >= COMPENSATION_CHAINS) continue;
    const found = chain(board, scratch, j, from, to);
    if (!found || found.items.some((k) => moved.includes(k))) continue;
    let net = 0;
    for (const k of found.items) net += board.items[k]!.slot === from ? 1 : -1;
    if (net !== 1) continue;
    if (delta + scratch.delta(found.people, from, to) >= -EPS) continue;
    const mark = board.mark();
    if (swap(board, found.items, from, to)) return found.people;
    board.rollback(mark);
  }
  return null;
}
