/**
 * Exact top-k with pruning. Candidate rows come in bands (exact product matches, then
 * heading-level, chapter-level, the rest), and a whole later band is skipped when its group
 * bound (its industry is capped) cannot reach the current k-th best. Within a band, rows
 * breaking a hard constraint are dropped; the others get a cheap upper bound a chunk at a
 * time, are visited in descending order of it (bucketed, no full sort), and are scored only
 * while the bound — tightened with the exact region first — can still enter the top k. The
 * result equals scoring every row and sorting; a property test checks it against the
 * reference path. The winners keep the numbers they were scored with (copied out of the
 * scratch as they enter the list), so nothing scores them again.
 *
 * By the mutual score (meeting candidates) the same walk bounds the harmonic mean of the
 * buyer's side (the bound above) and the supplier's side (exact but for the industry, which
 * takes the buyer side's industry bound); it rises with each side, so it bounds the mutual
 * score.
 */
import { type BoundScratch, refineRegion, restBound, upperBound } from '../score/kernel/bound.js';
import { hardExclusions } from '../score/kernel/hard-constraints.js';
import { supplierSideBound, supplierSideRest, supplierSideRestOf } from '../score/kernel/mutual-bound.js';
import type { QueryBuyer } from '../score/kernel/query.js';
import {
  copyNumbers,
  type KernelContext,
  type PairNumbers,
  type PairScores,
  scorePair,
} from '../score/kernel/score-pair.js';
import { mutualScore } from '../score/supplier-side.js';
import { BoundBuckets, BUCKETS, bucketCeiling } from './bound-buckets.js';
import type { RowLists } from './candidates.js';
import { type Cap, type Hit, RankedList } from './ranked-list.js';

/** Slack for comparing a bound with a score computed by different float operations. */
const EPS = 1e-9;

/** A row that made the list, with the numbers the kernel computed for it. */
export type Winner = Hit<PairNumbers>;

/** A list of winners: keeps a copy of the numbers offered with each row it keeps. */
export function winnerList(k: number, idRank: ArrayLike<number>, caps: readonly Cap[] = []): RankedList<PairNumbers> {
  return new RankedList<PairNumbers>(k, idRank, caps, copyNumbers);
}

/** A group of candidate rows, the most their industry can be, and the same for every row after it. */
export interface Band {
  /** Built only when the bands before it did not settle the ranking. */
  rows: () => RowLists;
  /** Industry cap of this band's rows not seen in an earlier band. */
  industryCap: number;
  /** True when those rows' industry, where known, is exactly the cap. */
  industryAtCap: boolean;
  /** Industry cap of every row not yet seen after this band; undefined for the last band. */
  industryCapAfter: number | undefined;
}

/**
 * Buffers reused across the queries of one engine (one query at a time), so ranking
 * allocates next to nothing per query. A row is "seen" in the current query when its stamp
 * equals the query's epoch, so nothing needs clearing between queries.
 */
export class PruneBuffers {
  readonly rows: Int32Array;
  readonly bounds: Float64Array;
  /** Per collected row: the bound's weight total and assumed region (for `refineRegion`). */
  readonly totals: Float64Array;
  readonly regions: Float64Array;
  /** Per collected row, by the mutual score: the buyer side's and the supplier side's bounds. */
  readonly buyerSides: Float64Array;
  readonly sides: Float64Array;
  readonly buckets: BoundBuckets;
  /**
   * Rows bounded before the best of them are scored and the threshold rises: an eighth of the
   * table, 16 to 512 rows (small tables get several chunks too, so tests cross chunk edges).
   */
  readonly chunk: number;
  private readonly stamps: Int32Array;
  private epoch = 0;

  constructor(
    size: number,
    readonly bound: BoundScratch,
  ) {
    this.chunk = Math.max(16, Math.min(512, size >> 3));
    this.rows = new Int32Array(size);
    this.bounds = new Float64Array(size);
    this.totals = new Float64Array(size);
    this.regions = new Float64Array(size);
    this.sides = new Float64Array(size);
    this.buyerSides = new Float64Array(size);
    this.buckets = new BoundBuckets(size);
    this.stamps = new Int32Array(size);
  }

  /** Starts a query: every row becomes unseen. */
  nextEpoch(): void {
    if (++this.epoch === 0x7fffffff) {
      this.stamps.fill(0);
      this.epoch = 1;
    }
  }

  /** True the first time `row` is asked about in this query. */
  firstVisit(row: number): boolean {
    if (this.stamps[row] === this.epoch) return false;
    this.stamps[row] = this.epoch;
    return true;
  }

