/**
 * What a participant's agenda costs them: the slots they are free in but idle between their
 * first and last meeting, plus one for every meeting outside their `preferred` windows, read
 * from their bit set on the board (so a move can be priced without making it). Compaction
 * (compact.ts) lowers the sum of these costs.
 */
import type { Board } from './board.js';

/** Small enough that the tie-breaker of a whole chain's participants stays below one idle slot. */
const SPREAD = 1e-7;
/** An exhibitor's idle slot counts 1.5: it also holds a table that another exhibitor could use. */
const SUPPLIER_WAIT = 1.5;

/**
 * Cost of one participant on the board (idle slots in their span + meetings outside preferred
 * windows); with `spread`, plus a tiny tie-breaker. With slots `a` and `b`, the cost as if the
 * participant's meetings in those two slots were swapped (how a Kempe-chain move is priced
 * without making it); with `plus`, as if the participant also met in that slot. One pass over
 * the slots in time order.
 */
export function participantCost(board: Board, p: number, spread = false, a = -1, b = -1, plus = -1): number {
  const { words, position } = board;
  const base = p * words;
  if (WORK.length < words) WORK = new Uint32Array(words);
  for (let w = 0; w < words; w++) WORK[w] = board.occupied[base + w]!;
  if (a !== -1) {
    // Swap the two slots' bits.
    const ka = position[a]!;
    const kb = position[b]!;
    const bitA = (WORK[ka >>> 5]! >>> (ka & 31)) & 1;
    const bitB = (WORK[kb >>> 5]! >>> (kb & 31)) & 1;
    if (bitA !== bitB) {
      WORK[ka >>> 5]! ^= 1 << (ka & 31);
      WORK[kb >>> 5]! ^= 1 << (kb & 31);
    }
  }
  if (plus !== -1) WORK[position[plus]! >>> 5]! |= 1 << (position[plus]! & 31);
  let count = 0;
  let sum = 0;
  let sumSq = 0;
  let outside = 0;
  let first = -1;
  let last = -1;
  for (let w = 0; w < words; w++) {
    let x = WORK[w]!;
    if (x === 0) continue;
    outside += popcount(x & ~board.likedBits[base + w]!);
    if (first === -1) first = w * 32 + 31 - Math.clz32(x & -x);
    last = w * 32 + 31 - Math.clz32(x);
    count += popcount(x);
    if (spread)
      while (x !== 0) {
        const k = w * 32 + 31 - Math.clz32(x & -x);
        sum += k;
        sumSq += k * k;
        x &= x - 1;
      }
  }
  // Idle: free slots without a meeting strictly between the first and the last meeting.
  let idle = 0;
  if (count >= 2)
    for (let w = first >>> 5; w <= last >>> 5; w++) {
      let gaps = board.freeBits[base + w]! & ~WORK[w]!;
      if (w === first >>> 5) gaps &= ~(0xffffffff >>> (31 - (first & 31)));
      // (1 << 31) − 1 is 0x7fffffff once taken to 32 bits, as wanted.
      if (w === last >>> 5) gaps &= (1 << (last & 31)) - 1;
      idle += popcount(gaps);
    }
  if (board.idx.side[p] === 'supplier') idle *= SUPPLIER_WAIT;
  if (!spread || count < 2) return idle + outside;
  // Tie-breaker: how far the meetings lie from their mean position (Σ (k − mean)²). Lowering
  // it pulls a participant's meetings together, which lets the search cross plateaus of equal idle time.
  return idle + outside + SPREAD * (sumSq - (sum * sum) / count);
}

/** Scratch words of participantCost (a participant's bit set with the move applied); grown when needed. */
let WORK = new Uint32Array(4);

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
