/**
 * Placement: a list of chosen pairs → meetings in slots, then tables.
 *
 * 1. Meetings kept from a previous schedule stay where they were (locked).
 * 2. Exact path: when everyone is free in every slot, no `maxConsecutive` binds and no chosen
 *    pair needs an interpreter, an equitable König edge colouring gives every chosen pair a
 *    slot with at most `tables` meetings per slot (de Werra).
 *    Otherwise the chosen pairs go, in order, into the open slot that adds the least waiting,
 *    with one repair move when blocked; the other candidates then fill leftover quota, and
 *    the result is never worse than the plain greedy board (both are built, the better kept).
 * 3. Ejection: each candidate that does not meet may take a slot from lower-scoring meetings
 *    when the total rises (the displaced ones are re-placed where they can go).
 * 4. Compaction (compact.ts) and home tables (home-tables.ts): same meetings, same score.
 */
import { balanceColours, colourBipartite } from '../edge-colouring.js';
import type { Indexed } from '../validate.js';
import { Board } from './board.js';
import { compact } from './compact.js';
import { participantCost } from './idle-cost.js';

export interface PairToPlace {
  buyer: number;
  supplier: number;
  score: number;
  required?: boolean;
}

export interface KeptMeeting extends PairToPlace {
  slot: number;
  table: number;
  interpreter: number;
}

/**
 * Places `chosen` (required pairs first, then by the caller's choice), fills with `others`
 * (best first), improves and compacts. `kept` meetings are locked in their slots.
 */
export function placeMeetings(
  idx: Indexed,
  chosen: readonly PairToPlace[],
  others: readonly PairToPlace[],
  kept: readonly KeptMeeting[] = [],
): Board {
  const exact =
    kept.length === 0 &&
    idx.everyoneAlwaysFree &&
    chosen.every(
      (p) => idx.maxRun[p.buyer]! >= idx.capacity[p.buyer]! && idx.maxRun[p.supplier]! >= idx.capacity[p.supplier]!,
    );
  let board = newBoard(idx, chosen, others, kept);
  if (exact && chosen.every((_, k) => board.items[kept.length + k]!.needs === null)) {
    const offset = kept.length;
    const colours = colourBipartite(
      idx.ids.length,
      idx.slotCount,
      chosen.map((p) => ({ u: p.buyer, v: p.supplier })),
    );
    if (idx.tables !== Infinity)
      balanceColours(
        idx.ids.length,
        idx.slotCount,
        chosen.map((p) => ({ u: p.buyer, v: p.supplier })),
        colours,
        Math.ceil(chosen.length / idx.slotCount),
      );
    chosen.forEach((_, k) => board.put(offset + k, colours[k]!) || placeItem(board, offset + k));
    fill(board);
  } else {
    sweep(
      board,
      chosen.map((_, k) => kept.length + k),
    );
    if (allPlaced(board, kept.length, chosen.length)) {
      // Every chosen pair has a slot: the exact b-matching bounds every schedule (it relaxes
      // only the slots), so filling, the greedy board and ejection cannot do better.
      board.commit();
      compact(board);
      return board;
    }
    fill(board);
    // The plain greedy board: required pairs, then every candidate best first.
    const greedy = newBoard(
      idx,
      chosen.filter((p) => p.required),
      [...chosen.filter((p) => !p.required), ...others].sort(byScore),
      kept,
    );
    for (let i = kept.length; i < greedy.items.length; i++) if (greedy.items[i]!.required) placeItem(greedy, i);
    fill(greedy);
    if (better(greedy, board)) board = greedy;
  }
  board.commit();
  // Strict gains, then equal-score exchanges (which can free someone for a better pair), then strict gains again.
  eject(board, false);
  eject(board, true);
  eject(board, false);
  compact(board);
  return board;
}

/** Whether the `count` chosen items from `from` on all have a slot. */
function allPlaced(board: Board, from: number, count: number): boolean {
  for (let i = from; i < from + count; i++) if (board.items[i]!.slot === -1) return false;
  return true;
}

