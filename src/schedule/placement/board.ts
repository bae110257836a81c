/**
 * The board of a meeting day: which meeting sits in which slot, with every hard rule checked
 * on each change (availability, one meeting per person and slot, quotas, tables per slot,
 * `maxConsecutive`, an interpreter for pairs without a common language). Every change is
 * logged, so a tentative move (a chain of swaps, an ejection) can be rolled back exactly.
 */
import type { Indexed } from '../validate.js';
import { interpretersFor } from './interpreters.js';

/** A pair that may meet; `slot` is -1 while it does not. */
export interface Item {
  buyer: number;
  supplier: number;
  score: number;
  slot: number;
  /** Index into `Indexed.interpreters`, or -1. */
  interpreter: number;
  /** Interpreters who could sit in (null: the two share a language or gave none). */
  needs: number[] | null;
  /** Kept from a previous schedule: never moved or dropped. */
  locked: boolean;
  /** Must meet: may move, never be dropped. */
  required: boolean;
  /** Table kept from a previous schedule (0: none). */
  table: number;
}

/** Log entry kinds: an item's previous slot, or its previous interpreter. */
const SLOT = 0;
const INTERPRETER = 1;

export class Board {
  readonly items: Item[] = [];
  readonly slots: number;
  /** busy[p * slots + s]: item index, or -1. */
  private readonly busy: Int32Array;
  /** sitting[i * slots + s]: item index an interpreter sits in, or -1. */
  private readonly sitting: Int32Array;
  readonly inSlot: Int32Array;
  readonly used: Int32Array;
  /** Items in each slot. */
  readonly members: Set<number>[];
  /** Raised on every change of a slot's meetings (for caches). */
  readonly version: Int32Array;
  /**
   * Undo log as triples (kind, item, previous value) in a typed array that grows by doubling:
   * tentative moves are logged and rolled back millions of times on a large day, and objects
   * per entry kept the garbage collector busy.
   */
  private log = new Int32Array(3 * 1024);
  private logLength = 0;
  /** 32-bit words per participant of the bit sets below. */
  readonly words: number;
  /** position[s]: slot s's place in time order (its bit in the bit sets). */
  readonly position: Int32Array;
  /**
   * Bit sets per participant over the slots in time order (`words` words each): slots with a
   * meeting (kept up to date on every change), free slots, preferred slots (all set when none
   * are given). They price a participant's idle time in a few word operations (compact.ts).
   */
  readonly occupied: Uint32Array;
  readonly freeBits: Uint32Array;
  readonly likedBits: Uint32Array;
  /** While true, `put` lets a slot hold more meetings than there are tables (compaction evens it out again). */
  relaxTables = false;

  constructor(readonly idx: Indexed) {
    this.slots = idx.slotCount;
    this.busy = new Int32Array(idx.ids.length * this.slots).fill(-1);
    this.sitting = new Int32Array(idx.interpreters.length * this.slots).fill(-1);
    this.inSlot = new Int32Array(this.slots);
    this.used = new Int32Array(idx.ids.length);
    this.members = Array.from({ length: this.slots }, () => new Set<number>());
    this.version = new Int32Array(this.slots);
    const people = idx.ids.length;
    this.words = Math.ceil(this.slots / 32);
    this.position = new Int32Array(this.slots);
    idx.order.forEach((s, k) => (this.position[s] = k));
    this.occupied = new Uint32Array(people * this.words);
    this.freeBits = new Uint32Array(people * this.words);
    this.likedBits = new Uint32Array(people * this.words);
    for (let p = 0; p < people; p++) {
      const free = idx.free[p]!;
      const liked = idx.preferred[p];
      for (let s = 0; s < this.slots; s++) {
        const k = this.position[s]!;
        const at = p * this.words + (k >>> 5);
        const bit = 1 << (k & 31);
        if (free[s] === 1) this.freeBits[at]! |= bit;
        if (!liked || liked[s] === 1) this.likedBits[at]! |= bit;
      }
    }
  }

