/** Messages between `rankAllSuppliersParallel` and its workers (no code with side effects: both sides import it). */
import type { Buyer } from '../model/types.js';
import type { Layout } from '../rank/pack.js';

export type SuppliersMessage =
  /** First: the shared index, every buyer (validated by the main thread) and the options. */
  | {
      type: 'index';
      layout: Layout;
      buffer: SharedArrayBuffer;
      buyers: Buyer[];
      /** The engine's keywordConcepts results for the buyers' keywords (functions cannot cross threads). */
      concepts?: [keyword: string, concepts: string[]][];
      rank: { limit: number; minScore: number; maxPerCountry: number; maxPerGroup: number };
    }
  /** Then runs [start, end) of the supplier rows in walk order (`rowsBySignature`) to rank. */
  | { type: 'rows'; start: number; end: number };

/**
 * From a worker, per run: `counts[k]` buyers for the row at walk position `start + k`; per match the
 * buyer's index and its PairNumbers flattened into `numbers` (see `writeNumbers`).
 */
export interface SuppliersReply {
  start: number;
  counts: number[];
  buyers: Int32Array;
  numbers: Float64Array;
}
