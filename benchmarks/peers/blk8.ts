/** Tuned JS kernel on the main thread (see blk8-kernel.ts for the why of its shape). */
import { blk8TopK } from './blk8-kernel.js';
import type { PeerMethod } from './method.js';

export const blk8: PeerMethod = {
  name: 'tuned JS kernel (Float32Array, 8-buyer blocks, heap), 1 thread',
  note: 'exact; float64 accumulation, no SIMD (V8 does not vectorise)',
  async prepare(data, k) {
    return {
      search(from, count, out) {
        blk8TopK(data.suppliers, data.n, data.buyers, data.dim, from, from + count, k, out, from);
      },
    };
  },
};
