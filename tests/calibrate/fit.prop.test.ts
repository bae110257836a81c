/**
 * The weight fit: valid weights always; close to the truth, and no worse than the defaults, when
 * outcomes follow known weights.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreWith } from '../../examples/calibrate/simulate.js';
import { fitWeights, type JudgedPair } from '../../src/calibrate/fit.js';
import { mulberry32 } from '../../src/calibrate/folds.js';
import { buyerMetrics } from '../../src/calibrate/metrics.js';
import { COMPONENTS, type ComponentScores } from '../../src/model/types.js';
import { ValidationError } from '../../src/model/validation-error.js';
import { DEFAULT_WEIGHTS, type Weights } from '../../src/score/weights.js';

const expectValid = (w: Weights) => {
  for (const c of COMPONENTS) {
    expect(Number.isFinite(w[c])).toBe(true);
    expect(w[c]).toBeGreaterThanOrEqual(0);
  }
  expect(COMPONENTS.reduce((s, c) => s + w[c], 0)).toBeCloseTo(1, 12);
};

/**
 * Buyers with `per` candidate pairs each: random components (10 % unknown), grades from the true
 * score plus logistic noise, by rank within the buyer.
 */
function synthetic(
  truth: Weights,
  buyers: number,
  per: number,
  seed: number,
  noise = 0.02,
): { pairs: JudgedPair[]; latent: number[] } {
  const random = mulberry32(seed);
  const pairs: JudgedPair[] = [];
  const latent: number[] = [];
  for (let b = 0; b < buyers; b++) {
    const rows = Array.from({ length: per }, () => {
      const components = Object.fromEntries(
        COMPONENTS.map((c) => [c, random() < 0.1 ? null : random()]),
      ) as ComponentScores;
      const u = Math.min(1 - 1e-12, Math.max(1e-12, random()));
      return { components, value: scoreWith(truth, components) + noise * Math.log(u / (1 - u)) };
    });
    const order = rows.map((r) => r.value).sort((x, y) => x - y);
    for (const r of rows) {
      const q = order.indexOf(r.value) / per;
      pairs.push({
        buyerId: `B${b}`,
        components: r.components,
        grade: q < 0.35 ? 0 : q < 0.6 ? 1 : q < 0.8 ? 2 : q < 0.9 ? 3 : 4,
      });
      latent.push(r.value);
    }
  }
  return { pairs, latent };
}

/** Mean nDCG@10 of ranking each held-out buyer's candidates by `weights`, against their true grades. */
function heldOutNdcg(weights: Weights, heldOut: JudgedPair[]): number {
  const byBuyer = new Map<string, JudgedPair[]>();
  for (const p of heldOut) byBuyer.set(p.buyerId, [...(byBuyer.get(p.buyerId) ?? []), p]);
  let sum = 0;
  for (const list of byBuyer.values()) {
    const ids = list.map((_, i) => `S${i}`);
    const ranked = ids
      .map((id, i) => ({ id, s: scoreWith(weights, list[i]!.components) }))
      .sort((a, b) => b.s - a.s || (a.id < b.id ? -1 : 1))
      .map((r) => r.id);
    sum += buyerMetrics(ranked, new Map(ids.map((id, i) => [id, list[i]!.grade])), 10).ndcg ?? 0;
  }
  return sum / byBuyer.size;
}

const weightsArb = fc
  .array(fc.double({ min: 0.02, max: 1, noNaN: true }), { minLength: COMPONENTS.length, maxLength: COMPONENTS.length })
  .map((xs) => {
    const sum = xs.reduce((a, b) => a + b, 0);
    return Object.fromEntries(COMPONENTS.map((c, k) => [c, xs[k]! / sum])) as Weights;
  });

const pairArb = fc.record({
  buyerId: fc.constantFrom('B1', 'B2', 'B3', 'B4'),
  components: fc.record(
    Object.fromEntries(
      COMPONENTS.map((c) => [c, fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null })]),
    ) as Record<keyof ComponentScores, fc.Arbitrary<number | null>>,
  ),
  grade: fc.constantFrom(0, 1, 2, 3, 4, 0.5, 10),
});

