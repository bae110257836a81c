/**
 * The engine's implementation behind the public contract of engine.ts, and what the worker
 * pool and snapshots need of an engine beyond its public methods (not exported by the package).
 */

import { unknownKeyIssues } from '../model/suggest-field.js';
import type { Buyer, Match, Supplier } from '../model/types.js';
import { issue, ValidationError } from '../model/validation-error.js';
import type { ConceptsOf } from '../score/components/keyword-concepts.js';
import type { DescribeCode, ExplainContext } from '../score/context.js';
import type { QueryBuyer } from '../score/kernel/query.js';
import { type PairNumbers, PairScores } from '../score/kernel/score-pair.js';
import { BuyerIndex } from './buyer-index.js';
import type { BuyerPool, MatchEngine, MeetingCandidate } from './engine.js';
import type { EngineCore } from './engine-core.js';
import { buildMatch } from './match-object.js';
import { type ResolvedRankOptions, resolveRankOptions } from './options.js';
import { byScoreThenId, capPerKey } from './order.js';
import { Ranker } from './ranker.js';
import { writeBinarySnapshot, writeSnapshot } from './snapshot-format.js';
import type { Winner } from './top-k.js';
import { validBuyer, validBuyers } from './validate-input.js';

/** What the worker pool and snapshots need of an engine beyond its public methods. */
export interface EngineInternals {
  readonly core: EngineCore;
  readonly ranker: Ranker;
  /**
   * The Match of a pair, as the engine's own methods build it, from numbers the kernel computed
   * elsewhere (e.g. in a worker thread).
   */
  matchFrom(buyer: Buyer, query: QueryBuyer | (() => QueryBuyer), row: number, numbers: PairNumbers): Match;
  /** `buyer` compiled on first call, then the same query. */
  lazyQuery(buyer: Buyer): () => QueryBuyer;
  /** The engine's `keywordConcepts` function, if any (worker threads get its results, not the function). */
  readonly keywordConcepts: ConceptsOf | undefined;
  /** The id of the supplier at `row`. */
  supplierId(row: number): string;
}

const internals = new WeakMap<MatchEngine, EngineInternals>();

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The exhibitors' side over compiled buyers (see BuyerPool). */
function buyerPool(
  queries: QueryBuyer[],
  ranker: Ranker,
  matchOf: (b: QueryBuyer, row: number, numbers: PairNumbers) => Match,
  supplierIdOf: (h: { row: number }) => string,
  rowOfId: (supplierId: unknown) => number,
): BuyerPool {
  const index = new BuyerIndex(queries, ranker.kernel, ranker.core.options.minIndustryLevel);
  const scratch = new PairScores();
  const rankRow = (row: number, o: ResolvedRankOptions) =>
    index.top(row, o, scratch).map((h) => matchOf(queries[h.row]!, row, h.data));
  return {
    size: queries.length,
    rankBuyers: (supplierId, opts) => {
      const o = resolveRankOptions(opts);
      return rankRow(rowOfId(supplierId), o);
    },
    rankAllSuppliers: (opts) => {
      const o = resolveRankOptions(opts);
      const { idRank, size } = ranker.core.table;
      // Rows with the same codes together (they share their buyers' industry, and the buyers
      // they read stay in cache); the Map in id order.
      const ranked = new Array<Match[]>(size);
      const walk = index.walk;
      for (let k = 0; k < size; k++) {
        const row = walk[k]!;
        ranked[idRank[row]!] = rankRow(row, o);
        o.onProgress?.(k + 1, size);
      }
      const rows = new Int32Array(size);
      for (let row = 0; row < size; row++) rows[idRank[row]!] = row;
      const out = new Map<string, Match[]>();
      rows.forEach((row, k) => out.set(supplierIdOf({ row }), ranked[k]!));
      return out;
    },
  };
}

/** The internals of an engine made by `createEngine` or `loadEngine`. */
export function internalsOf(engine: MatchEngine): EngineInternals {
  const found = typeof engine === 'object' && engine !== null ? internals.get(engine) : undefined;
  if (!found)
    throw new ValidationError([issue(['engine'], 'wrong-type', 'is not an engine from createEngine or loadEngine')]);
  return found;
}

