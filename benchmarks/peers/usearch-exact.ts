/**
 * usearch `exactSearch` (brute force, SIMD kernels, inner product, f32) in chunks of at most
 * 1,000 queries: it allocates every (query, supplier) pair of a call before selecting, so
 * all 10,000 buyers in one call take ~9 GB.
 */
import { type PeerMethod, peerVersion } from './method.js';
import { loadUsearch, writeKeys } from './usearch-api.js';

const CHUNK = 1000;

export const usearchExact: PeerMethod = {
  name: 'usearch exactSearch, chunks of ≤ 1,000 buyers',
  note: 'exact; native SIMD, allocates n × chunk pairs per call',
  async prepare(data, k, threads) {
    const { exactSearch } = loadUsearch();
    const { dim } = data;
    return {
      note: `usearch ${peerVersion('usearch')}, ${threads} threads`,
      search(from, count, out) {
        for (let c0 = from; c0 < from + count; c0 += CHUNK) {
          const rows = Math.min(CHUNK, from + count - c0);
          const result = exactSearch(
            data.suppliers,
            data.buyers.subarray(c0 * dim, (c0 + rows) * dim),
            dim,
            k,
            'ip',
            threads,
          );
          writeKeys(result, rows, k, out, (c0 - from) * k);
        }
      },
    };
  },
};
