/**
 * Compaction: the same meetings, re-slotted so that people wait less. A participant's cost is
 * the number of slots they are free in but idle between their first and last meeting, plus
 * one for every meeting outside their `preferred` windows. Moves are Kempe-chain swaps
 * between two slots (a single move when the chain is one meeting); each is checked against
 * every rule by the board and kept only when the total cost falls, so the set of meetings,
 * and with it the score, never changes.
 */
import type { Board } from './board.js';
import { participantCost } from './idle-cost.js';

const MAX_CHAIN = 64;
const EPS = 1e-12;
/** Below one idle slot (and above any tie-breaker): a move worth a compensation search saves more. */
const MIN_COMPENSATED_GAIN = 0.5;
/**
 * Work per round: about 300,000 chains priced (a second or so), and at least 4 per meeting.
 * The 3,000-participant benchmark day stays about at it (some 15 per meeting in its first
 * round, more for meetings that need compensations); on a 30,000-participant fair (96,000
 * meetings, 48 slots, long chains) a round without a cap priced 4 million chains and 7 million
 * more in compensation searches, for a few tenths of an idle slot per round.
 */
const CHAINS_PER_ROUND = 300_000;
const MIN_CHAINS_PER_MEETING = 4;
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
  /** The chain buffer of compensation searches. */
  readonly inner: Chain = newChain();
  /** The rejection came from a failed compensation: it also holds while the two slots keep their meetings. */
  private readonly rejectedWithSlots: Uint8Array;
  private readonly rowOf: Int32Array;
  private readonly slotChangedAt: Int32Array;
  private readonly costOf: Float64Array;
  private readonly costKnown: Uint8Array;
  /** Chains priced so far. */
  work = 0;
  /** Participants whose meetings moved in this round (the next round's work). */
  private moved: number[] = [];
  private readonly movedMark: Uint8Array;

  constructor(
    private readonly board: Board,
    private readonly slots: number,
  ) {
    // One row of rejections per meeting placed now (compaction never places or drops one).
    this.rowOf = new Int32Array(board.items.length).fill(-1);
    let items = 0;
    board.items.forEach((m, i) => {
      if (m.slot !== -1 && !m.locked) this.rowOf[i] = items++;
    });
    const people = board.idx.ids.length;
    this.itemMark = new Int32Array(board.items.length);
    this.personMark = new Int32Array(people);
    this.changedAt = new Int32Array(people);
    this.rejectedAt = new Int32Array(items * slots);
    this.rejectedPeople = new Array<readonly number[] | null>(items * slots).fill(null);
    this.rejectedWithSlots = new Uint8Array(items * slots);
    this.slotChangedAt = new Int32Array(slots);
    this.costOf = new Float64Array(people);
    this.costKnown = new Uint8Array(people);
    this.movedMark = new Uint8Array(people);
  }

  startRound(): void {
    for (const p of this.moved) this.movedMark[p] = 0;
    this.moved = [];
  }
  /** The placed, unlocked meetings of the participants moved this round, in index order. */
  itemsOfMoved(): number[] {
    this.next();
    const out: number[] = [];
    for (const p of this.moved)
      for (let s = 0; s < this.slots; s++) {
        const j = this.board.at(p, s);
        if (j !== -1 && !this.board.items[j]!.locked && this.seeItem(j)) out.push(j);
      }
    return out.sort((a, b) => a - b);
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
      if (this.movedMark[p] === 0) {
        this.movedMark[p] = 1;
        this.moved.push(p);
      }
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
    const k = this.rowOf[i]! * this.slots + t;
    const at = this.rejectedAt[k]!;
    if (at === 0) return false;
    if (this.rejectedWithSlots[k] === 1) {
      const a = this.board.items[i]!.slot;
      if (this.slotChangedAt[a]! >= at || this.slotChangedAt[t]! >= at) return false;
    }
    const people = this.rejectedPeople[k];
    if (people === null) {
      const m = this.board.items[i]!;
      return this.changedAt[m.buyer]! < at && this.changedAt[m.supplier]! < at;
    }
    for (const p of people!) if (this.changedAt[p]! >= at) return false;
    return true;
  }
  reject(i: number, t: number, people: readonly number[], withSlots = false): void {
    const k = this.rowOf[i]! * this.slots + t;
    this.rejectedAt[k] = this.clock;
    this.rejectedWithSlots[k] = withSlots ? 1 : 0;
    // A chain of the meeting alone involves just its two parties: nothing to store.
    this.rejectedPeople[k] = people.length === 2 ? null : people.slice();
  }
}

