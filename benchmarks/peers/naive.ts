/**
 * Naive JS, the way most first versions look: suppliers as plain objects holding number[],
 * `map` every supplier to {row, score}, full `sort`, `slice(0, k)`. Most of its time goes
 * to allocation and sorting 60,000 objects per buyer, not to arithmetic.
 */
import type { PeerMethod } from './method.js';

export const naive: PeerMethod = {
  name: 'naive JS (arrays, map + full sort per buyer)',
  note: 'exact; the baseline of the ratios',
  warmupBuyers: 4,
  async prepare(data, k) {
    const { n, dim } = data;
    const items = Array.from({ length: n }, (_, j) => ({
      row: j,
      v: Array.from(data.suppliers.subarray(j * dim, (j + 1) * dim)),
    }));
    return {
      search(from, count, out) {
        for (let b = from; b < from + count; b++) {
          const q = Array.from(data.buyers.subarray(b * dim, (b + 1) * dim));
          const top = items
            .map((s) => ({ row: s.row, score: s.v.reduce((acc, x, i) => acc + x * q[i]!, 0) }))
            .sort((x, y) => y.score - x.score)
            .slice(0, k);
          top.forEach((t, r) => (out[(b - from) * k + r] = t.row));
        }
      },
    };
  },
};