  /** Calls `fn` once for every distinct row of `lists` (a new query of its own). */
  forEachRow(lists: RowLists, fn: (row: number) => void): void {
    this.nextEpoch();
    for (const list of lists) for (let j = 0; j < list.length; j++) if (this.firstVisit(list[j]!)) fn(list[j]!);
  }
}

/** What ranking orders by: the buyer's side (`rank`) or the mutual score, positive only (meeting candidates). */
export type RankBy = 'buyer' | 'mutual';

/** Fills `top` (whose threshold drives the pruning) with `b`'s best rows scoring at least `minScore`. */
export function prunedTopK(
  ctx: KernelContext,
  b: QueryBuyer,
  bands: readonly Band[],
  top: RankedList<PairNumbers>,
  minScore: number,
  scratch: PairScores,
  buffers: PruneBuffers,
  by: RankBy = 'buyer',
): Winner[] {
  const mutual = by === 'mutual';
  const bar = () => (minScore > top.threshold ? minScore : top.threshold);
  const { rows, bounds, totals, regions, sides, buyerSides, buckets, bound } = buffers;
  const { counts, order } = buckets;
  /**
   * The buyer side's bound below which the mutual bound of row `row` is below `floor`: with the
   * supplier's side at most s, H(a, s) < f when a < f·s / (2s − f). Only a hint for the bound's
   * early exit: the mutual bound itself is compared with the floor.
   */
  const sideFloor = (floor: number, row: number, cap: number) => {
    if (!mutual) return floor;
    const s = supplierSideRestOf(ctx, row, cap);
    return 2 * s > floor ? (floor * s) / (2 * s - floor) : Infinity;
  };

  /** Scores the collected rows in descending order of their bounds while they can reach the bar. */
  const visit = (n: number) => {
    buckets.sort(bounds, n);
    for (let bucket = BUCKETS - 1; bucket >= 0; bucket--) {
      if (bucketCeiling(bucket) + EPS < bar()) return;
      for (let q = counts[bucket]!; q < counts[bucket + 1]!; q++) {
        const j = order[q]!;
        if (bounds[j]! + EPS < bar()) continue;
        if (mutual) {
          const buyerSide = refineRegion(ctx, b, bound, rows[j]!, buyerSides[j]!, totals[j]!, regions[j]!);
          if (mutualScore(buyerSide, sides[j]!) + EPS < bar()) continue;
          const r = scorePair(ctx, b, rows[j]!, scratch, bound.keywordBest);
          if (r.excluded === 0 && r.mutual > 0 && r.mutual >= minScore) top.offer(rows[j]!, r.mutual, r);
          continue;
        }
        if (refineRegion(ctx, b, bound, rows[j]!, bounds[j]!, totals[j]!, regions[j]!) + EPS < bar()) continue;
        const r = scorePair(ctx, b, rows[j]!, scratch, bound.keywordBest);
        if (r.excluded === 0 && r.score >= minScore) top.offer(rows[j]!, r.score, r);
      }
    }
  };

  buffers.nextEpoch();
  bound.prepare(b);
  try {
    for (const band of bands) {
      // Bound the band's unseen, not hard-excluded rows that can reach the bar, and score them
      // a chunk at a time: the threshold from one chunk lets the next skip rows cheaply.
      let n = 0;
      let floor = bar() - EPS;
      for (const list of band.rows()) {
        for (let j = 0; j < list.length; j++) {
          const row = list[j]!;
          if (!buffers.firstVisit(row) || hardExclusions(ctx.table, b, row) !== 0) continue;
          let ub = upperBound(
            ctx,
            b,
            bound,
            row,
            band.industryCap,
            sideFloor(floor, row, band.industryCap),
            band.industryAtCap,
          );
          if (mutual) {
            buyerSides[n] = ub;
            sides[n] = supplierSideBound(ctx, b, row, bound.lastIndustry);
            ub = mutualScore(ub, sides[n]!);
          }
          if (ub < floor) continue;
          rows[n] = row;
          totals[n] = bound.lastTotal;
          regions[n] = bound.lastRegion;
          bounds[n++] = ub;
          if (n === buffers.chunk) {
            visit(n);
            n = 0;
            floor = bar() - EPS;
          }
        }
      }
      visit(n);
      if (band.industryCapAfter === undefined) break;
      const rest = restBound(ctx, b, band.industryCapAfter);
      if ((mutual ? mutualScore(rest, supplierSideRest(band.industryCapAfter)) : rest) + EPS < bar()) break;
    }
    return top.result();
  } finally {
    bound.release();
  }
}
