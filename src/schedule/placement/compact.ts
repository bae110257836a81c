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
export function participantCost(board: Board, p: number): number {
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
  for (let k = first + 1; k < last; k++) {
    const s = order[k]!;
    if (free[p]![s] === 1 && board.at(p, s) === -1) idle++;
  }
  return idle + outside;
}

const MAX_CHAIN = 64;

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
      for (const q of [m.buyer, m.supplier]) if (!people.has(q)) people.add(q), queue.push(q);
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
 */
export function compact(board: Board, maxPasses = 40): void {
  const cost = (people: Iterable<number>) => {
    let c = 0;
    for (const p of people) c += participantCost(board, p);
    return c;
  };
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
        const people = new Set(items.flatMap((j) => [board.items[j]!.buyer, board.items[j]!.supplier]));
        const before = cost(people);
        const mark = board.mark();
        if (swap(board, items, a, t) && cost(people) < before) {
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
