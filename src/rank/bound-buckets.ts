/**
 * Candidates in descending order of their upper bounds without a full sort: a counting sort
 * into buckets of the bound's value, so the pruned rankings (a buyer's suppliers in top-k.ts,
 * an exhibitor's buyers in buyer-index.ts) can score the best-bounded first and stop at the
 * first bucket that cannot reach the list. Buffers are reused across queries.
 */
export const BUCKETS = 256;

export class BoundBuckets {
  /** Entries `order[counts[b]] .. order[counts[b + 1] - 1]` are the candidates in bucket b. */
  readonly counts = new Int32Array(BUCKETS + 1);
  readonly order: Int32Array;
  private readonly fill = new Int32Array(BUCKETS + 1);

  /** `size`: the most candidates one call may sort. */
  constructor(size: number) {
    this.order = new Int32Array(size);
  }

  /** Sorts candidates 0 .. n − 1 by `bounds[j]` into buckets (in input order within a bucket). */
  sort(bounds: Float64Array, n: number): void {
    const { counts, fill, order } = this;
    counts.fill(0);
    for (let j = 0; j < n; j++) counts[bucketOf(bounds[j]!) + 1]!++;
    for (let c = 1; c <= BUCKETS; c++) counts[c]! += counts[c - 1]!;
    fill.set(counts);
    for (let j = 0; j < n; j++) order[fill[bucketOf(bounds[j]!)]!++] = j;
  }
}

/** The most any bound in `bucket` can be (scores are at most 1: the last bucket holds the bounds from 255/256 up). */
export function bucketCeiling(bucket: number): number {
  return (bucket + 1) / BUCKETS;
}

function bucketOf(ub: number): number {
  const b = Math.floor(ub * BUCKETS);
  return b < 0 ? 0 : b >= BUCKETS ? BUCKETS - 1 : b;
}
