/**
 * Compaction: the same meetings, re-slotted so that people wait less. A participant's cost is
 * the number of slots they are free in but idle between their first and last meeting, plus
 * one for every meeting outside their `preferred` windows. Moves are Kempe-chain swaps
 * between two slots (a single move when the chain is one meeting); each is checked against
 * every rule by the board and kept only when the total cost falls, so the set of meetings,
 * and with it the score, never changes.
 */
import type { Board } from './board.js';

/** Cost of one participant on the board (idle slots in their span + meetings outside preferred windows). */
export function participantCost(board: Board, p: number, spread = false): number {
  const { order, free, preferred } = board.idx;
  const liked = preferred[p];
  let first = -1;
  let last = -1;
  let outside = 0;
  for (let k = 0; k < order.length; k++) {
    const s = order[k]!;
    if (board.at(p, s) === -1) continue;
    if (first === -1) first = k;
    last = k;
    if (liked && liked[s] !== 1) outside++;
  }
  let idle = 0;
  let sum = 0;
  let count = 0;
  for (let k = first; k <= last && k >= 0; k++) {
    const s = order[k]!;
    if (board.at(p, s) !== -1) {
      sum += k;
      count++;
    } else if (free[p]![s] === 1) idle++;
  }
  if (board.idx.side[p] === 'supplier') idle *= SUPPLIER_WAIT;
  if (!spread || count < 2) return idle + outside;
  // Tie-breaker: how far the meetings lie from their mean position. Lowering it pulls a
  // participant's meetings together, which lets the search cross plateaus of equal idle time.
  const mean = sum / count;
  let inertia = 0;
  for (let k = first; k <= last; k++) if (board.at(p, order[k]!) !== -1) inertia += (k - mean) ** 2;
  return idle + outside + SPREAD * inertia;
}

/** Small enough that the tie-breaker of a whole chain's participants stays below one idle slot. */
const SPREAD = 1e-7;
/** An exhibitor's idle slot counts 1.5: it also holds a table that another exhibitor could use. */
const SUPPLIER_WAIT = 1.5;

const MAX_CHAIN = 64;
const EPS = 1e-12;

/** The meetings in slots a and t connected to item i through shared participants (a Kempe chain). */
function chain(board: Board, i: number, a: number, t: number): number[] | null {
  const seen = new Set<number>([i]);
  const queue = [board.items[i]!.buyer, board.items[i]!.supplier];
  const people = new Set<number>(queue);
  while (queue.length) {
    const p = queue.pop()!;
    for (const s of [a, t]) {
      const j = board.at(p, s);
      if (j === -1 || seen.has(j)) continue;
      const m = board.items[j]!;
      if (m.locked || seen.size >= MAX_CHAIN) return null;
      seen.add(j);
      for (const q of [m.buyer, m.supplier]) {
        if (people.has(q)) continue;
        people.add(q);
        queue.push(q);
      }
    }
  }
  return [...seen];
}

/** Swaps slots a and t for the chain; false (rolled back) when a rule forbids it. */
function swap(board: Board, items: readonly number[], a: number, t: number): boolean {
  const target = items.map((j) => (board.items[j]!.slot === a ? t : a));
  for (const j of items) board.remove(j);
  return items.every((j, k) => board.put(j, target[k]!));
}

/**
 * Re-slots unlocked meetings to lower the summed participant cost; stops when a full pass
 * finds no improving move (or after `maxPasses`). Deterministic: items and slots in index order.
 * When every table of the target slot is taken, a chain that adds one meeting there is paired
 * with a second chain that takes one meeting back (a compensating swap), and the two are kept
 * only together and only when the cost falls.
 */
export function compact(board: Board, maxPasses = 40): void {
  const cost = (people: Iterable<number>) => {
    let c = 0;
    for (const p of people) c += participantCost(board, p, true);
    return c;
  };
  const { tables } = board.idx;
  for (let pass = 0; pass < maxPasses; pass++) {
    let improved = false;
    for (let i = 0; i < board.items.length; i++) {
      const m = board.items[i]!;
      if (m.slot === -1 || m.locked) continue;
      for (const t of board.idx.order) {
        const a = m.slot;
        if (t === a || board.idx.free[m.buyer]![t] !== 1 || board.idx.free[m.supplier]![t] !== 1) continue;
        const items = chain(board, i, a, t);
        if (!items) continue;
        const people = peopleOf(board, items);
        const before = cost(people);
        const mark = board.mark();
        board.relaxTables = true;
        const ok = swap(board, items, a, t);
        board.relaxTables = false;
        const delta = ok ? cost(people) - before : 0;
        // The chain may leave one of the two slots a meeting over its tables.
        const over = board.inSlot[t]! > tables ? t : board.inSlot[a]! > tables ? a : -1;
        if (ok && delta < -EPS && over === -1) {
          improved = true;
          continue;
        }
        if (
          ok &&
          delta < -EPS &&
          board.inSlot[over]! === tables + 1 &&
          compensate(board, items, people, over, over === t ? a : t, delta, cost)
        ) {
          improved = true;
          continue;
        }
        board.rollback(mark);
      }
    }
    board.commit();
    if (!improved) break;
  }
}

/** Looks for a chain in slot `from` that moves one meeting net to `to` and keeps the combined cost change below 0. */
function compensate(
  board: Board,
  moved: readonly number[],
  people: Set<number>,
  from: number,
  to: number,
  delta: number,
  cost: (people: Iterable<number>) => number,
): boolean {
  let tried = 0;
  for (const j of [...board.members[from]!]) {
    if (moved.includes(j) || board.items[j]!.locked) continue;
    const single = board.bothFree(j, to);
    if (!single && tried >= 24) continue;
    const items = single ? [j] : chain(board, j, from, to);
    if (!items || items.some((k) => moved.includes(k))) continue;
    let net = 0;
    for (const k of items) net += board.items[k]!.slot === from ? 1 : -1;
    if (net !== 1) continue;
    tried++;
    const extra = [...peopleOf(board, items)].filter((p) => !people.has(p));
    const all = [...people, ...extra];
    const before = cost(all);
    const mark = board.mark();
    if (swap(board, items, from, to) && delta + cost(all) - before < -EPS) return true;
    board.rollback(mark);
  }
  return false;
}

function peopleOf(board: Board, items: readonly number[]): Set<number> {
  return new Set(items.flatMap((j) => [board.items[j]!.buyer, board.items[j]!.supplier]));
}
