/**
 * Exact top-k with pruning. Candidate rows come in tiers (exact product matches, then
 * heading-level, chapter-level, the rest), and a whole later tier is skipped when its group
 * bound (its industry is capped) cannot reach the current k-th best. Within a tier, rows
 * breaking a hard constraint are dropped; the others get a cheap upper bound a chunk at a
 * time, are visited in descending order of it (bucketed, no full sort), and are scored only
 * while the bound — tightened with the exact region first — can still enter the top k. The
 * result equals scoring every row and sorting; a property test checks it against the
 * reference path.
 */
import { BoundScratch, refineRegion, restBound, upperBound } from '../score/kernel/bound.js';
import type { QueryBuyer } from '../score/kernel/query.js';
import { hardExclusions } from '../score/kernel/hard-constraints.js';
import { PairScores, scorePair, type KernelContext } from '../score/kernel/score-pair.js';
import type { RowLists } from './candidates.js';

/** Slack for comparing a bound with a score computed by different float operations. */
const EPS = 1e-9;
const BUCKETS = 256;


export interface Hit {
  row: number;
  score: number;
}

/** The k best rows by score (ties: lower id first, by the rows' `idRank`). */
class TopK {
  readonly items: Hit[] = [];
  constructor(
    private readonly k: number,
    private readonly idRank: Int32Array,
  ) {}

  /** Score a row must reach to enter; −∞ while not full. */
  get threshold(): number {
    return this.items.length < this.k ? -Infinity : this.items[this.items.length - 1]!.score;
  }

  offer(row: number, score: number): void {
    const items = this.items;
    if (items.length === this.k) {
      const last = items[items.length - 1]!;
      if (score < last.score || (score === last.score && this.idRank[row]! > this.idRank[last.row]!)) return;
      items.pop();
    }
    let i = items.length;
    while (i > 0 && (items[i - 1]!.score < score || (items[i - 1]!.score === score && this.idRank[items[i - 1]!.row]! > this.idRank[row]!))) i--;
    items.splice(i, 0, { row, score });
  }
}

/** A group of candidate rows, the most their industry can be, and the same for every row after it. */
export interface Tier {
  /** Built only when the tiers before it did not settle the ranking. */
  rows: () => RowLists;
  /** Industry cap of this tier's rows not seen in an earlier tier. */
  industryCap: number;
  /** True when those rows' industry, where known, is exactly the cap. */
  industryAtCap: boolean;
  /** Industry cap of every row not yet seen after this tier; undefined for the last tier. */
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
  readonly order: Int32Array;
  readonly counts = new Int32Array(BUCKETS + 1);
  readonly fill = new Int32Array(BUCKETS + 1);
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
    this.order = new Int32Array(size);
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

export function prunedTopK(
  ctx: KernelContext,
  b: QueryBuyer,
  tiers: readonly Tier[],
  k: number,
  minScore: number,
  scratch: PairScores,
  buffers: PruneBuffers,
): Hit[] {
  const top = new TopK(k, ctx.table.idRank);
  const bar = () => (minScore > top.threshold ? minScore : top.threshold);
  const { rows, bounds, totals, regions, order, counts, fill, bound } = buffers;

  /** Scores the collected rows in descending order of their bounds while they can reach the bar. */
  const visit = (n: number) => {
    counts.fill(0);
    for (let j = 0; j < n; j++) counts[bucketOf(bounds[j]!) + 1]!++;
    for (let c = 1; c <= BUCKETS; c++) counts[c]! += counts[c - 1]!;
    fill.set(counts);
    for (let j = 0; j < n; j++) order[fill[bucketOf(bounds[j]!)]!++] = j;
    for (let bucket = BUCKETS - 1; bucket >= 0; bucket--) {
      if ((bucket + 1) / BUCKETS + EPS < bar()) return;
      for (let q = counts[bucket]!; q < counts[bucket + 1]!; q++) {
        const j = order[q]!;
        if (bounds[j]! + EPS < bar() || refineRegion(ctx, b, bound, rows[j]!, bounds[j]!, totals[j]!, regions[j]!) + EPS < bar()) continue;
        const r = scorePair(ctx, b, rows[j]!, scratch, bound.keywordBest);
        if (r.excluded === 0 && r.score >= minScore) top.offer(rows[j]!, r.score);
      }
    }
  };

  buffers.nextEpoch();
  bound.prepare(b);
  try {
    for (const tier of tiers) {
      // Bound the tier's unseen, not hard-excluded rows that can reach the bar, and score them
      // a chunk at a time: the threshold from one chunk lets the next skip rows cheaply.
      let n = 0;
      let floor = bar() - EPS;
      for (const list of tier.rows()) {
        for (let j = 0; j < list.length; j++) {
          const row = list[j]!;
          if (!buffers.firstVisit(row) || hardExclusions(ctx.table, b, row) !== 0) continue;
          const ub = upperBound(ctx, b, bound, row, tier.industryCap, floor, tier.industryAtCap);
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
      if (tier.industryCapAfter === undefined || restBound(ctx, b, tier.industryCapAfter) + EPS < bar()) break;
    }
    return top.items;
  } finally {
    bound.release();
  }
}

function bucketOf(ub: number): number {
  const b = Math.floor(ub * BUCKETS);
  return b < 0 ? 0 : b >= BUCKETS ? BUCKETS - 1 : b;
}
