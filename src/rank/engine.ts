/**
 * The match engine: built once over a supplier list, then asked for scores and rankings.
 * Every path funnels through the kernel's `scorePair` (src/score/kernel/score-pair.ts), so
 * `rank`, `rankAll`, `rankBuyers`, `meetingCandidates` and `score` agree to the last bit.
 */
import { COMPONENTS, type Buyer, type ComponentScores, type Match, type Supplier } from '../model/types.js';
import { ValidationError } from '../model/validation-error.js';
import { KeywordMatcher } from '../score/components/text.js';
import { exclusionCodes } from '../score/constraints.js';
import { explainPair } from '../score/explain/explain.js';
import type { ExplainContext } from '../score/context.js';
import { sectionTable } from '../score/kernel/codes.js';
import { GeoTables } from '../score/kernel/geo-tables.js';
import { Interner } from '../score/kernel/interner.js';
import { compileBuyer, type QueryBuyer } from '../score/kernel/query.js';
import { PairScores, scorePair, type KernelContext } from '../score/kernel/score-pair.js';
import { buildSupplierTable } from '../score/kernel/supplier-table.js';
import { CandidateIndex, type RowLists } from './candidates.js';
import { BoundScratch } from '../score/kernel/bound.js';
import { byScoreThenId, capPerKey } from './order.js';
import { PruneBuffers, prunedTopK, type Tier } from './top-k.js';
import { CODE_SIMILARITY_LEVELS } from '../taxonomy/similarity.js';
import { resolveEngineOptions, resolveRankOptions, type EngineOptions, type RankOptions, type ResolvedRankOptions } from './options.js';
import { validBuyer, validBuyers, validSuppliers } from './validate-input.js';
import { writeSnapshot } from './snapshot-format.js';

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
   * Candidate pairs for a meeting day: eligible pairs among the engine's suppliers and
   * `buyers`, scored by the mutual score, keeping each buyer's `perBuyer` and each
   * supplier's `perSupplier` best. Feed them to `scheduleMeetings`.
   */
  meetingCandidates(buyers: Buyer[], opts?: MeetingCandidateOptions): MeetingCandidate[];
  /**
   * The engine as JSON text (suppliers and options, not `describeCode`), to save and load
   * again with `loadEngine` without validating and indexing from scratch.
   */
  snapshot(): string;
  /** Number of suppliers indexed. */
  readonly size: number;
  /** Capability vector dimension, or undefined when no supplier gives one. */
  readonly dimension: number | undefined;
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

interface Hit {
  row: number;
  score: number;
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
  const profiles = [...validSuppliers(suppliers)].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rowOf = new Map(profiles.map((s, i) => [s.id, i]));
  const geo = new GeoTables(resolved.asOf);
  const vocab = { certificates: new Interner(), languages: new Interner(), keywords: new Interner() };
  const table = buildSupplierTable(profiles, geo, vocab);
  const keywords = new KeywordMatcher(vocab.keywords.values);
  const kernel: KernelContext = {
    table,
    geo,
    weights: Float64Array.from(COMPONENTS, (c) => resolved.weights[c]),
    industryGate: resolved.requireIndustryOverlap && resolved.weights.industry > 0,
    hsSections: sectionTable('hs'),
    isicSections: sectionTable('isic'),
  };
  const explain: ExplainContext = { ...resolved, keywords };
  const candidates = new CandidateIndex(profiles);
  const scratch = new PairScores();
  const pruneBuffers = new PruneBuffers(profiles.length, new BoundScratch(vocab.keywords.size, geo.countries.size));
  const allRows = Int32Array.from({ length: profiles.length }, (_, i) => i);
  const dimension = table.capabilities?.dim;

  const query = (buyer: Buyer): QueryBuyer => {
    if (buyer.capabilities && dimension !== undefined && buyer.capabilities.length !== dimension) {
      throw new ValidationError(
        [{ path: ['capabilities'], message: `has ${buyer.capabilities.length} dimensions; the engine's suppliers have ${dimension}`, id: buyer.id }],
        `buyer "${buyer.id}"`,
      );
    }
    return compileBuyer(buyer, geo, vocab, keywords, resolved.asOf, dimension);
  };
  const rowOfId = (supplierId: unknown): number => {
    const row = typeof supplierId === 'string' ? rowOf.get(supplierId) : undefined;
    if (row === undefined) throw new ValidationError([{ path: ['supplierId'], message: `no supplier with id ${JSON.stringify(supplierId)} in this engine` }]);
    return row;
  };
  /** Suppliers worth scoring for `b`: all, or only those the industry gate can let through. */
  const rowsFor = (b: QueryBuyer): RowLists => (kernel.industryGate ? candidates.candidates(b.profile) : [allRows]);

  /**
   * The full Match for a pair, from the kernel's numbers. Its explanation lines are written
   * when `reasons` is first read: ranking many buyers does not pay for text nobody reads.
   */
  const toMatch = (b: QueryBuyer, row: number): Match => {
    const r = scorePair(kernel, b, row, scratch);
    const components = {} as ComponentScores;
    COMPONENTS.forEach((c, k) => {
      const v = r.components[k]!;
      components[c] = Number.isNaN(v) ? null : v;
    });
    const supplier = table.profiles[row]!;
    const excluded = exclusionCodes(r.excluded, b.profile, supplier);
    const mutual = { supplierSide: r.supplierSide, score: r.mutual };
    let reasons: string[] | undefined;
    return {
      buyerId: b.profile.id,
      supplierId: supplier.id,
      score: r.score,
      components,
      excluded,
      get reasons(): string[] {
        return (reasons ??= explainPair(explain, { query: b, supplier, components, excluded, mutual }));
      },
      set reasons(lines: string[]) {
        reasons = lines;
      },
      mutual,
    };
  };

