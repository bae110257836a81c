/** Messages between `rankAllParallel` and its workers (no code with side effects: both sides import it). */
import type { Buyer } from '../model/types.js';
import type { Layout } from '../rank/pack.js';

/** To a worker: first the shared index and options, then runs of buyers, then the end. */
export type RankMessage =
  | { type: 'index'; layout: Layout; buffer: SharedArrayBuffer; rank: { limit: number; minScore: number; maxPerCountry: number } }
  /** Buyers validated by the main thread; `start` is the run's place in the pool's order. */
  | { type: 'buyers'; start: number; buyers: Buyer[] }
  | { type: 'end' };

/**
 * From a worker, per run of buyers: `counts[k]` matches for buyer `start + k`; per match its
 * row and NUMBERS values: score, the components, excluded bits, supplier side, mutual score.
 */
export interface RankReply {
  start: number;
  counts: number[];
  rows: Int32Array;
  numbers: Float64Array;
}
export const NUMBERS = 11;
