/**
 * usearch HNSW index (approximate): connectivity 16, expansion 128 while adding, 256 while
 * searching, inner product on f32. Setup = adding all suppliers (multi-threaded); all
 * requested buyers go to one multi-threaded `search` call.
 */
import { HNSW, type PeerMethod, peerVersion } from './method.js';
import { loadUsearch, writeKeys } from './usearch-api.js';

export const usearchHnsw: PeerMethod = {
  name: 'usearch HNSW (M=16, efC=128, ef=256)',
  note: 'setup = building the graph',
  approximate: true,
  warmupBuyers: 64,
  async prepare(data, k, threads) {
    const { Index } = loadUsearch();
    const { n, dim } = data;
    const index = new Index({
      dimensions: dim,
      metric: 'ip',
      quantization: 'f32',
      connectivity: HNSW.connectivity,
      expansion_add: HNSW.expansionAdd,
      expansion_search: HNSW.expansionSearch,
    });
    index.add(
      BigUint64Array.from({ length: n }, (_, j) => BigInt(j)),
      data.suppliers,
      threads,
    );
    return {
      note: `usearch ${peerVersion('usearch')}, ${threads} threads`,
      search(from, count, out) {
        writeKeys(index.search(data.buyers.subarray(from * dim, (from + count) * dim), k, threads), count, k, out, 0);
      },
    };
  },
};
