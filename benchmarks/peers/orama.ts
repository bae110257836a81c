/**
 * @orama/orama, a popular pure-JS search engine with vector fields: one document per
 * supplier, one vector `search` per buyer. `similarity: 0` because the default (0.8) finds
 * nothing on this data; Orama scores every document above the threshold and sorts them all.
 */
import { importPeer, type PeerMethod } from './method.js';

/** The part of @orama/orama used here. */
interface Orama {
  create(options: { schema: Record<string, string> }): unknown;
  insertMultiple(db: unknown, docs: { id: string; v: number[] }[], batchSize?: number): Promise<string[]> | string[];
  search(
    db: unknown,
    params: {
      mode: 'vector';
      vector: { value: Float32Array; property: string };
      similarity: number;
      limit: number;
      includeVectors: boolean;
    },
  ): Promise<{ hits: { id: string }[] }> | { hits: { id: string }[] };
}

export const orama: PeerMethod = {
  name: '@orama/orama vector search, one search per buyer',
  note: 'exact (brute-force cosine); setup = inserting the suppliers',
  warmupBuyers: 4,
  async prepare(data, k) {
    const { create, insertMultiple, search } = await importPeer<Orama>('@orama/orama');
    const { n, dim } = data;
    const db = create({ schema: { v: `vector[${dim}]` } });
    const docs = Array.from({ length: n }, (_, j) => ({
      id: String(j),
      v: Array.from(data.suppliers.subarray(j * dim, (j + 1) * dim)),
    }));
    await insertMultiple(db, docs, 5000);
    return {
      async search(from, count, out) {
        for (let b = from; b < from + count; b++) {
          const value = data.buyers.slice(b * dim, (b + 1) * dim);
          const { hits } = await search(db, {
            mode: 'vector',
            vector: { value, property: 'v' },
            similarity: 0,
            limit: k,
            includeVectors: false,
          });
          hits.forEach((hit, r) => (out[(b - from) * k + r] = Number(hit.id)));
        }
      },
    };
  },
};
