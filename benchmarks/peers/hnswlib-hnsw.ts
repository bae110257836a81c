/**
 * hnswlib-node HNSW index (approximate), same graph parameters as the usearch row
 * (M=16, efC=128, ef=256). hnswlib-node adds points one at a time from JS, so the build
 * runs on one thread; searches are one query per call.
 */
import { loadHnswlib, searchEach } from './hnswlib-api.js';
import { HNSW, type PeerMethod, peerVersion } from './method.js';

export const hnswlibHnsw: PeerMethod = {
  name: 'hnswlib-node HNSW (M=16, efC=128, ef=256)',
  note: 'setup = building the graph',
  approximate: true,
  warmupBuyers: 64,
  async prepare(data, k) {
    const { HierarchicalNSW } = loadHnswlib();
    const { n, dim } = data;
    if (k > n) throw new Error(`k = ${k} > n = ${n}`);
    const index = new HierarchicalNSW('ip', dim);
    index.initIndex(n, HNSW.connectivity, HNSW.expansionAdd, 100);
    for (let j = 0; j < n; j++) index.addPoint(Array.from(data.suppliers.subarray(j * dim, (j + 1) * dim)), j);
    index.setEf(HNSW.expansionSearch);
    return {
      note: `hnswlib-node ${peerVersion('hnswlib-node')}, 1 thread`,
      search: (from, count, out) => searchEach(index, data.buyers, dim, from, count, k, out),
    };
  },
};
