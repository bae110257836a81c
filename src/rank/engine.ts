/**
 * The match engine: built once over a supplier list, then asked for scores and rankings.
 * Every path funnels through the kernel's `scorePair` (src/score/kernel/score-pair.ts), so
 * `rank`, `rankAll`, `rankBuyers`, `meetingCandidates` and `score` agree to the last bit.
 * This file holds the public contract; the implementation is in engine-internals.ts.
 */

import type { Buyer, Match, Supplier } from '../model/types.js';
import { inRowOrder } from '../score/kernel/supplier-table.js';
import { buildCore } from './engine-core.js';
import { engineOver } from './engine-internals.js';
import { type EngineOptions, type RankOptions, resolveEngineOptions } from './options.js';
import { validSuppliers } from './validate-input.js';

/**
 * Scores and ranks buyer-supplier pairs over one supplier list (see `createEngine`).
 * @example
 * const engine: MatchEngine = createEngine(suppliers);
 * engine.rankBuyers('S1', buyers, { limit: 5 });
 */
export interface MatchEngine {
  /** The pair's full breakdown, also when it is excluded (then `excluded` says why). */
  score(buyer: Buyer, supplierId: string): Match;
  /** Eligible suppliers for `buyer`, best first. */
  rank(buyer: Buyer, opts?: RankOptions): Match[];
  /** `rank` for every buyer, keyed by buyer id (in input order). */
  rankAll(buyers: Buyer[], opts?: RankOptions): Map<string, Match[]>;
  /**
   * Eligible buyers for one supplier ("which buyers should I meet?"), best mutual score
   * first (`minScore` applies to the mutual score).
   */
  rankBuyers(supplierId: string, buyers: Buyer[], opts?: RankOptions): Match[];
  /**
   * The buyers compiled and indexed once, for the exhibitors' side: `pool.rankBuyers(supplierId)`
   * for any exhibitor, fast, with the same results as `rankBuyers`. `rankBuyers` and
   * `rankAllSuppliers` keep the pool of the last array they were given (while its buyers are
   * the same validated profiles), so calling them again with that array compiles nothing.
   */
  buyers(buyers: Buyer[]): BuyerPool;
  /**
   * `rankBuyers` for every supplier of the engine: a Map from supplier id (in id order) to
   * its buyers, best mutual score first. `onProgress(done, total)` counts suppliers. Pass a
   * `limit`: without one every eligible pair is returned.
   */
  rankAllSuppliers(buyers: Buyer[], opts?: RankOptions): Map<string, Match[]>;
  /**
   * Candidate pairs for a meeting day: eligible pairs among the engine's suppliers and
   * `buyers`, scored by the mutual score, keeping each buyer's `perBuyer` and each
   * supplier's `perSupplier` best. Feed them to `scheduleMeetings`.
   */
  meetingCandidates(buyers: Buyer[], opts?: MeetingCandidateOptions): MeetingCandidate[];
  /**
   * The engine as JSON text (suppliers and options, not `describeCode`), to save and load
   * again with `loadEngine` without validating from scratch.
   */
  snapshot(): string;
  /** The same as JSON text. */
  snapshot(options: { format: 'json' }): string;
  /**
   * The whole index as bytes: the built tables and posting lists as well as the suppliers,
   * so `loadEngine` neither validates nor indexes again (many times faster than JSON).
   */
  snapshot(options: { format: 'binary' }): Uint8Array;
  /** Number of suppliers indexed. */
  readonly size: number;
  /** Capability vector dimension, or undefined when no supplier gives one. */
  readonly dimension: number | undefined;
}

/**
 * Buyers compiled against one engine (see `engine.buyers`): the exhibitors' side of ranking.
 * @example
 * const pool = engine.buyers(buyers);           // once
 * pool.rankBuyers('S1', { limit: 10 });          // per exhibitor, well under a millisecond
 */
export interface BuyerPool {
  /** Eligible buyers for one supplier, best mutual score first (as `engine.rankBuyers`). */
  rankBuyers(supplierId: string, opts?: RankOptions): Match[];
  /** `rankBuyers` for every supplier of the engine, keyed by supplier id in id order. */
  rankAllSuppliers(opts?: RankOptions): Map<string, Match[]>;
  /** Number of buyers. */
  readonly size: number;
}

/**
 * Options of `meetingCandidates`.
 * @example
 * engine.meetingCandidates(buyers, { perBuyer: 12, perSupplier: 20, minScore: 0.5 });
 */
export interface MeetingCandidateOptions {
  /** Keep each buyer's best this many pairs (default 10). */
  perBuyer?: number;
  /** Keep each supplier's best this many pairs (default: no limit). */
  perSupplier?: number;
  /** Only pairs whose mutual score reaches this (default 0). */
  minScore?: number;
}

/**
 * A pair proposed for a meeting: `score` is the mutual score.
 * @example
 * const candidates: MeetingCandidate[] = engine.meetingCandidates(buyers);
 * scheduleMeetings({ slots, participants, candidates });
 */
export interface MeetingCandidate {
  buyerId: string;
  supplierId: string;
  score: number;
  buyerSide: number;
  supplierSide: number;
}

/**
 * Builds the indexes over `suppliers` (validated like `parseSuppliers`; profiles from the
 * parser are used as they are).
 * @throws {ValidationError} for bad suppliers or options.
 * @example
 * const engine = createEngine(parseSuppliers(rows), { asOf: '2026-11-22' });
 * const top = engine.rank(buyer, { limit: 10 });
 */
export function createEngine(suppliers: Supplier[], options?: EngineOptions): MatchEngine {
  const resolved = resolveEngineOptions(options);
  const profiles = inRowOrder(validSuppliers(suppliers));
  return engineOver(buildCore(profiles, resolved), profiles, resolved.describeCode, resolved.keywordConcepts);
}