  /** Toggles p's meeting bit of `slot`. */
  private flip(p: number, slot: number): void {
    const k = this.position[slot]!;
    this.occupied[p * this.words + (k >>> 5)]! ^= 1 << (k & 31);
  }

  addItem(
    buyer: number,
    supplier: number,
    score: number,
    flags: Partial<Pick<Item, 'locked' | 'required' | 'table'>> = {},
  ): number {
    this.items.push({
      buyer,
      supplier,
      score,
      slot: -1,
      interpreter: -1,
      needs: interpretersFor(this.idx, buyer, supplier),
      locked: false,
      required: false,
      table: 0,
      ...flags,
    });
    return this.items.length - 1;
  }

  at(participant: number, slot: number): number {
    return this.busy[participant * this.slots + slot]!;
  }

  /** Both free and available in `slot` (ignoring tables, runs and interpreters). */
  bothFree(i: number, slot: number): boolean {
    const { buyer, supplier } = this.items[i]!;
    return (
      this.idx.free[buyer]![slot] === 1 &&
      this.idx.free[supplier]![slot] === 1 &&
      this.at(buyer, slot) === -1 &&
      this.at(supplier, slot) === -1
    );
  }

  /** Every rule but the interpreter allows the unplaced item in `slot`. */
  fits(i: number, slot: number): boolean {
    const m = this.items[i]!;
    if (m.slot !== -1 || !this.bothFree(i, slot) || (this.inSlot[slot]! >= this.idx.tables && !this.relaxTables))
      return false;
    if (this.used[m.buyer]! >= this.idx.capacity[m.buyer]! || this.used[m.supplier]! >= this.idx.capacity[m.supplier]!)
      return false;
    return this.runFits(m.buyer, slot) && this.runFits(m.supplier, slot);
  }

  /** Places an unplaced item in `slot` if every rule allows; false (and nothing changed) otherwise. */
  put(i: number, slot: number): boolean {
    const m = this.items[i]!;
    if (!this.fits(i, slot)) return false;
    let interpreter = -1;
    if (m.needs) {
      interpreter = this.findInterpreter(i, slot);
      if (interpreter === -1) return false;
    }
    this.set(i, slot);
    if (interpreter !== -1) this.seat(i, slot, interpreter);
    return true;
  }

  /** Places an item where a previous schedule had it, checking only that nobody is double-booked. */
  force(i: number, slot: number, interpreter: number): boolean {
    const m = this.items[i]!;
    if (this.at(m.buyer, slot) !== -1 || this.at(m.supplier, slot) !== -1) return false;
    if (interpreter !== -1 && this.sitting[interpreter * this.slots + slot] !== -1) return false;
    this.set(i, slot);
    if (interpreter !== -1) this.seat(i, slot, interpreter);
    return true;
  }

  remove(i: number): void {
    const m = this.items[i]!;
    if (m.slot === -1) return;
    if (m.interpreter !== -1) {
      this.sitting[m.interpreter * this.slots + m.slot] = -1;
      this.record(INTERPRETER, i, m.interpreter);
      m.interpreter = -1;
    }
    this.record(SLOT, i, m.slot);
    this.busy[m.buyer * this.slots + m.slot] = -1;
    this.busy[m.supplier * this.slots + m.slot] = -1;
    this.flip(m.buyer, m.slot);
    this.flip(m.supplier, m.slot);
    this.inSlot[m.slot]!--;
    this.members[m.slot]!.delete(i);
    this.version[m.slot]!++;
    this.used[m.buyer]!--;
    this.used[m.supplier]!--;
    m.slot = -1;
  }

  mark(): number {
    return this.logLength;
  }

