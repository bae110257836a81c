/** Messages between `rankAllParallel` and its workers (no code with side effects: both sides import it). */
import { type Buyer, COMPONENTS } from '../model/types.js';
import type { Layout } from '../rank/pack.js';
import type { PairNumbers } from '../score/kernel/score-pair.js';

/** To a worker: first the shared index and options, then runs of buyers. */
export type RankMessage =
  | {
      type: 'index';
      layout: Layout;
      buffer: SharedArrayBuffer;
      rank: { limit: number; minScore: number; maxPerCountry: number; maxPerGroup: number };
    }
  /** Buyers validated by the main thread; `start` is the run's place in the pool's order. */
  | {
      type: 'buyers';
      start: number;
      buyers: Buyer[];
      /** The engine's keywordConcepts results for these buyers' keywords (functions cannot cross threads). */
      concepts?: [keyword: string, concepts: string[]][];
    };

/**
 * From a worker, per run of buyers: `counts[k]` matches for buyer `start + k`; per match its
 * row, and its PairNumbers flattened into `numbers` (see `writeNumbers`).
 */
export interface RankReply {
  start: number;
  counts: number[];
  rows: Int32Array;
  numbers: Float64Array;
}

/** Values per match in `RankReply.numbers`: score, the components, excluded bits, supplier side, mutual. */
const STRIDE = COMPONENTS.length + 4;

/** Appends a match's numbers in the order `readNumbers` expects. */
export function writeNumbers(out: number[], r: PairNumbers): void {
  out.push(r.score, ...Array.from(r.components), r.excluded, r.supplierSide, r.mutual);
}

/** The numbers of match `m` of a reply (views, no copies). */
export function readNumbers(numbers: Float64Array, m: number): PairNumbers {
  const n = numbers.subarray(m * STRIDE, (m + 1) * STRIDE);
  const c = COMPONENTS.length;
  return {
    score: n[0]!,
    components: n.subarray(1, 1 + c),
    excluded: n[1 + c]!,
    supplierSide: n[2 + c]!,
    mutual: n[3 + c]!,
  };
}
