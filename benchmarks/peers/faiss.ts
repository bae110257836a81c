/**
 * faiss-node `IndexFlatIP`: exact inner product, batched (one `search` per requested range,
 * so faiss runs BLAS sgemm + heap selection).
 *
 * faiss-node does not install where only the npm registry is reachable: its install script
 * downloads a prebuild from GitHub releases and falls back to `git clone` of faiss. It is
 * therefore not in benchmarks/package.json, and this row normally reads "not installed". If
 * it is installed by hand into benchmarks/node_modules, the row measures it.
 */
import { type PeerMethod, PeerNotInstalled, requirePeer } from './method.js';

/** The part of faiss-node used here. */
interface Faiss {
  IndexFlatIP: new (
    dim: number,
  ) => {
    add(vectors: number[]): void;
    search(queries: number[], k: number): { distances: number[]; labels: number[] };
  };
}

export const faiss: PeerMethod = {
  name: 'faiss-node IndexFlatIP, batched search',
  note: 'exact; native BLAS',
  warmupBuyers: 64,
  async prepare(data, k) {
    let loaded: Faiss;
    try {
      loaded = requirePeer<Faiss>('faiss-node');
    } catch (error) {
      if (error instanceof PeerNotInstalled)
        throw new PeerNotInstalled(`${error.message} (its install script needs github.com; see peers/README.md)`);
      throw error;
    }
    const { IndexFlatIP } = loaded;
    const { dim } = data;
    const index = new IndexFlatIP(dim);
    index.add(Array.from(data.suppliers));
    return {
      search(from, count, out) {
        const { labels } = index.search(Array.from(data.buyers.subarray(from * dim, (from + count) * dim)), k);
        for (let i = 0; i < count * k; i++) out[i] = labels[i] ?? -1;
      },
    };
  },
};