/** With a supplier floor, more floor meetings first; then the higher total. */
function better(a: Board, b: Board): boolean {
  const fa = floorMet(a);
  const fb = floorMet(b);
  return fa !== fb ? fa > fb : a.total() > b.total() + 1e-12;
}

/** Meetings counting towards the suppliers' floor: Σ min(meetings, floor). */
function floorMet(board: Board): number {
  let n = 0;
  if (board.idx.floor > 0)
    board.idx.side.forEach((side, p) => side === 'supplier' && (n += Math.min(board.used[p]!, board.idx.floor)));
  return n;
}

const byScore = (a: PairToPlace, b: PairToPlace) => b.score - a.score;

function newBoard(
  idx: Indexed,
  chosen: readonly PairToPlace[],
  others: readonly PairToPlace[],
  kept: readonly KeptMeeting[],
): Board {
  const board = new Board(idx);
  const n = idx.ids.length;
  const seen = new Set<number>();
  for (const k of kept) {
    const i = board.addItem(k.buyer, k.supplier, k.score, { locked: true, table: k.table });
    seen.add(k.buyer * n + k.supplier);
    board.force(i, k.slot, k.interpreter);
  }
  for (const p of [...chosen, ...others]) {
    const key = p.buyer * n + p.supplier;
    if (seen.has(key)) continue;
    seen.add(key);
    board.addItem(p.buyer, p.supplier, p.score, { required: p.required ?? false });
  }
  board.commit();
  return board;
}

/**
 * Slot by slot in time order, the chosen pairs that can meet now, most pressing first: whoever
 * has the most meetings left per free slot left, and whoever already started (so as not to
 * leave them waiting). What does not fit is placed afterwards with repair.
 */
function sweep(board: Board, items: readonly number[]): void {
  const { idx } = board;
  const rest = new Int32Array(idx.ids.length);
  const freeLeft = new Int32Array(idx.ids.length);
  const started = new Uint8Array(idx.ids.length);
  let remaining = [...items];
  for (const i of remaining) {
    rest[board.items[i]!.buyer]!++;
    rest[board.items[i]!.supplier]!++;
  }
  for (let p = 0; p < idx.ids.length; p++) for (const f of idx.free[p]!) freeLeft[p]! += f;
  const urgency = (p: number) => rest[p]! / Math.max(1, freeLeft[p]!) + started[p]!;
  // Typed arrays by item index, not Maps and Sets: on a fair this runs over 100,000 pairs per slot.
  const weight = new Float64Array(board.items.length);
  const placed = new Uint8Array(board.items.length);
  for (const s of idx.order) {
    const now = remaining.filter((i) => board.bothFree(i, s));
    for (const i of now) weight[i] = urgency(board.items[i]!.buyer) + urgency(board.items[i]!.supplier);
    now.sort((a, b) => weight[b]! - weight[a]! || board.items[b]!.score - board.items[a]!.score || a - b);
    let placedNow = 0;
    for (const i of now) {
      if (board.inSlot[s]! >= idx.tables) break;
      if (!board.put(i, s)) continue;
      placed[i] = 1;
      placedNow++;
      const m = board.items[i]!;
      rest[m.buyer]!--;
      rest[m.supplier]!--;
      started[m.buyer] = 1;
      started[m.supplier] = 1;
    }
    if (placedNow > 0) remaining = remaining.filter((i) => placed[i] === 0);
    for (let p = 0; p < idx.ids.length; p++) {
      if (idx.free[p]![s] === 1) freeLeft[p]!--;
      if (rest[p] === 0) started[p] = 0;
    }
  }
  for (const i of remaining) placeItem(board, i);
}

/** Unplaced items in board order (chosen first, then the others best first), while quotas allow. */
function fill(board: Board): void {
  for (let i = 0; i < board.items.length; i++) {
    const m = board.items[i]!;
    if (m.slot !== -1 || (m.score <= 0 && !m.required)) continue;
    if (
      board.used[m.buyer]! >= board.idx.capacity[m.buyer]! ||
      board.used[m.supplier]! >= board.idx.capacity[m.supplier]!
    )
      continue;
    placeItem(board, i);
  }
  board.commit();
}

