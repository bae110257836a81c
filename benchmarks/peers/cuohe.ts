/**
 * cuohe itself with only the capability component weighted: the same question as the peers
 * (cosine top-10), asked through the library's public API from the build (dist/index.js).
 *
 * cuohe still does its general work per pair (all components are known but weighted 0, so
 * it computes what it must to prove that, plus explanations of the returned matches); it
 * clamps negative cosines to 0 and breaks ties by supplier id, so its top-10 matches the
 * exact reference as long as the k-th best cosine is positive (it is, on this data).
 *
 * Parsing (parseSuppliers / parseBuyers) is not timed; setup = createEngine.
 */
import type { Buyer, MatchEngine } from '../../src/index.js';
import { type PeerData, type PeerMethod, PeerNotInstalled, type Searcher } from './method.js';

type Cuohe = typeof import('../../src/index.js');

const WEIGHTS = { industry: 0, region: 0, credentials: 0, text: 0, capacity: 0, timing: 0, capability: 1 };
const AS_OF = '2026-11-22';
/** Zero-padded so that id order equals row order (cuohe breaks ties by id). */
const supplierId = (row: number) => `S${String(row).padStart(7, '0')}`;

interface Built {
  engine: MatchEngine;
  buyers: Buyer[];
  buildSeconds: number;
}

// Both cuohe rows share one engine: parsing 60,000 profiles takes seconds and is not timed.
const built = new WeakMap<PeerData, Promise<Built>>();

async function build(data: PeerData): Promise<Built> {
  const url = new URL('../../dist/index.js', import.meta.url);
  let cuohe: Cuohe;
  try {
    cuohe = (await import(url.href)) as Cuohe;
  } catch (error) {
    throw new PeerNotInstalled(
      'cuohe build missing (run `npx tsup` at the repository root): ' +
        `${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
  }
  const { n, m, dim } = data;
  const vector = (source: Float32Array, row: number) => Array.from(source.subarray(row * dim, (row + 1) * dim));
  const suppliers = cuohe.parseSuppliers(
    Array.from({ length: n }, (_, j) => ({
      id: supplierId(j),
      name: `Supplier ${j}`,
      country: 'CN',
      products: ['847989'],
      capabilities: vector(data.suppliers, j),
    })),
  );
  const buyers = cuohe.parseBuyers(
    Array.from({ length: m }, (_, b) => ({
      id: `B${b}`,
      name: `Buyer ${b}`,
      country: 'DE',
      wants: ['847989'],
      capabilities: vector(data.buyers, b),
    })),
  );
  const t = performance.now();
  const engine = cuohe.createEngine(suppliers, { asOf: AS_OF, weights: WEIGHTS });
  return { engine, buyers, buildSeconds: (performance.now() - t) / 1000 };
}

async function searcher(data: PeerData, k: number, each: boolean): Promise<Searcher> {
  if (!built.has(data)) built.set(data, build(data));
  const { engine, buyers, buildSeconds } = await built.get(data)!;
  const write = (matches: { supplierId: string }[], offset: number, out: Int32Array) => {
    for (let r = 0; r < k; r++) {
      const match = matches[r];
      out[offset + r] = match ? Number(match.supplierId.slice(1)) : -1;
    }
  };
  return {
    buildSeconds,
    search(from, count, out) {
      if (each) {
        for (let b = from; b < from + count; b++) write(engine.rank(buyers[b]!, { limit: k }), (b - from) * k, out);
        return;
      }
      const ranked = engine.rankAll(buyers.slice(from, from + count), { limit: k });
      for (let b = from; b < from + count; b++) write(ranked.get(buyers[b]!.id) ?? [], (b - from) * k, out);
    },
  };
}

export const cuoheRank: PeerMethod = {
  name: 'cuohe capability-only, rank(buyer, {limit: 10}) per buyer',
  note: 'exact; full Match objects with explanations; setup = createEngine',
  prepare: (data, k) => searcher(data, k, true),
};

export const cuoheRankAll: PeerMethod = {
  name: 'cuohe capability-only, rankAll(buyers, {limit: 10})',
  note: 'exact; 1 thread; setup = createEngine (shared with the row above)',
  prepare: (data, k) => searcher(data, k, false),
};
