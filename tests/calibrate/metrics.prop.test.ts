/** Ranking metrics against references computed by hand from their definitions. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buyerMetrics, dcg, summarise } from '../../src/calibrate/metrics.js';

/** The textbook definitions, written out independently: ranks are 1-based here. */
function reference(ranked: string[], judged: Map<string, number>, k: number, relevantAbove: number) {
  const top = ranked.slice(0, k);
  let actual = 0;
  top.forEach((id, r) => (actual += (judged.get(id) ?? 0) / Math.log2(r + 1 + 1)));
  let ideal = 0;
  [...judged.values()]
    .sort((a, b) => b - a)
    .slice(0, k)
    .forEach((g, r) => (ideal += g / Math.log2(r + 1 + 1)));
  const relevant = [...judged].filter(([, g]) => g > relevantAbove).map(([id]) => id);
  const hits = top.filter((id) => relevant.includes(id));
  let rr = 0;
  for (let r = 0; r < top.length; r++) {
    if (relevant.includes(top[r]!)) {
      rr = 1 / (r + 1);
      break;
    }
  }
  return {
    ndcg: ideal > 0 ? actual / ideal : null,
    recall: relevant.length ? hits.length / relevant.length : null,
    precision: relevant.length ? hits.length / k : null,
    reciprocalRank: relevant.length ? rr : null,
    covered: top.some((id) => judged.has(id)),
  };
}

const SUPPLIERS = Array.from({ length: 12 }, (_, i) => `S${i}`);
const smallCase = fc.record({
  ranked: fc.shuffledSubarray(SUPPLIERS),
  judged: fc.uniqueArray(fc.tuple(fc.constantFrom(...SUPPLIERS), fc.constantFrom(0, 0, 1, 2, 3, 4, 0.5)), {
    selector: ([id]) => id,
    maxLength: 10,
  }),
  k: fc.integer({ min: 1, max: 12 }),
  relevantAbove: fc.constantFrom(0, 1, 2),
});

describe('ranking metrics', () => {
  it('agree with the hand-computed definitions on random small cases', () => {
    fc.assert(
      fc.property(smallCase, ({ ranked, judged, k, relevantAbove }) => {
        const grades = new Map(judged);
        const got = buyerMetrics(ranked, grades, k, relevantAbove);
        const want = reference(ranked, grades, k, relevantAbove);
        if (want.ndcg === null) expect(got.ndcg).toBeNull();
        else expect(got.ndcg).toBeCloseTo(Math.min(1, want.ndcg), 12);
        expect(got.recall).toBe(want.recall);
        expect(got.precision).toBe(want.precision);
        expect(got.reciprocalRank).toBe(want.reciprocalRank);
        expect(got.covered).toBe(want.covered);
        expect(got.judged).toBe(grades.size);
      }),
      { numRuns: 300 },
    );
  });

  it('nDCG is in [0, 1], and 1 for the ideal order', () => {
    fc.assert(
      fc.property(smallCase, ({ ranked, judged, k }) => {
        const grades = new Map(judged);
        const ndcg = buyerMetrics(ranked, grades, k).ndcg;
        if (ndcg !== null) {
          expect(ndcg).toBeGreaterThanOrEqual(0);
          expect(ndcg).toBeLessThanOrEqual(1);
        }
        const ideal = [...grades].sort((a, b) => b[1] - a[1]).map(([id]) => id);
        const best = buyerMetrics(ideal, grades, k).ndcg;
        if ([...grades.values()].some((g) => g > 0)) expect(best).toBeCloseTo(1, 12);
        else expect(best).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('recall, precision, MRR and coverage stay in [0, 1]; a summary averages only the defined figures', () => {
    fc.assert(
      fc.property(fc.array(smallCase, { minLength: 1, maxLength: 6 }), (cases) => {
        const rows = cases.map(({ ranked, judged, k }) => buyerMetrics(ranked, new Map(judged), k));
        const s = summarise(rows);
        for (const v of [s.ndcg, s.recall, s.precision, s.mrr, s.coverage])
          if (v !== null) expect(v >= 0 && v <= 1).toBe(true);
        const defined = rows.filter((r) => r.recall !== null);
        expect(s.buyersWithRelevant).toBe(defined.length);
        if (defined.length)
          expect(s.recall).toBeCloseTo(defined.reduce((a, r) => a + r.recall!, 0) / defined.length, 12);
        else expect(s.recall).toBeNull();
        expect(s.judgedPairs).toBe(rows.reduce((a, r) => a + r.judged, 0));
      }),
      { numRuns: 200 },
    );
  });

  it('worked example: the deal ranked second', () => {
    const m = buyerMetrics(
      ['S3', 'S1', 'S9'],
      new Map([
        ['S1', 4],
        ['S2', 0],
      ]),
      3,
    );
    // DCG = 4 / log2(3); ideal = 4 / log2(2) = 4.
    expect(m.ndcg).toBeCloseTo(1 / Math.log2(3), 12);
    expect(m).toMatchObject({
      recall: 1,
      precision: 1 / 3,
      reciprocalRank: 0.5,
      covered: true,
      judged: 2,
      relevant: 1,
    });
    expect(dcg([4, 0, 1], 10)).toBeCloseTo(4.5, 12);
    // Only declines judged: nothing relevant, the figures are undefined rather than 0.
    expect(buyerMetrics(['S1'], new Map([['S1', 0]]), 5)).toMatchObject({
      ndcg: null,
      recall: null,
      precision: null,
      reciprocalRank: null,
      covered: true,
    });
  });
});
