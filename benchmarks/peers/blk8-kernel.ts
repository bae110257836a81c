/**
 * The tuned pure-JS kernel: 8 buyers per block against one supplier row at a time.
 *
 * Why this shape: V8 emits scalar float64 multiply-adds (no SIMD, no FMA), so the limit is
 * instructions per pair. Loading one supplier value and using it for 8 buyers (8 independent
 * accumulators in registers) amortises the load and its bounds check 8 ways; the 8 buyer
 * vectors are interleaved (`q[d * 8 + lane]`) so they sit in 2 KB of L1 and are read
 * contiguously. A bounded heap per buyer makes most candidates cost one comparison.
 */
import { TopKHeaps } from './heap.js';

export const BLOCK = 8;

/**
 * Top-k supplier rows for buyers [from, to), written to out[(b - outBase) * k ..].
 * `suppliers` is n × dim, `buyers` is m × dim, both row-major.
 */
export function blk8TopK(
  suppliers: Float32Array,
  n: number,
  buyers: Float32Array,
  dim: number,
  from: number,
  to: number,
  k: number,
  out: Int32Array,
  outBase: number,
): void {
  const q = new Float32Array(BLOCK * dim);
  const heaps = new TopKHeaps(BLOCK, k);
  const floor = heaps.floor;
  for (let b0 = from; b0 < to; b0 += BLOCK) {
    const lanes = Math.min(BLOCK, to - b0);
    // Interleave the block; missing lanes of the last block stay zero and are ignored.
    q.fill(0);
    for (let l = 0; l < lanes; l++) for (let d = 0; d < dim; d++) q[d * BLOCK + l] = buyers[(b0 + l) * dim + d]!;
    heaps.reset();
    for (let j = 0, o = 0; j < n; j++, o += dim) {
      let s0 = 0,
        s1 = 0,
        s2 = 0,
        s3 = 0,
        s4 = 0,
        s5 = 0,
        s6 = 0,
        s7 = 0;
      for (let d = 0, p = 0; d < dim; d++, p += BLOCK) {
        const x = suppliers[o + d]!;
        s0 += x * q[p]!;
        s1 += x * q[p + 1]!;
        s2 += x * q[p + 2]!;
        s3 += x * q[p + 3]!;
        s4 += x * q[p + 4]!;
        s5 += x * q[p + 5]!;
        s6 += x * q[p + 6]!;
        s7 += x * q[p + 7]!;
      }
      if (s0 > floor[0]!) heaps.push(0, s0, j);
      if (s1 > floor[1]!) heaps.push(1, s1, j);
      if (s2 > floor[2]!) heaps.push(2, s2, j);
      if (s3 > floor[3]!) heaps.push(3, s3, j);
      if (s4 > floor[4]!) heaps.push(4, s4, j);
      if (s5 > floor[5]!) heaps.push(5, s5, j);
      if (s6 > floor[6]!) heaps.push(6, s6, j);
      if (s7 > floor[7]!) heaps.push(7, s7, j);
    }
    for (let l = 0; l < lanes; l++) heaps.drain(l, out, (b0 + l - outBase) * k);
  }
}