describe('fitWeights', () => {
  it('always returns valid weights: finite, ≥ 0, summing to 1', () => {
    fc.assert(
      fc.property(
        fc.array(pairArb, { maxLength: 30 }),
        fc.option(weightsArb, { nil: undefined }),
        fc.constantFrom(0, 1, 100),
        (pairs, prior, regularisation) => {
          const fit = fitWeights(pairs, { ...(prior ? { prior } : {}), regularisation });
          expectValid(fit.weights);
          expect(fit.comparisons).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is deterministic, and returns the prior when no buyer graded two pairs differently', () => {
    const { pairs } = synthetic(DEFAULT_WEIGHTS, 30, 8, 3);
    expect(fitWeights(pairs, { seed: 2 })).toStrictEqual(fitWeights(pairs, { seed: 2 }));
    const flat = pairs.map((p) => ({ ...p, grade: 1 }));
    const fit = fitWeights(flat);
    expect(fit.comparisons).toBe(0);
    for (const c of COMPONENTS) expect(fit.weights[c]).toBeCloseTo(DEFAULT_WEIGHTS[c], 12);
  });

  // Statistical, not an invariant: each run fits thousands of pairs, so 25 random truths.
  it('recovers known weights within 0.12 (L1) from 8,000 judged pairs; held-out ranking no worse than defaults', () => {
    fc.assert(
      fc.property(weightsArb, fc.integer({ min: 1, max: 1e6 }), (truth, seed) => {
        const { pairs } = synthetic(truth, 400, 20, seed);
        const fit = fitWeights(pairs, { seed });
        expectValid(fit.weights);
        const l1 = COMPONENTS.reduce((s, c) => s + Math.abs(fit.weights[c] - truth[c]), 0);
        expect(l1).toBeLessThanOrEqual(0.12);
        const heldOut = synthetic(truth, 200, 30, seed + 1).pairs;
        expect(heldOutNdcg(fit.weights, heldOut)).toBeGreaterThanOrEqual(heldOutNdcg(DEFAULT_WEIGHTS, heldOut) - 0.005);
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('stays near the prior when there is little data (regularisation)', () => {
    const truth = {
      industry: 0.05,
      region: 0.05,
      capability: 0.6,
      text: 0.05,
      credentials: 0.15,
      capacity: 0.05,
      timing: 0.05,
    };
    const { pairs } = synthetic(truth, 3, 6, 9);
    const distance = (w: Weights, v: Weights) => COMPONENTS.reduce((s, c) => s + Math.abs(w[c] - v[c]), 0);
    const strong = fitWeights(pairs, { regularisation: 1000 }).weights;
    const weak = fitWeights(pairs, { regularisation: 0.01 }).weights;
    expect(distance(strong, DEFAULT_WEIGHTS)).toBeLessThan(distance(weak, DEFAULT_WEIGHTS));
    expect(distance(strong, DEFAULT_WEIGHTS)).toBeLessThan(0.1);
  });

  it('rejects malformed input with a ValidationError naming the pair and field', () => {
    const good = {
      buyerId: 'B1',
      components: {
        industry: 1,
        region: 0.5,
        capability: null,
        text: null,
        credentials: 0.2,
        capacity: null,
        timing: null,
      },
      grade: 2,
    };
    const bad = [good, { ...good, grade: -1 }, { ...good, components: { ...good.components, region: Number.NaN } }];
    try {
      fitWeights(bad as JudgedPair[]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => i.path)).toStrictEqual([
        ['pairs', 1, 'grade'],
        ['pairs', 2, 'components', 'region'],
      ]);
    }
    expect(() => fitWeights([good], { regularisation: -1 })).toThrow(ValidationError);
    expect(() => fitWeights([good], { prior: { industri: 1 } as never })).toThrow(/unknown component/);
  });
});