/** A Kempe chain and the participants it touches (buffers reused from one chain to the next). */
interface Chain {
  items: number[];
  people: number[];
  /** Some meeting of the chain needs an interpreter (whose availability depends on other meetings). */
  interpreted: boolean;
}

const newChain = (): Chain => ({ items: [], people: [], interpreted: false });

/**
 * Fills `out` with the meetings in slots a and t connected to item i through shared
 * participants (a Kempe chain); false when too long, when it holds a locked meeting, or when
 * one of its meetings could not take the other slot (a party not free there).
 */
function chain(board: Board, scratch: Scratch, i: number, a: number, t: number, out: Chain): boolean {
  const { free } = board.idx;
  scratch.next();
  scratch.work++;
  scratch.seeItem(i);
  const first = board.items[i]!;
  const { items, people } = out;
  items.length = 0;
  people.length = 0;
  items.push(i);
  people.push(first.buyer, first.supplier);
  scratch.seePerson(first.buyer);
  scratch.seePerson(first.supplier);
  let interpreted = first.needs !== null;
  for (let head = 0; head < people.length; head++) {
    const p = people[head]!;
    for (let side = 0; side < 2; side++) {
      const j = board.at(p, side === 0 ? a : t);
      if (j === -1 || !scratch.seeItem(j)) continue;
      const m = board.items[j]!;
      if (m.locked || items.length >= MAX_CHAIN) return false;
      const to = m.slot === a ? t : a;
      if (free[m.buyer]![to] !== 1 || free[m.supplier]![to] !== 1) return false;
      items.push(j);
      if (m.needs !== null) interpreted = true;
      if (scratch.seePerson(m.buyer)) people.push(m.buyer);
      if (scratch.seePerson(m.supplier)) people.push(m.supplier);
    }
  }
  out.interpreted = interpreted;
  return true;
}

/** The slot at time-order distance ⌈d/2⌉ from position k (after it for odd d, before for even); -1 outside. */
function nearest(board: Board, k: number, d: number): number {
  if (d === 0) return -1;
  const step = (d + 1) >> 1;
  const at = d & 1 ? k + step : k - step;
  return at >= 0 && at < board.slots ? board.idx.order[at]! : -1;
}

/** Swaps slots a and t for the chain; false (rolled back by the caller) when a rule forbids it. */
function swap(board: Board, items: readonly number[], a: number, t: number): boolean {
  for (let k = 0; k < items.length; k++) TARGET[k] = board.items[items[k]!]!.slot === a ? t : a;
  for (const j of items) board.remove(j);
  for (let k = 0; k < items.length; k++) if (!board.put(items[k]!, TARGET[k]!)) return false;
  return true;
}

/** Each chain item's slot after a swap (a chain holds at most MAX_CHAIN items). */
const TARGET = new Int32Array(MAX_CHAIN);

