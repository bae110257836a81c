/**
 * The match engine: built once over a supplier list, then asked for scores and rankings.
 * Every path funnels through `evaluatePair` (src/score/evaluate.ts), so `rank`, `rankAll`,
 * `rankBuyers` and `score` agree to the last bit.
 */
import type { Buyer, Match, Supplier } from '../model/types.js';
import { ValidationError } from '../model/validation-error.js';
import { isValidatedProfile, parseBuyers, parseSuppliers } from '../model/parse.js';
import { prepareBuyer, prepareSupplier, type PreparedSupplier } from '../score/prepared.js';
import { normalise } from '../score/capability.js';
import { KeywordMatcher } from '../score/text.js';
import { RegionCache } from '../score/region.js';
import { evaluatePair, type PairEvaluation } from '../score/evaluate.js';
import { explainPair } from '../score/explain/explain.js';
import type { QueryBuyer, ScoringContext } from '../score/context.js';
import { CandidateIndex } from './candidates.js';
import { byScoreThenId, capPerKey } from './order.js';
import { resolveEngineOptions, resolveRankOptions, type EngineOptions, type RankOptions, type ResolvedRankOptions } from './options.js';

/** Scores and ranks buyer-supplier pairs over one supplier list. */
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
   * Candidate pairs for a meeting day: every eligible pair among the engine's suppliers and
   * `buyers`, scored by the mutual score, keeping each buyer's `perBuyer` and each
   * supplier's `perSupplier` best. Feed them to `scheduleMeetings`.
   */
  meetingCandidates(buyers: Buyer[], opts?: MeetingCandidateOptions): MeetingCandidate[];
  /** Number of suppliers indexed. */
  readonly size: number;
  /** Capability vector dimension, or undefined when no supplier gives one. */
  readonly dimension: number | undefined;
}

/**
 * Builds the indexes over `suppliers` (validated like {@link parseSuppliers}; profiles from
 * the parser are used as they are).
 * @throws {ValidationError} for bad suppliers or options.
 * @example
 * const engine = createEngine(parseSuppliers(rows), { asOf: '2026-11-22' });
 * const top = engine.rank(buyer, { limit: 10 });
 */
