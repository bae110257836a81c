/**
 * Ranking over an engine core: compiles buyers and finds their best rows. It needs no
 * supplier profiles — ties go by the table's `idRank` — which lets a worker thread rank from
 * a shared core and hand back rows and numbers only.
 */
import type { Buyer } from '../model/types.js';
import { issue, ValidationError } from '../model/validation-error.js';
import { ConceptLookup, type ConceptsOf } from '../score/components/keyword-concepts.js';
import type { KeywordMatcher } from '../score/components/text.js';
import { BoundScratch } from '../score/kernel/bound.js';
import type { QueryBuyer } from '../score/kernel/query.js';
import { type KernelContext, type PairNumbers, PairScores, scorePair } from '../score/kernel/score-pair.js';
import { kernelOver } from '../score/kernel/setup.js';
import { BAND_LEVELS, type RowLists } from './candidates.js';
import type { EngineCore } from './engine-core.js';
import type { ResolvedRankOptions } from './options.js';
import type { RankedList } from './ranked-list.js';
import { type Band, PruneBuffers, prunedTopK, type RankBy, type Winner, winnerList } from './top-k.js';

export class Ranker {
  readonly kernel: KernelContext;
  readonly keywords: KeywordMatcher;
  readonly dimension: number | undefined;
  private readonly compileQuery: (buyer: Buyer) => QueryBuyer;
  private readonly scratch = new PairScores();
  private readonly buffers: PruneBuffers;
  private readonly allRows: Int32Array;

  /**
   * `conceptsOf`: the engine's `keywordConcepts` function; required when the core was built
   * with one (its supplier side is in `core.concepts`).
   */
  constructor(
    readonly core: EngineCore,
    conceptsOf?: ConceptsOf,
  ) {
    const { table, geo, vocab, options } = core;
    if (core.concepts && !conceptsOf) {
      throw new ValidationError([
        issue(
          ['options', 'keywordConcepts'],
          'invalid-value',
          'this index was built with a keywordConcepts function: pass the same function again',
        ),
      ]);
    }
    const concepts = core.concepts && conceptsOf ? new ConceptLookup(core.concepts, conceptsOf) : undefined;
    const kernel = kernelOver(core, { ...options, asOf: new Date(options.asOf) }, concepts);
    this.kernel = kernel.context;
    this.keywords = kernel.keywords;
    this.dimension = kernel.dimension;
    this.compileQuery = kernel.compile;
    this.buffers = new PruneBuffers(table.size, new BoundScratch(vocab.keywords.size, geo.countries.size));
    this.allRows = Int32Array.from({ length: table.size }, (_, i) => i);
  }

  /** @throws {ValidationError} when `buyer` (validated) does not fit this core: a vector of the wrong dimension. */
  check(buyer: Buyer): void {
    const { dimension } = this;
    if (buyer.capabilities && dimension !== undefined && buyer.capabilities.length !== dimension) {
      throw new ValidationError(
        [
          {
            ...issue(
              ['capabilities'],
              'conflict',
              `has ${buyer.capabilities.length} dimensions; the engine's suppliers have ${dimension}`,
            ),
            id: buyer.id,
          },
        ],
        `buyer "${buyer.id}"`,
      );
    }
  }

  /** `buyer` (validated) compiled against this core. @throws {ValidationError} as `check`. */
  compile(buyer: Buyer): QueryBuyer {
    this.check(buyer);
    return this.compileQuery(buyer);
  }

  /** The kernel's numbers for one pair (in a reused object: read it before the next call). */
  score(b: QueryBuyer, row: number): PairScores {
    return scorePair(this.kernel, b, row, this.scratch);
  }

  /**
   * The rows `o` asks for, best first: eligible, at least `minScore`, at most `limit`, capped per
   * country and group.
   */
  top(b: QueryBuyer, o: ResolvedRankOptions): Winner[] {
    const list = winnerList(o.limit, this.core.table.idRank, [
      { key: this.core.table.country, max: o.maxPerCountry },
      { key: this.core.groups, max: o.maxPerGroup },
    ]);
    // With a limit (or a minimum score) and at most one diversity cap, prune with upper bounds.
    if ((list.prunes || o.minScore > 0) && !(o.maxPerCountry !== Infinity && o.maxPerGroup !== Infinity)) {
      return prunedTopK(this.kernel, b, this.bands(b), list, o.minScore, this.scratch, this.buffers);
    }
    return this.offerEligible(b, list, o.minScore, 'buyer');
  }

  /**
   * `b`'s best `k` rows by the mutual score (positive, at least `minScore`): what meeting
   * candidates take per buyer, pruned on bounds of both sides.
   */
  topMutual(b: QueryBuyer, k: number, minScore: number): Winner[] {
    const list = winnerList(k, this.core.table.idRank);
    if (!list.prunes) return this.offerEligible(b, list, minScore, 'mutual');
    return prunedTopK(this.kernel, b, this.bands(b), list, minScore, this.scratch, this.buffers, 'mutual');
  }

  /**
   * Scores every candidate of `b` and offers `list` the eligible ones scoring at least `minScore`
   * by `by` (the mutual score only when positive); the list, best first.
   */
  private offerEligible(b: QueryBuyer, list: RankedList<PairNumbers>, minScore: number, by: RankBy): Winner[] {
    this.buffers.forEachRow(this.candidates(b), (row) => {
      const r = this.score(b, row);
      if (r.excluded !== 0) return;
      const score = by === 'mutual' ? r.mutual : r.score;
      if (score >= minScore && (by === 'buyer' || score > 0)) list.offer(row, score, r);
    });
    return list.result();
  }

  /** Suppliers worth scoring for `b`: all, or only those the industry gate can let through. */
  private candidates(b: QueryBuyer): RowLists {
    return this.kernel.industryGate
      ? this.core.candidates.candidates(b.profile, this.core.options.minIndustryLevel)
      : [this.allRows];
  }

  /**
   * Exact matches first, then heading-level rows, chapter-level rows and every other
   * candidate, each with the industry cap of its rows and of the rows after it. One band of
   * all candidates when ISIC activities (which could lift any row) or a disabled industry
   * gate leave no caps to use.
   */
  private bands(b: QueryBuyer): Band[] {
    const { exact, heading, chapter, section } = BAND_LEVELS;
    const index = this.core.candidates;
    if (!this.kernel.industryGate || b.profile.activities?.length)
      return [
        { rows: () => this.candidates(b), industryCap: exact, industryAtCap: false, industryCapAfter: undefined },
      ];
    // With one wanted code a row's industry is its best match, at most its band's cap: the
    // bound may take the cap without reading codes.
    const industryAtCap = b.wants.codes.length === 1;
    return [
      { rows: () => index.exactBand(b.profile)!, industryCap: exact, industryAtCap, industryCapAfter: heading },
      { rows: () => index.headingBand(b.profile)!, industryCap: heading, industryAtCap, industryCapAfter: chapter },
      { rows: () => index.chapterBand(b.profile)!, industryCap: chapter, industryAtCap, industryCapAfter: section },
      { rows: () => this.candidates(b), industryCap: section, industryAtCap, industryCapAfter: undefined },
    ];
  }
}