/**
 * Re-slots unlocked meetings to lower the summed participant cost, in rounds over a work
 * queue: the first round looks at every meeting, each later one only at the meetings of
 * participants whose meetings moved in the round before (nobody else's moves could price
 * differently), until a round moves nothing (or after `maxRounds`). Deterministic: items in
 * index order, target slots in time order (nearest first when the work share is tight). Each
 * move is priced first without touching the board (a Kempe chain swaps the two slots for each
 * of its participants), and only a move that lowers the cost is made, checked against every
 * rule by the board. When every table of the target slot is taken, a chain that adds one
 * meeting there is paired with a second chain (of other participants) that takes one meeting
 * back, and the two are kept only together. A move found not to help is not priced again
 * until one of its participants has had a meeting moved. Work per round is capped
 * (`CHAINS_PER_ROUND`, shared evenly among the meetings looked at): without the cap, the
 * 30,000-participant fair spent 110 s of CPU here, against about 15 s for everything else.
 */
export function compact(board: Board, maxRounds = 6): void {
  const { tables } = board.idx;
  const scratch = new Scratch(board, board.slots);
  let queue: number[] = [];
  for (let i = 0; i < board.items.length; i++) if (board.items[i]!.slot !== -1) queue.push(i);
  for (let round = 0; round < maxRounds && queue.length > 0; round++) {
    scratch.startRound();
    const found = newChain();
    // Each meeting's share of the round's work (chains priced, compensation searches included).
    const share = Math.max(MIN_CHAINS_PER_MEETING, Math.floor(CHAINS_PER_ROUND / queue.length));
    const tight = share < 4 * board.slots;
    for (const i of queue) {
      const m = board.items[i]!;
      if (m.slot === -1 || m.locked) continue;
      const start = scratch.work;
      const a0 = board.position[m.slot]!;
      // Target slots in time order; when the share is tight (a large board), nearest in time first,
      // so that the likeliest moves are tried before it runs out.
      for (let d = 0; d < 2 * board.slots && scratch.work - start < share; d++) {
        const t = tight ? nearest(board, a0, d) : d < board.slots ? board.idx.order[d]! : -1;
        if (t === -1) continue;
        const a = m.slot;
        if (t === a || board.idx.free[m.buyer]![t] !== 1 || board.idx.free[m.supplier]![t] !== 1) continue;
        if (scratch.stillRejected(i, t)) continue;
        if (!chain(board, scratch, i, a, t, found)) continue;
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
          continue;
        }
        // A compensation search is costly: only for a move that saves idle time or a preference, not
        // for the tie-breaker alone (on days where every table is taken, most moves would need one).
        if (ok && board.inSlot[over]! === tables + 1 && delta < -MIN_COMPENSATED_GAIN) {
          const extra = compensate(board, scratch, items, over, over === t ? a : t, delta, start + share);
          if (extra) {
            scratch.touched([...people, ...extra], a, t);
            continue;
          }
        }
        board.rollback(mark);
        // A compensation also depends on the other meetings of the two slots.
        if (!found.interpreted) scratch.reject(i, t, people, ok);
      }
    }
    board.commit();
    queue = scratch.itemsOfMoved();
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
  workLimit: number,
): number[] | null {
  // The first meetings of the slot that could move (not the whole slot: a fair's slot holds thousands).
  const looks: number[] = [];
  for (const j of board.members[from]!) {
    if (moved.includes(j) || board.items[j]!.locked) continue;
    looks.push(j);
    if (looks.length === COMPENSATION_LOOKS) break;
  }
  let tried = 0;
  const found = scratch.inner;
  for (const j of looks) {
    if (scratch.work >= workLimit) break;
    const single = board.bothFree(j, to);
    if (!single && tried++ >= COMPENSATION_CHAINS) continue;
    if (!chain(board, scratch, j, from, to, found) || found.items.some((k) => moved.includes(k))) continue;
    let net = 0;
    for (const k of found.items) net += board.items[k]!.slot === from ? 1 : -1;
    if (net !== 1) continue;
    if (delta + scratch.delta(found.people, from, to) >= -EPS) continue;
    const mark = board.mark();
    if (swap(board, found.items, from, to)) return found.people.slice();
    board.rollback(mark);
  }
  return null;
}