export function createEngine(suppliers: Supplier[], options?: EngineOptions): MatchEngine {
  const resolved = resolveEngineOptions(options);
  const profiles = validSuppliers(suppliers);
  const sorted = [...profiles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const prepared = sorted.map(prepareSupplier);
  const byId = new Map(prepared.map((s) => [s.profile.id, s]));
  const vocabulary = [...new Set(sorted.flatMap((s) => s.keywords ?? []))].sort();
  const ctx: ScoringContext = {
    ...resolved,
    region: new RegionCache(resolved.asOf),
    keywords: new KeywordMatcher(vocabulary),
    capabilities: capabilityMatrix(prepared),
  };
  const candidates = new CandidateIndex(prepared);
  const gate = ctx.requireIndustryOverlap && ctx.weights.industry > 0;

  const query = (buyer: Buyer): QueryBuyer => {
    const b = prepareBuyer(buyer);
    const dim = ctx.capabilities?.dim;
    if (buyer.capabilities && dim !== undefined && buyer.capabilities.length !== dim) {
      throw new ValidationError(
        [{ path: ['capabilities'], message: `has ${buyer.capabilities.length} dimensions; the engine's suppliers have ${dim}`, id: buyer.id }],
        `buyer "${buyer.id}"`,
      );
    }
    return { ...b, vector: buyer.capabilities && dim !== undefined ? normalise(buyer.capabilities) : undefined };
  };
  const toMatch = (b: QueryBuyer, s: PreparedSupplier, e: PairEvaluation): Match => ({
    buyerId: b.profile.id,
    supplierId: s.profile.id,
    score: e.score,
    components: e.components,
    excluded: e.excluded,
    reasons: explainPair(ctx, b, s, e),
    mutual: e.mutual,
  });

  /** Suppliers worth scoring for `b`: all of them, or only those the industry gate can let through. */
  const poolFor = (b: QueryBuyer): readonly PreparedSupplier[] =>
    gate ? candidates.candidates(b.profile).map((i) => prepared[i]!) : prepared;

  const rankOne = (b: QueryBuyer, opts: ResolvedRankOptions): Match[] => {
    const pool = poolFor(b);
    const hits: { s: PreparedSupplier; e: PairEvaluation; score: number }[] = [];
    for (const s of pool) {
      const e = evaluatePair(ctx, b, s);
      if (e.excluded.length === 0 && e.score >= opts.minScore) hits.push({ s, e, score: e.score });
    }
    hits.sort(byScoreThenId((h) => h.s.profile.id));
    return capPerKey(hits, (h) => h.s.profile.country, opts.maxPerCountry)
      .slice(0, opts.limit)
      .map((h) => toMatch(b, h.s, h.e));
  };

  const meetingCandidates = (buyers: Buyer[], opts?: MeetingCandidateOptions): MeetingCandidate[] => {
    const o = resolveRankOptions({ limit: opts?.perBuyer ?? 10, minScore: opts?.minScore });
    const perSupplier = resolveRankOptions({ limit: opts?.perSupplier }).limit;
    const pairs: MeetingCandidate[] = [];
    for (const b of validBuyers(buyers).map(query)) {
      const pool = poolFor(b);
      const mine: MeetingCandidate[] = [];
      for (const s of pool) {
        const e = evaluatePair(ctx, b, s);
        if (e.excluded.length > 0 || e.mutual.score < o.minScore || e.mutual.score === 0) continue;
        mine.push({ buyerId: b.profile.id, supplierId: s.profile.id, score: e.mutual.score, buyerSide: e.score, supplierSide: e.mutual.supplierSide });
      }
      mine.sort(byScoreThenId((c) => c.supplierId));
      pairs.push(...mine.slice(0, o.limit));
    }
    pairs.sort(byScoreThenId((c) => `${c.supplierId}\u0000${c.buyerId}`));
    return capPerKey(pairs, (c) => c.supplierId, perSupplier);
  };

  return {
    meetingCandidates,
    size: prepared.length,
    dimension: ctx.capabilities?.dim,
    score(buyer, supplierId) {
      const b = query(validBuyer(buyer));
      const s = typeof supplierId === 'string' ? byId.get(supplierId) : undefined;
      if (!s) throw new ValidationError([{ path: ['supplierId'], message: `no supplier with id ${JSON.stringify(supplierId)} in this engine` }]);
      return toMatch(b, s, evaluatePair(ctx, b, s));
    },
    rank(buyer, opts) {
      return rankOne(query(validBuyer(buyer)), resolveRankOptions(opts));
    },
    rankAll(buyers, opts) {
      const o = resolveRankOptions(opts);
      const valid = validBuyers(buyers);
      const queries = valid.map(query);
      const out = new Map<string, Match[]>();
      queries.forEach((b, i) => {
        out.set(b.profile.id, rankOne(b, o));
        o.onProgress?.(i + 1, queries.length);
      });
      return out;
    },
    rankBuyers(supplierId, buyers, opts) {
      const o = resolveRankOptions(opts);
      const s = typeof supplierId === 'string' ? byId.get(supplierId) : undefined;
      if (!s) throw new ValidationError([{ path: ['supplierId'], message: `no supplier with id ${JSON.stringify(supplierId)} in this engine` }]);
      const hits: { b: QueryBuyer; e: PairEvaluation; score: number }[] = [];
      for (const b of validBuyers(buyers).map(query)) {
        const e = evaluatePair(ctx, b, s);
        if (e.excluded.length === 0 && e.mutual.score >= o.minScore) hits.push({ b, e, score: e.mutual.score });
      }
      hits.sort(byScoreThenId((h) => h.b.profile.id));
      return capPerKey(hits, (h) => h.b.profile.country, o.maxPerCountry)
        .slice(0, o.limit)
        .map((h) => toMatch(h.b, s, h.e));
    },
  };
}

/** Options of `meetingCandidates`. */
export interface MeetingCandidateOptions {
  /** Keep each buyer's best this many pairs (default 10). */
  perBuyer?: number;
  /** Keep each supplier's best this many pairs (default: no limit). */
  perSupplier?: number;
  /** Only pairs whose mutual score reaches this (default 0). */
  minScore?: number;
}

/** A pair proposed for a meeting: `score` is the mutual score. */
export interface MeetingCandidate {
  buyerId: string;
  supplierId: string;
  score: number;
  buyerSide: number;
  supplierSide: number;
}

function validSuppliers(suppliers: unknown): Supplier[] {
  if (Array.isArray(suppliers) && suppliers.every(isValidatedProfile)) return suppliers as Supplier[];
  return parseSuppliers(suppliers);
}

function validBuyers(buyers: unknown): Buyer[] {
  if (Array.isArray(buyers) && buyers.every(isValidatedProfile)) {
    const ids = new Set(buyers.map((b: Buyer) => b.id));
    if (ids.size === buyers.length) return buyers as Buyer[];
  }
  return parseBuyers(buyers);
}

function validBuyer(buyer: unknown): Buyer {
  if (isValidatedProfile(buyer)) return buyer as Buyer;
  try {
    return parseBuyers([buyer])[0]!;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError(
      error.issues.map((i) => ({ ...i, path: ['buyer', ...i.path.slice(1)] })),
      'invalid buyer',
    );
  }
}

function capabilityMatrix(suppliers: readonly PreparedSupplier[]): ScoringContext['capabilities'] {
  const dim = suppliers.find((s) => s.profile.capabilities)?.profile.capabilities?.length;
  if (dim === undefined) return undefined;
  const matrix = new Float32Array(suppliers.length * dim);
  const present = new Uint8Array(suppliers.length);
  for (const s of suppliers) {
    const v = s.profile.capabilities && normalise(s.profile.capabilities);
    if (!v) continue;
    matrix.set(v, s.index * dim);
    present[s.index] = 1;
  }
  return { matrix, dim, present };
}
