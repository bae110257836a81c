/**
 * Ranking metrics of one buyer's top k against the pairs judged for that buyer. Unjudged
 * suppliers in the top k count as not relevant (gain 0): nobody met them, so nothing says
 * they were good. Gains are the grades themselves (linear), so a deal (4) is worth four
 * meetings without a next step (1).
 */

/**
 * The metrics of one buyer. `null` where a metric is undefined (no relevant judged pair).
 * @example
 * const m: BuyerMetrics = buyerMetrics(['S1', 'S2'], new Map([['S2', 4]]), 10);
 */
export interface BuyerMetrics {
  /** nDCG@k: DCG of the top k over the DCG of the judged pairs in their best order; in [0, 1]. */
  ndcg: number | null;
  /** Share of the relevant judged pairs that are in the top k. */
  recall: number | null;
  /** Relevant judged pairs in the top k, over k. */
  precision: number | null;
  /** 1 / rank of the first relevant pair in the top k (0 when none is). */
  reciprocalRank: number | null;
  /** Whether any judged pair (relevant or not) is in the top k. */
  covered: boolean;
  /** Judged pairs of this buyer. */
  judged: number;
  /** Judged pairs with a grade above the relevance threshold. */
  relevant: number;
}

const discount = (rank: number): number => 1 / Math.log2(rank + 2);

/**
 * DCG of grades in the given order, cut at k (0-based ranks, discount 1 / log2(rank + 2)).
 * @example
 * dcg([4, 0, 1], 10); // 4 + 0 + 1 / log2(4) = 4.5
 */
export function dcg(grades: readonly number[], k: number): number {
  let sum = 0;
  const n = Math.min(k, grades.length);
  for (let i = 0; i < n; i++) sum += grades[i]! * discount(i);
  return sum;
}

/**
 * Metrics of a ranking (`ranked`: supplier ids, best first; only the first k count) against
 * `judged` (supplier id → grade ≥ 0). A pair is relevant when its grade is above
 * `relevantAbove` (default 0).
 * @example
 * buyerMetrics(['S3', 'S1', 'S9'], new Map([['S1', 4], ['S2', 0]]), 3).ndcg; // 0.63: the deal is second, not first
 */
export function buyerMetrics(
  ranked: readonly string[],
  judged: ReadonlyMap<string, number>,
  k: number,
  relevantAbove = 0,
): BuyerMetrics {
  const top = ranked.slice(0, k);
  const gains = top.map((id) => judged.get(id) ?? 0);
  const ideal = [...judged.values()].sort((a, b) => b - a);
  const best = dcg(ideal, k);
  const relevant = ideal.filter((g) => g > relevantAbove).length;
  const found = top.filter((id) => (judged.get(id) ?? -Infinity) > relevantAbove);
  const first = top.findIndex((id) => (judged.get(id) ?? -Infinity) > relevantAbove);
  const hasRelevant = relevant > 0;
  return {
    // Clamped: with ties the sums can differ in the last bit.
    ndcg: best > 0 ? Math.min(1, dcg(gains, k) / best) : null,
    recall: hasRelevant ? found.length / relevant : null,
    precision: hasRelevant ? found.length / k : null,
    reciprocalRank: hasRelevant ? (first === -1 ? 0 : 1 / (first + 1)) : null,
    covered: top.some((id) => judged.has(id)),
    judged: judged.size,
    relevant,
  };
}

/**
 * Metrics over a group of buyers: the mean of each per-buyer metric over the buyers where it
 * is defined, with the counts behind it.
 * @example
 * const summary: RankingMetrics = evaluateRanking(engine, buyers, outcomes, { k: 10 }).overall;
 */
export interface RankingMetrics {
  ndcg: number | null;
  recall: number | null;
  precision: number | null;
  mrr: number | null;
  /** Share of the buyers with any judged pair in their top k. */
  coverage: number | null;
  /** Buyers with at least one judged pair. */
  buyers: number;
  /** Of those, buyers with at least one relevant judged pair (the base of recall, precision, MRR). */
  buyersWithRelevant: number;
  /** Judged pairs behind the figures. */
  judgedPairs: number;
  /** Of those, the relevant ones. */
  relevantPairs: number;
}

const mean = (values: (number | null)[]): number | null => {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (v === null) continue;
    sum += v;
    n++;
  }
  return n === 0 ? null : sum / n;
};

/**
 * Summarises per-buyer metrics (see RankingMetrics).
 * @example
 * summarise([buyerMetrics(['S1'], new Map([['S1', 2]]), 10)]).ndcg; // 1
 */
export function summarise(rows: readonly BuyerMetrics[]): RankingMetrics {
  return {
    ndcg: mean(rows.map((r) => r.ndcg)),
    recall: mean(rows.map((r) => r.recall)),
    precision: mean(rows.map((r) => r.precision)),
    mrr: mean(rows.map((r) => r.reciprocalRank)),
    coverage: mean(rows.map((r) => (r.covered ? 1 : 0))),
    buyers: rows.length,
    buyersWithRelevant: rows.filter((r) => r.relevant > 0).length,
    judgedPairs: rows.reduce((n, r) => n + r.judged, 0),
    relevantPairs: rows.reduce((n, r) => n + r.relevant, 0),
  };
}
