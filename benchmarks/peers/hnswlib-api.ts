/**
 * The part of hnswlib-node (a node-gyp addon around hnswlib) used by hnswlib-bruteforce.ts
 * and hnswlib-hnsw.ts. Points and queries must be plain number[]: typed arrays are rejected,
 * so every call pays a conversion, as it would in an application.
 */
import { requirePeer } from './method.js';

export interface SearchResult {
  distances: number[];
  neighbors: number[];
}
export interface BruteforceSearch {
  initIndex(maxElements: number): void;
  addPoint(point: number[], label: number): void;
  searchKnn(query: number[], k: number): SearchResult;
}
export interface HierarchicalNSW {
  initIndex(maxElements: number, m?: number, efConstruction?: number, randomSeed?: number): void;
  addPoint(point: number[], label: number): void;
  setEf(ef: number): void;
  searchKnn(query: number[], k: number): SearchResult;
}
export interface Hnswlib {
  BruteforceSearch: new (space: 'ip', dim: number) => BruteforceSearch;
  HierarchicalNSW: new (space: 'ip', dim: number) => HierarchicalNSW;
}

export const loadHnswlib = (): Hnswlib => requirePeer<Hnswlib>('hnswlib-node');

/** One query at a time through `searchKnn` (k ≤ n: hnswlib aborts the process otherwise). */
export function searchEach(
  index: { searchKnn(query: number[], k: number): SearchResult },
  buyers: Float32Array,
  dim: number,
  from: number,
  count: number,
  k: number,
  out: Int32Array,
): void {
  for (let b = from; b < from + count; b++) {
    const { neighbors, distances } = index.searchKnn(Array.from(buyers.subarray(b * dim, (b + 1) * dim)), k);
    // Results come nearest first by distance (1 − inner product); sort defensively.
    const order = neighbors.map((row, i) => [distances[i]!, row] as const).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    for (let r = 0; r < k; r++) out[(b - from) * k + r] = order[r]?.[1] ?? -1;
  }
}
