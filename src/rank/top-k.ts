/**
 * Exact top-k with pruning. Candidate rows are visited in descending order of a cheap upper
 * bound (bucketed, no full sort), and a row is scored only while its bound can still reach
 * the current k-th best; rows with no HS match at heading level are skipped as a group when
 * their shared bound (industry ≤ 0.4) cannot. The result equals scoring every row and
 * sorting — a property test checks it against the reference path.
 */
import { boundTables, restBound, upperBound } from '../score/kernel/bound.js';
import type { QueryBuyer } from '../score/kernel/query.js';
import { PairScores, scorePair, type KernelContext } from '../score/kernel/score-pair.js';

/** Slack for comparing a bound with a score computed by different float operations. */
const EPS = 1e-9;
const BUCKETS = 64;

export interface Hit {
  row: number;
  score: number;
}

/** The k best rows by score (ties: lower row = lower id first). */
class TopK {
  readonly items: Hit[] = [];
  constructor(private readonly k: number) {}

  /** Score a row must reach to enter; −∞ while not full. */
  get threshold(): number {
    return this.items.length < this.k ? -Infinity : this.items[this.items.length - 1]!.score;
  }

  offer(row: number, score: number): void {
    const items = this.items;
    if (items.length === this.k) {
      const last = items[items.length - 1]!;
      if (score < last.score || (score === last.score && row > last.row)) return;
      items.pop();
    }
    let i = items.length;
    while (i > 0 && (items[i - 1]!.score < score || (items[i - 1]!.score === score && items[i - 1]!.row > row))) i--;
    items.splice(i, 0, { row, score });
  }
}

/** A group of candidate rows, and the industry cap of every row not yet visited after it. */
export interface Tier {
  /** Built only when the tiers before it did not settle the ranking. */
  rows: () => ArrayLike<number>;
  industryCapAfter: number;
}

/** Buffers reused across queries of one engine (one query at a time), so ranking allocates little. */
export class PruneBuffers {
  readonly bounds: Float64Array;
  readonly order: Int32Array;
  readonly seen: Uint8Array;
  constructor(size: number) {
    this.bounds = new Float64Array(size);
    this.order = new Int32Array(size);
    this.seen = new Uint8Array(size);
  }
}

export function prunedTopK(
  ctx: KernelContext,
  b: QueryBuyer,
  pool: () => ArrayLike<number>,
  tiers: readonly Tier[],
  k: number,
  minScore: number,
  scratch: PairScores,
  buffers: PruneBuffers,
): Hit[] {
  const top = new TopK(k);
  const tables = boundTables(ctx, b);
  const bar = () => Math.max(minScore, top.threshold);
  const visit = (rows: ArrayLike<number>) => {
    const n = rows.length;
    const { bounds, order } = buffers;
    const counts = new Int32Array(BUCKETS + 1);
    for (let j = 0; j < n; j++) {
      const ub = upperBound(ctx, b, tables, rows[j]!);
      bounds[j] = ub;
      counts[bucketOf(ub) + 1]!++;
    }
    for (let c = 1; c <= BUCKETS; c++) counts[c]! += counts[c - 1]!;
    const fill = counts.slice();
    for (let j = 0; j < n; j++) order[fill[bucketOf(bounds[j]!)]!++] = j;
    for (let bucket = BUCKETS - 1; bucket >= 0; bucket--) {
      if ((bucket + 1) / BUCKETS + EPS < bar()) break;
      for (let q = counts[bucket]!; q < counts[bucket + 1]!; q++) {
        const j = order[q]!;
        if (bounds[j]! + EPS < bar()) continue;
        const r = scorePair(ctx, b, rows[j]!, scratch);
        if (r.excluded === 0 && r.score >= minScore) top.offer(rows[j]!, r.score);
      }
    }
  };

  if (tiers.length === 0) {
    visit(pool());
    return top.items;
  }
  // Visit tier by tier; stop as soon as nothing outside the visited tiers can reach the bar.
  const { seen } = buffers;
  const marked: number[][] = [];
  const unseen = (rows: ArrayLike<number>) => {
    const out: number[] = [];
    for (let j = 0; j < rows.length; j++) {
      const row = rows[j]!;
      if (seen[row] === 0) {
        seen[row] = 1;
        out.push(row);
      }
    }
    marked.push(out);
    return out;
  };
  try {
    for (const tier of tiers) {
      visit(unseen(tier.rows()));
      if (restBound(ctx, b, tier.industryCapAfter) + EPS < bar()) return top.items;
    }
    visit(unseen(pool()));
    return top.items;
  } finally {
    for (const rows of marked) for (const row of rows) seen[row] = 0;
  }
}

function bucketOf(ub: number): number {
  const b = Math.floor(ub * BUCKETS);
  return b < 0 ? 0 : b >= BUCKETS ? BUCKETS - 1 : b;
}
