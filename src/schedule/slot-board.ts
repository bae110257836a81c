/**
 * The board of a meeting day: who meets whom in which slot, with availability and the table
 * limit enforced on every change. Placing tries a free common slot first, then one repair
 * step: move a meeting that blocks the pair (or fills the slot's tables) to another slot.
 */
import type { Indexed } from './validate.js';

export interface Placed {
  buyer: number;
  supplier: number;
  score: number;
  slot: number;
}

export class SlotBoard {
  readonly placed: Placed[] = [];
  /** busy[p * slots + s] = index into `placed`, or -1. */
  private readonly busy: Int32Array;
  /** Indices into `placed` per slot. */
  private readonly inSlot: Set<number>[];
  private readonly slots: number;

  constructor(private readonly input: Indexed) {
    this.slots = input.slotCount;
    this.busy = new Int32Array(input.ids.length * this.slots).fill(-1);
    this.inSlot = Array.from({ length: this.slots }, () => new Set<number>());
  }

  /** Slots where both are available (ignoring other meetings). */
  commonSlots(buyer: number, supplier: number): number[] {
    const out: number[] = [];
    const fb = this.input.free[buyer]!;
    const fs = this.input.free[supplier]!;
    for (let s = 0; s < this.slots; s++) if (fb[s] === 1 && fs[s] === 1) out.push(s);
    return out;
  }

  meetingsOf(participant: number): number {
    let n = 0;
    for (let s = 0; s < this.slots; s++) if (this.busy[participant * this.slots + s] !== -1) n++;
    return n;
  }

  /** Places the pair in the earliest open slot, repairing once if needed; false when impossible. */
  place(buyer: number, supplier: number, score: number): boolean {
    const common = this.commonSlots(buyer, supplier);
    for (const s of common) {
      if (this.open(buyer, supplier, s)) return this.put(buyer, supplier, score, s), true;
    }
    for (const s of common) {
      if (this.freeUp(buyer, supplier, s)) return this.put(buyer, supplier, score, s), true;
    }
    return false;
  }

  /** Places the pair in exactly slot `s` (used for the exact König colouring). */
  put(buyer: number, supplier: number, score: number, slot: number): void {
    const index = this.placed.length;
    this.placed.push({ buyer, supplier, score, slot });
    this.busy[buyer * this.slots + slot] = index;
    this.busy[supplier * this.slots + slot] = index;
    this.inSlot[slot]!.add(index);
  }

  private open(buyer: number, supplier: number, s: number): boolean {
    return this.busy[buyer * this.slots + s] === -1 && this.busy[supplier * this.slots + s] === -1 && this.inSlot[s]!.size < this.input.tables;
  }

  /** Tries to empty slot `s` for the pair by moving one blocking meeting elsewhere. */
  private freeUp(buyer: number, supplier: number, s: number): boolean {
    const b = this.busy[buyer * this.slots + s]!;
    const p = this.busy[supplier * this.slots + s]!;
    if (b !== -1 && p !== -1) return false;
    if (b !== -1 || p !== -1) return this.move(b !== -1 ? b : p);
    // Both free but the slot's tables are full: move any meeting out of it.
    for (const i of this.inSlot[s]!) if (this.move(i)) return true;
    return false;
  }

  /** Moves meeting `i` to another open slot both its parties are free in. */
  private move(i: number): boolean {
    const m = this.placed[i]!;
    for (const s of this.commonSlots(m.buyer, m.supplier)) {
      if (s === m.slot || !this.open(m.buyer, m.supplier, s)) continue;
      this.busy[m.buyer * this.slots + m.slot] = -1;
      this.busy[m.supplier * this.slots + m.slot] = -1;
      this.inSlot[m.slot]!.delete(i);
      m.slot = s;
      this.busy[m.buyer * this.slots + s] = i;
      this.busy[m.supplier * this.slots + s] = i;
      this.inSlot[s]!.add(i);
      return true;
    }
    return false;
  }
}