/** An engine over a built (or loaded) core; `profiles` are the suppliers in row order. */
export function engineOver(
  core: EngineCore,
  profiles: readonly Supplier[],
  describeCode: DescribeCode | undefined,
  keywordConcepts?: ConceptsOf,
): MatchEngine {
  const ranker = new Ranker(core, keywordConcepts);
  const { options } = core;
  const rowOf = new Map(profiles.map((s, i) => [s.id, i]));
  const explain: ExplainContext = {
    weights: options.weights,
    asOf: new Date(options.asOf),
    locale: options.locale,
    keywords: ranker.keywords,
    describeCode,
    minIndustryLevel: options.minIndustryLevel,
  };
  const query = (buyer: Buyer): QueryBuyer => ranker.compile(buyer);
  const rowOfId = (supplierId: unknown): number => {
    const row = typeof supplierId === 'string' ? rowOf.get(supplierId) : undefined;
    if (row === undefined)
      throw new ValidationError([
        issue(['supplierId'], 'unknown-id', `no supplier with id ${JSON.stringify(supplierId)} in this engine`),
      ]);
    return row;
  };

  /**
   * The full Match for a pair, from the kernel's numbers. Its explanation lines are written
   * when `reasons` is first read (compiling the buyer then, if `query` is a function that has
   * not yet): ranking many buyers does not pay for text nobody reads.
   */
  const matchFrom = (buyer: Buyer, query: QueryBuyer | (() => QueryBuyer), row: number, r: PairNumbers): Match =>
    buildMatch(explain, buyer, query, profiles[row]!, r);
  /** The Match of a pair not yet scored (scores it). */
  const toMatch = (b: QueryBuyer, row: number): Match => matchFrom(b.profile, b, row, ranker.score(b, row));
  const numbersMatch = (b: QueryBuyer, row: number, numbers: PairNumbers): Match =>
    matchFrom(b.profile, b, row, numbers);
  /** The Match of a winner of `ranker.top`, from the numbers the ranking computed for it. */
  const winnerMatch = (b: QueryBuyer, h: Winner): Match => matchFrom(b.profile, b, h.row, h.data);
  const supplierIdOf = (h: { row: number }) => profiles[h.row]!.id;

  function snapshot(): string;
  function snapshot(opts: { format: 'json' }): string;
  function snapshot(opts: { format: 'binary' }): Uint8Array;
  function snapshot(opts?: { format?: 'json' | 'binary' }): string | Uint8Array {
    const format = (opts as { format?: unknown } | undefined)?.format ?? 'json';
    if (format === 'binary') return writeBinarySnapshot(core, profiles);
    if (format !== 'json')
      throw new ValidationError([issue(['options', 'format'], 'invalid-value', "must be 'json' or 'binary'")]);
    return writeSnapshot(profiles, options);
  }

  const engine: MatchEngine = {
    snapshot,
    size: core.table.size,
    dimension: ranker.dimension,
    score(buyer, supplierId) {
      const b = query(validBuyer(buyer));
      return toMatch(b, rowOfId(supplierId));
    },
    rank(buyer, opts) {
      const b = query(validBuyer(buyer));
      return ranker.top(b, resolveRankOptions(opts)).map((h) => winnerMatch(b, h));
    },
    rankAll(buyers, opts) {
      const o = resolveRankOptions(opts);
      const queries = validBuyers(buyers).map(query);
      const out = new Map<string, Match[]>();
      queries.forEach((b, i) => {
        out.set(
          b.profile.id,
          ranker.top(b, o).map((h) => winnerMatch(b, h)),
        );
        o.onProgress?.(i + 1, queries.length);
      });
      return out;
    },
    buyers: (buyers) => poolOf(buyers, false),
    rankBuyers(supplierId, buyers, opts) {
      return poolOf(buyers, true).rankBuyers(supplierId, opts);
    },
    rankAllSuppliers(buyers, opts) {
      return poolOf(buyers, true).rankAllSuppliers(opts);
    },
    meetingCandidates(buyers, opts) {
      const unknown =
        opts && typeof opts === 'object'
          ? unknownKeyIssues(opts, ['perBuyer', 'perSupplier', 'minScore'], ['opts'])
          : [];
      if (unknown.length) throw new ValidationError(unknown, 'invalid meeting-candidate options');
      const o = resolveRankOptions({ limit: opts?.perBuyer ?? 10, minScore: opts?.minScore }, { limit: 'perBuyer' });
      const perSupplier = resolveRankOptions({ limit: opts?.perSupplier }, { limit: 'perSupplier' }).limit;
      const pairs: MeetingCandidate[] = [];
      for (const b of validBuyers(buyers).map(query)) {
        for (const h of ranker.topMutual(b, o.limit, o.minScore)) {
          const r = h.data;
          pairs.push({
            buyerId: b.profile.id,
            supplierId: supplierIdOf(h),
            score: r.mutual,
            buyerSide: r.score,
            supplierSide: r.supplierSide,
          });
        }
      }
      pairs.sort(byScoreThenId((c) => `${c.supplierId}\u0000${c.buyerId}`));
      return capPerKey(pairs, (c) => c.supplierId, perSupplier);
    },
  };
  /**
   * A pool over `buyers`; with `reuse`, the last pool made from this very array while its buyers
   * are the same validated profiles.
   */
  let last: { array: readonly unknown[]; buyers: readonly Buyer[]; pool: BuyerPool } | undefined;
  const poolOf = (buyers: Buyer[], reuse: boolean): BuyerPool => {
    if (reuse && last && last.array === buyers && sameItems(buyers, last.buyers)) return last.pool;
    const valid = validBuyers(buyers);
    const pool = buyerPool(valid.map(query), ranker, numbersMatch, supplierIdOf, rowOfId);
    // Only validated (frozen) profiles can be trusted not to change between calls.
    if (reuse) last = valid === buyers ? { array: buyers, buyers: [...buyers], pool } : undefined;
    return pool;
  };
  const lazyQuery = (buyer: Buyer) => {
    let q: QueryBuyer | undefined;
    return () => (q ??= ranker.compile(buyer));
  };
  internals.set(engine, {
    core,
    ranker,
    matchFrom,
    lazyQuery,
    keywordConcepts,
    supplierId: (row) => profiles[row]!.id,
  });
  return engine;
}