/** The open slot adding the least waiting for the two; else one blocking meeting moved away. */
export function placeItem(board: Board, i: number): boolean {
  const m = board.items[i]!;
  const { free } = board.idx;
  let best = -1;
  let bestCost = Infinity;
  for (const s of board.idx.order) {
    if (free[m.buyer]![s] !== 1 || free[m.supplier]![s] !== 1) continue;
    let c: number;
    if (m.needs === null) {
      // Priced without touching the board.
      if (!board.fits(i, s)) continue;
      c = participantCost(board, m.buyer, false, -1, -1, s) + participantCost(board, m.supplier, false, -1, -1, s);
    } else {
      // An interpreter may have to be found by reseating others: try it for real.
      const mark = board.mark();
      if (!board.put(i, s)) continue;
      c = participantCost(board, m.buyer) + participantCost(board, m.supplier);
      board.rollback(mark);
    }
    if (c < bestCost) [best, bestCost] = [s, c];
  }
  if (best !== -1) return board.put(i, best);
  for (const s of board.idx.order) {
    if (free[m.buyer]![s] !== 1 || free[m.supplier]![s] !== 1) continue;
    const b = board.at(m.buyer, s);
    const p = board.at(m.supplier, s);
    if (b !== -1 && p !== -1) continue;
    // A full slot: one of its meetings may move to a slot with a table left (if any is).
    const roomy = board.idx.order.filter((u) => u !== s && board.inSlot[u]! < board.idx.tables);
    const blockers = b !== -1 || p !== -1 ? [b !== -1 ? b : p] : roomy.length ? [...board.members[s]!] : [];
    for (const j of blockers) {
      if (board.items[j]!.locked) continue;
      const targets = b !== -1 || p !== -1 ? board.idx.order : roomy;
      if (!targets.some((u) => u !== s && board.bothFree(j, u))) continue;
      const mark = board.mark();
      board.remove(j);
      if (board.put(i, s) && targets.some((u) => u !== s && board.put(j, u))) return true;
      board.rollback(mark);
    }
  }
  return false;
}

/**
 * Each unplaced candidate (best first) tries every slot both are free in: the meetings in its
 * way (either party's meeting there, the weakest meeting of a full slot, the weakest meeting
 * of a party at its quota) are taken out, the candidate put in, and the displaced re-placed
 * where they fit. Kept when the total score rises and no required meeting is lost; with
 * `exchange`, also when it stays equal (each candidate once per pass, so no cycling).
 */
