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

type Change = { kind: 'slot'; item: number; slot: number } | { kind: 'interpreter'; item: number; interpreter: number };

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
  private log: Change[] = [];
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
      this.log.push({ kind: 'interpreter', item: i, interpreter: m.interpreter });
      m.interpreter = -1;
    }
    this.log.push({ kind: 'slot', item: i, slot: m.slot });
    this.busy[m.buyer * this.slots + m.slot] = -1;
    this.busy[m.supplier * this.slots + m.slot] = -1;
    this.inSlot[m.slot]!--;
    this.members[m.slot]!.delete(i);
    this.version[m.slot]!++;
    this.used[m.buyer]!--;
    this.used[m.supplier]!--;
    m.slot = -1;
  }

  mark(): number {
    return this.log.length;
  }

  /** Undoes every change since `mark`. */
  rollback(mark: number): void {
    while (this.log.length > mark) {
      const c = this.log.pop()!;
      const m = this.items[c.item]!;
      if (c.kind === 'interpreter') {
        if (m.interpreter !== -1) this.sitting[m.interpreter * this.slots + m.slot] = -1;
        m.interpreter = c.interpreter;
        if (c.interpreter !== -1) this.sitting[c.interpreter * this.slots + m.slot] = c.item;
        continue;
      }
      if (m.slot !== -1) {
        this.busy[m.buyer * this.slots + m.slot] = -1;
        this.busy[m.supplier * this.slots + m.slot] = -1;
        this.inSlot[m.slot]!--;
        this.members[m.slot]!.delete(c.item);
        this.version[m.slot]!++;
        this.used[m.buyer]!--;
        this.used[m.supplier]!--;
      }
      m.slot = c.slot;
      if (c.slot !== -1) {
        this.busy[m.buyer * this.slots + c.slot] = c.item;
        this.busy[m.supplier * this.slots + c.slot] = c.item;
        this.inSlot[c.slot]!++;
        this.members[c.slot]!.add(c.item);
        this.version[c.slot]!++;
        this.used[m.buyer]!++;
        this.used[m.supplier]!++;
      }
    }
  }

  /** Sum of placed scores. */
  total(): number {
    let sum = 0;
    for (const m of this.items) if (m.slot !== -1) sum += m.score;
    return sum;
  }

  /** Forgets the log (the changes so far are final). */
  commit(): void {
    this.log = [];
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
    this.log.push({ kind: 'slot', item: i, slot: -1 });
    m.slot = slot;
    this.busy[m.buyer * this.slots + slot] = i;
    this.busy[m.supplier * this.slots + slot] = i;
    this.inSlot[slot]!++;
    this.members[slot]!.add(i);
    this.version[slot]!++;
    this.used[m.buyer]!++;
    this.used[m.supplier]!++;
  }

  private seat(i: number, slot: number, interpreter: number): void {
    const m = this.items[i]!;
    this.log.push({ kind: 'interpreter', item: i, interpreter: m.interpreter });
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
