/** Messages between `rankAllParallel` and its workers (no code with side effects: both sides import it). */
import type { Buyer } from '../model/types.js';
import type { Layout } from '../rank/pack.js';

export interface RankJob {
  layout: Layout;
  buffer: SharedArrayBuffer;
  /** Validated by the main thread. */
  buyers: Buyer[];
  rank: { limit: number; minScore: number; maxPerCountry: number };
}

/**
 * Per buyer of a run, `counts[k]` matches; per match its row and NUMBERS values: score, the
 * components, excluded bits, supplier side, mutual score.
 */
export type RankReply = { type: 'rows'; start: number; counts: number[]; rows: Int32Array; numbers: Float64Array } | { type: 'done' };
export const NUMBERS = 11;