  /** Eligible rows for `b` scoring at least `minScore` by `pick` (buyer side or mutual). */
  const eligible = (b: QueryBuyer, minScore: number, pick: (r: PairScores) => number): Hit[] => {
    const hits: Hit[] = [];
    pruneBuffers.forEachRow(rowsFor(b), (row) => {
      const r = scorePair(kernel, b, row, scratch);
      if (r.excluded !== 0) return;
      const score = pick(r);
      if (score >= minScore) hits.push({ row, score });
    });
    return hits;
  };
  const supplierIdOf = (h: Hit) => table.profiles[h.row]!.id;

  /**
   * Heading-level rows first, then chapter-level, then every other candidate, each with the
   * industry cap of the rows after it. One tier of all candidates when ISIC activities
   * (which could lift any row) or a disabled industry gate leave no caps to use.
   */
  const tiersFor = (b: QueryBuyer): Tier[] => {
    const { exact, chapter, section } = CODE_SIMILARITY_LEVELS;
    if (!kernel.industryGate || b.profile.activities?.length) return [{ rows: () => rowsFor(b), industryCap: exact, industryCapAfter: undefined }];
    return [
      { rows: () => candidates.headingTier(b.profile)!, industryCap: exact, industryCapAfter: chapter },
      { rows: () => candidates.chapterTier(b.profile)!, industryCap: chapter, industryCapAfter: section },
      { rows: () => rowsFor(b), industryCap: section, industryCapAfter: undefined },
    ];
  };

  const rankOne = (b: QueryBuyer, o: ResolvedRankOptions): Match[] => {
    // With a limit (or a minimum score) and no diversity cap, prune with upper bounds.
    if ((o.limit !== Infinity || o.minScore > 0) && o.maxPerCountry === Infinity) {
      return prunedTopK(kernel, b, tiersFor(b), o.limit, o.minScore, scratch, pruneBuffers).map((h) => toMatch(b, h.row));
    }
    const hits = eligible(b, o.minScore, (r) => r.score).sort(byScoreThenId(supplierIdOf));
    return capPerKey(hits, (h) => table.profiles[h.row]!.country, o.maxPerCountry)
      .slice(0, o.limit)
      .map((h) => toMatch(b, h.row));
  };

  return {
    snapshot: () =>
      writeSnapshot(profiles, {
        weights: resolved.weights,
        asOf: resolved.asOf.toISOString(),
        locale: resolved.locale,
        requireIndustryOverlap: resolved.requireIndustryOverlap,
      }),
    size: table.size,
    dimension,
    score(buyer, supplierId) {
      const b = query(validBuyer(buyer));
      return toMatch(b, rowOfId(supplierId));
    },
    rank(buyer, opts) {
      return rankOne(query(validBuyer(buyer)), resolveRankOptions(opts));
    },
    rankAll(buyers, opts) {
      const o = resolveRankOptions(opts);
      const queries = validBuyers(buyers).map(query);
      const out = new Map<string, Match[]>();
      queries.forEach((b, i) => {
        out.set(b.profile.id, rankOne(b, o));
        o.onProgress?.(i + 1, queries.length);
      });
      return out;
    },
    rankBuyers(supplierId, buyers, opts) {
      const o = resolveRankOptions(opts);
      const row = rowOfId(supplierId);
      const hits: { b: QueryBuyer; score: number }[] = [];
      for (const b of validBuyers(buyers).map(query)) {
        const r = scorePair(kernel, b, row, scratch);
        if (r.excluded === 0 && r.mutual >= o.minScore) hits.push({ b, score: r.mutual });
      }
      hits.sort(byScoreThenId((h) => h.b.profile.id));
      return capPerKey(hits, (h) => h.b.profile.country, o.maxPerCountry)
        .slice(0, o.limit)
        .map((h) => toMatch(h.b, row));
    },
    meetingCandidates(buyers, opts) {
      const o = resolveRankOptions({ limit: opts?.perBuyer ?? 10, minScore: opts?.minScore });
      const perSupplier = resolveRankOptions({ limit: opts?.perSupplier }).limit;
      const pairs: MeetingCandidate[] = [];
      for (const b of validBuyers(buyers).map(query)) {
        const hits = eligible(b, o.minScore, (r) => r.mutual)
          .filter((h) => h.score > 0)
          .sort(byScoreThenId(supplierIdOf))
          .slice(0, o.limit);
        for (const h of hits) {
          const r = scorePair(kernel, b, h.row, scratch);
          pairs.push({ buyerId: b.profile.id, supplierId: supplierIdOf(h), score: r.mutual, buyerSide: r.score, supplierSide: r.supplierSide });
        }
      }
      pairs.sort(byScoreThenId((c) => `${c.supplierId}\u0000${c.buyerId}`));
      return capPerKey(pairs, (c) => c.supplierId, perSupplier);
    },
  };
}
