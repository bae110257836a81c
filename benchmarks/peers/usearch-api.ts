/**
 * The part of usearch (unum-cloud) used by usearch-exact.ts and usearch-hnsw.ts, and its
 * loader. usearch is loaded with require(): its ESM build locates the native addon from a
 * file: URL stack frame and recurses until the stack overflows on Node 20 (2.25.3 and 2.26.x).
 */
import { requirePeer } from './method.js';

export interface Matches {
  keys: BigUint64Array;
  distances: Float32Array;
}
export interface BatchMatches {
  keys: BigUint64Array;
  distances: Float32Array;
  counts: BigUint64Array;
  k: number;
}
export interface UsearchIndex {
  add(keys: BigUint64Array, vectors: Float32Array, threads?: number): void;
  search(vectors: Float32Array, k: number, threads?: number): Matches | BatchMatches;
  size(): number;
}
export interface Usearch {
  Index: new (config: {
    dimensions: number;
    metric: 'ip';
    quantization: 'f32';
    connectivity: number;
    expansion_add: number;
    expansion_search: number;
  }) => UsearchIndex;
  exactSearch(
    dataset: Float32Array,
    queries: Float32Array,
    dimensions: number,
    count: number,
    metric: 'ip',
    threads?: number,
  ): Matches | BatchMatches;
}

export const loadUsearch = (): Usearch => requirePeer<Usearch>('usearch');

/**
 * Keys of `queries` results (one query gives Matches, several give BatchMatches) into
 * out[offset + q * k + r]; missing ranks stay -1.
 */
export function writeKeys(
  result: Matches | BatchMatches,
  queries: number,
  k: number,
  out: Int32Array,
  offset: number,
): void {
  const counts = 'counts' in result ? result.counts : undefined;
  for (let q = 0; q < queries; q++) {
    const found = counts ? Number(counts[q]) : result.keys.length;
    for (let r = 0; r < k; r++) out[offset + q * k + r] = r < found ? Number(result.keys[q * k + r]) : -1;
  }
}