  /** Undoes every change since `mark`. */
  rollback(mark: number): void {
    const log = this.log;
    while (this.logLength > mark) {
      this.logLength -= 3;
      const kind = log[this.logLength]!;
      const item = log[this.logLength + 1]!;
      const value = log[this.logLength + 2]!;
      const m = this.items[item]!;
      if (kind === INTERPRETER) {
        if (m.interpreter !== -1) this.sitting[m.interpreter * this.slots + m.slot] = -1;
        m.interpreter = value;
        if (value !== -1) this.sitting[value * this.slots + m.slot] = item;
        continue;
      }
      if (m.slot !== -1) {
        this.busy[m.buyer * this.slots + m.slot] = -1;
        this.busy[m.supplier * this.slots + m.slot] = -1;
        this.flip(m.buyer, m.slot);
        this.flip(m.supplier, m.slot);
        this.inSlot[m.slot]!--;
        this.members[m.slot]!.delete(item);
        this.version[m.slot]!++;
        this.used[m.buyer]!--;
        this.used[m.supplier]!--;
      }
      m.slot = value;
      if (value !== -1) {
        this.busy[m.buyer * this.slots + value] = item;
        this.busy[m.supplier * this.slots + value] = item;
        this.flip(m.buyer, value);
        this.flip(m.supplier, value);
        this.inSlot[value]!++;
        this.members[value]!.add(item);
        this.version[value]!++;
        this.used[m.buyer]!++;
        this.used[m.supplier]!++;
      }
    }
  }

  private record(kind: number, item: number, value: number): void {
    if (this.logLength + 3 > this.log.length) {
      const grown = new Int32Array(this.log.length * 2);
      grown.set(this.log);
      this.log = grown;
    }
    this.log[this.logLength] = kind;
    this.log[this.logLength + 1] = item;
    this.log[this.logLength + 2] = value;
    this.logLength += 3;
  }

  /** Sum of placed scores. */
  total(): number {
    let sum = 0;
    for (const m of this.items) if (m.slot !== -1) sum += m.score;
    return sum;
  }

  /** Forgets the log (the changes so far are final). */
  commit(): void {
    this.logLength = 0;
  }

  /** Would a meeting in `slot` keep `p` within maxConsecutive meetings in a row? */
  runFits(p: number, slot: number): boolean {
    const cap = this.idx.maxRun[p]!;
    if (cap === Infinity) return true;
    let run = 1;
    for (let s = this.idx.prev[slot]!; s !== -1 && this.at(p, s) !== -1; s = this.idx.prev[s]!) run++;
    for (let s = this.idx.next[slot]!; s !== -1 && this.at(p, s) !== -1; s = this.idx.next[s]!) run++;
    return run <= cap;
  }

  private set(i: number, slot: number): void {
    const m = this.items[i]!;
    this.record(SLOT, i, -1);
    m.slot = slot;
    this.busy[m.buyer * this.slots + slot] = i;
    this.busy[m.supplier * this.slots + slot] = i;
    this.flip(m.buyer, slot);
    this.flip(m.supplier, slot);
    this.inSlot[slot]!++;
    this.members[slot]!.add(i);
    this.version[slot]!++;
    this.used[m.buyer]!++;
    this.used[m.supplier]!++;
  }

  private seat(i: number, slot: number, interpreter: number): void {
    const m = this.items[i]!;
    this.record(INTERPRETER, i, m.interpreter);
    if (m.interpreter !== -1 && m.slot === slot) this.sitting[m.interpreter * this.slots + slot] = -1;
    m.interpreter = interpreter;
    this.sitting[interpreter * this.slots + slot] = i;
  }

  /**
   * An interpreter for item `i` in `slot`: a free one, or one freed by handing its meeting
   * to another interpreter (an augmenting path of a bipartite matching). The reassignments
   * along the path are made here; the returned interpreter is left for the caller to seat.
   */
  private findInterpreter(i: number, slot: number): number {
    const visited = new Set<number>();
    const augment = (item: number): number => {
      for (const k of this.items[item]!.needs!) {
        if (this.idx.interpreters[k]!.free[slot] !== 1 || visited.has(k)) continue;
        visited.add(k);
        const holder = this.sitting[k * this.slots + slot]!;
        if (holder === -1) return k;
        const other = augment(holder);
        if (other !== -1) {
          this.sitting[k * this.slots + slot] = -1;
          this.seat(holder, slot, other);
          return k;
        }
      }
      return -1;
    };
    return augment(i);
  }
}
