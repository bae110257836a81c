/** hnswlib-node `BruteforceSearch`: exact, native (SSE, no -march=native), one query per call. */
import { loadHnswlib, searchEach } from './hnswlib-api.js';
import { type PeerMethod, peerVersion } from './method.js';

export const hnswlibBruteforce: PeerMethod = {
  name: 'hnswlib-node BruteforceSearch, one query per call',
  note: 'exact; setup = adding the suppliers',
  warmupBuyers: 32,
  async prepare(data, k) {
    const { BruteforceSearch } = loadHnswlib();
    const { n, dim } = data;
    if (k > n) throw new Error(`k = ${k} > n = ${n}`);
    const index = new BruteforceSearch('ip', dim);
    index.initIndex(n);
    for (let j = 0; j < n; j++) index.addPoint(Array.from(data.suppliers.subarray(j * dim, (j + 1) * dim)), j);
    return {
      note: `hnswlib-node ${peerVersion('hnswlib-node')}, 1 thread`,
      search: (from, count, out) => searchEach(index, data.buyers, dim, from, count, k, out),
    };
  },
};