function eject(board: Board, exchange: boolean): void {
  const order = board.items.map((_, i) => i).filter((i) => board.items[i]!.slot === -1 && board.items[i]!.score > 0);
  order.sort((a, b) => board.items[b]!.score - board.items[a]!.score || a - b);
  // The three weakest meetings of each slot, recomputed only when the slot changed.
  const cache = new Map<number, { version: number; weakest: number[] }>();
  const weakestIn = (s: number, except: readonly number[]): number => {
    let c = cache.get(s);
    if (!c || c.version !== board.version[s]) {
      const three: number[] = [];
      for (let k = 0; k < 3; k++) {
        const j = weakest(board, board.members[s]!, three);
        if (j === -1) break;
        three.push(j);
      }
      c = { version: board.version[s]!, weakest: three };
      cache.set(s, c);
    }
    const hit = c.weakest.find((j) => !except.includes(j));
    return hit ?? (c.weakest.length < 3 ? -1 : weakest(board, board.members[s]!, except));
  };
  for (const i of order) {
    const m = board.items[i]!;
    if (m.slot !== -1) continue;
    // Whatever the slot, each party at its quota loses one of its own (unlocked) meetings:
    // when those alone outweigh the candidate, no slot can help.
    const lossB = quotaLoss(board, m.buyer);
    const lossS = quotaLoss(board, m.supplier);
    const tooMuch = (loss: number) => (exchange ? loss > m.score + 1e-12 : loss >= m.score);
    if (tooMuch(lossB + lossS)) continue;
    for (const s of board.idx.order) {
      if (board.idx.free[m.buyer]![s] !== 1 || board.idx.free[m.supplier]![s] !== 1) continue;
      // The same bound in this slot: a party's meeting here goes, or else its weakest; a full
      // slot of others loses at least its weakest.
      const hereB = board.at(m.buyer, s);
      const hereS = board.at(m.supplier, s);
      let bound =
        (hereB !== -1 ? board.items[hereB]!.score : lossB) + (hereS !== -1 ? board.items[hereS]!.score : lossS);
      if (hereB === -1 && hereS === -1 && board.inSlot[s]! >= board.idx.tables) {
        const w = weakestIn(s, NONE);
        bound += w === -1 ? Infinity : board.items[w]!.score;
      }
      if (tooMuch(bound)) continue;
      // Who is in the way, found before anything changes (most tries end here).
      const out: number[] = [];
      const take = (j: number) => {
        if (j === -1 || out.includes(j)) return true;
        if (board.items[j]!.locked) return false;
        out.push(j);
        return true;
      };
      const involving = (p: number) =>
        out.filter((j) => board.items[j]!.buyer === p || board.items[j]!.supplier === p).length;
      let ok = take(board.at(m.buyer, s)) && take(board.at(m.supplier, s));
      if (ok && board.inSlot[s]! - out.filter((j) => board.items[j]!.slot === s).length >= board.idx.tables)
        ok = take(weakestIn(s, out));
      for (const p of [m.buyer, m.supplier]) {
        if (ok && board.used[p]! - involving(p) >= board.idx.capacity[p]!)
          ok = take(weakest(board, itemsOf(board, p), out));
      }
      const lost = out.reduce((sum, j) => sum + board.items[j]!.score, 0);
      if (!ok || (exchange ? lost > m.score + 1e-12 : lost >= m.score)) continue;
      const mark = board.mark();
      for (const j of out) board.remove(j);
      if (!board.put(i, s)) {
        board.rollback(mark);
        continue;
      }
      out.sort((a, b) => board.items[b]!.score - board.items[a]!.score || a - b);
      for (const j of out) placeItem(board, j);
      const dropped = out.filter((j) => board.items[j]!.slot === -1);
      const gain = m.score - dropped.reduce((sum, j) => sum + board.items[j]!.score, 0);
      const belowFloor = dropped.some((j) => board.used[board.items[j]!.supplier]! < board.idx.floor);
      if (dropped.some((j) => board.items[j]!.required) || belowFloor || (exchange ? gain < -1e-12 : gain <= 1e-12)) {
        board.rollback(mark);
        continue;
      }
      board.commit();
      break;
    }
  }
  board.commit();
}

/** The least score `p` gives up to take one more meeting: 0 below its quota, else its weakest unlocked meeting. */
function quotaLoss(board: Board, p: number): number {
  if (board.used[p]! < board.idx.capacity[p]!) return 0;
  let least = Infinity;
  for (let s = 0; s < board.slots; s++) {
    const j = board.at(p, s);
    if (j !== -1 && !board.items[j]!.locked) least = Math.min(least, board.items[j]!.score);
  }
  return least;
}

const NONE: readonly number[] = [];

function itemsOf(board: Board, p: number): number[] {
  const out: number[] = [];
  for (let s = 0; s < board.slots; s++) {
    const j = board.at(p, s);
    if (j !== -1) out.push(j);
  }
  return out;
}

/** The unlocked, not required item with the lowest score (-1 when none). */
function weakest(board: Board, items: Iterable<number>, except: readonly number[]): number {
  let best = -1;
  for (const j of items) {
    const m = board.items[j]!;
    if (m.locked || m.required || except.includes(j)) continue;
    if (best === -1 || m.score < board.items[best]!.score || (m.score === board.items[best]!.score && j > best))
      best = j;
  }
  return best;
}
