/** calibrateWeights and evaluateRanking on a sample fair with outcomes simulated from known preferences. */

import {
  type Buyer,
  COMPONENTS,
  createEngine,
  DEFAULT_WEIGHTS,
  type Supplier,
  ValidationError,
  type Weights,
} from 'cuohe';
import {
  type CalibrationResult,
  calibrateWeights,
  evaluateRanking,
  formatCalibration,
  type Outcome,
  parseOutcomes,
} from 'cuohe/calibrate';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { simulateOutcomes } from '../../examples/calibrate/simulate.js';
import { profilesFromRows } from '../../examples/fair/sample.js';
import { generateFair } from '../../examples/fair/synthetic-fair.js';
import { assignFolds } from '../../src/calibrate/folds.js';

const TRUTH: Weights = {
  industry: 0.2,
  capability: 0.3,
  region: 0.3,
  credentials: 0.05,
  text: 0.05,
  capacity: 0.05,
  timing: 0.05,
};
const engineOptions = { asOf: '2026-11-22' };
const l1 = (a: Weights, b: Weights) => COMPONENTS.reduce((s, c) => s + Math.abs(a[c] - b[c]), 0);

let suppliers: Supplier[];
let buyers: Buyer[];
let outcomes: Outcome[];
let fromDefaults: Outcome[];
let result: CalibrationResult;

beforeAll(() => {
  // The generated fair as a fair's script reads it: codes inferred for words-only profiles.
  ({ suppliers, buyers } = profilesFromRows(generateFair({ suppliers: 1200, buyers: 250, seed: 11 })));
  outcomes = parseOutcomes(simulateOutcomes(suppliers, buyers, { truth: TRUTH, seed: 3 }), { suppliers, buyers });
  fromDefaults = parseOutcomes(simulateOutcomes(suppliers, buyers, { truth: { ...DEFAULT_WEIGHTS }, seed: 3 }), {
    suppliers,
    buyers,
  });
  result = calibrateWeights(suppliers, buyers, outcomes, { engine: engineOptions, seed: 5 });
}, 120_000);

describe('calibrateWeights', () => {
  it('fits valid weights near the hidden preferences, and held-out buyers rank better than with the defaults', () => {
    for (const w of [result.weights, ...result.folds.map((f) => f.weights)]) {
      for (const c of COMPONENTS) expect(Number.isFinite(w[c]) && w[c] >= 0).toBe(true);
      expect(COMPONENTS.reduce((s, c) => s + w[c], 0)).toBeCloseTo(1, 12);
    }
    expect(l1(result.weights, TRUTH)).toBeLessThan(0.2);
    expect(l1(result.weights, TRUTH)).toBeLessThan(l1(DEFAULT_WEIGHTS, TRUTH) / 2);
    expect(result.after.overall.ndcg!).toBeGreaterThan(result.before.overall.ndcg!);
    expect(result.after.overall.recall!).toBeGreaterThanOrEqual(result.before.overall.recall!);
    // The counts behind the figures.
    expect(result.before.overall.judgedPairs).toBe(outcomes.length);
    expect(result.after.overall.judgedPairs).toBe(outcomes.length);
    expect(result.judgedPairs).toBe(outcomes.length);
    expect(result.priorWeights).toStrictEqual(DEFAULT_WEIGHTS);
  });

  it('does not pretend a gain when the outcomes follow the default weights', () => {
    const same = calibrateWeights(suppliers, buyers, fromDefaults, { engine: engineOptions, seed: 5 });
    expect(l1(same.weights, DEFAULT_WEIGHTS)).toBeLessThan(0.1);
    expect(Math.abs(same.after.overall.ndcg! - same.before.overall.ndcg!)).toBeLessThan(0.01);
  }, 60_000);

  it('is deterministic for a seed', () => {
    const again = calibrateWeights(suppliers, buyers, [...outcomes].reverse(), { engine: engineOptions, seed: 5 });
    expect(again.weights).toStrictEqual(result.weights);
    expect(again.folds.map((f) => f.buyerIds)).toStrictEqual(result.folds.map((f) => f.buyerIds));
    expect(again.after).toStrictEqual(result.after);
  }, 60_000);

  it("never scores a buyer with weights fitted on it: a fold's weights ignore its own buyers' outcomes", () => {
    const folds = result.folds.map((f) => new Set(f.buyerIds));
    const all = result.folds.flatMap((f) => f.buyerIds);
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(all)).toStrictEqual(new Set(outcomes.map((o) => o.buyerId)));
    // Turn fold 0's outcomes upside down: its weights stay, the others' move.
    const flipped = outcomes.map((o) =>
      folds[0]!.has(o.buyerId) ? { ...o, outcome: 4 - o.grade, grade: 4 - o.grade } : o,
    );
    const other = calibrateWeights(suppliers, buyers, flipped, { engine: engineOptions, seed: 5 });
    expect(other.folds[0]!.weights).toStrictEqual(result.folds[0]!.weights);
    expect(other.folds[0]!.trainingPairs).toBe(result.folds[0]!.trainingPairs);
    for (let f = 1; f < result.folds.length; f++)
      expect(other.folds[f]!.weights).not.toStrictEqual(result.folds[f]!.weights);
  }, 60_000);

  it('refuses, saying the minimum, when there are too few judged pairs', () => {
    const few = outcomes.slice(0, 60);
    expect(() => calibrateWeights(suppliers, buyers, few, { engine: engineOptions })).toThrow(
      /too few judged pairs to fit weights: found \d+ \/ \d+ .*needed 100 \/ 50/,
    );
    expect(() => calibrateWeights(suppliers, buyers, few, { engine: { ...engineOptions, locale: 'zh' } })).toThrow(
      /已评结果的配对太少/,
    );
    expect(() => calibrateWeights(suppliers, buyers, outcomes, { folds: 1 })).toThrow(ValidationError);
    expect(() =>
      calibrateWeights(suppliers, buyers, [{ buyerId: buyers[0]!.id, supplierId: 'nope', outcome: 'deal', grade: 4 }], {
        engine: engineOptions,
      }),
    ).toThrow(/no supplier with id "nope"/);
  });

  it('prints the before / after table in English and Chinese', () => {
    const en = formatCalibration(result);
    expect(en).toMatch(/nDCG@10\s+0\.\d{3}\s+0\.\d{3}\s+\+0\.\d{3}/);
    expect(en).toMatch(/Capability\s+0\.200\s+0\.\d{3}/);
    expect(en).toMatch(/by buyer country/);
    const zh = formatCalibration(result, { locale: 'zh' });
    expect(zh).toMatch(/调整前/);
    expect(zh).toMatch(/能力\s+0\.200/);
  });
});

describe('evaluateRanking', () => {
  it('reports overall and per group, with the counts behind each figure', () => {
    const engine = createEngine(suppliers, engineOptions);
    const report = evaluateRanking(engine, buyers, outcomes, { k: 10 });
    expect(report).toStrictEqual(result.before);
    const countries = Object.values(report.byCountry);
    expect(countries.reduce((s, m) => s + m.judgedPairs, 0)).toBe(report.overall.judgedPairs);
    expect(countries.reduce((s, m) => s + m.buyers, 0)).toBe(report.overall.buyers);
    for (const m of [report.overall, ...countries, ...Object.values(report.byChapter)]) {
      for (const v of [m.ndcg, m.recall, m.precision, m.mrr, m.coverage])
        if (v !== null) expect(v >= 0 && v <= 1).toBe(true);
    }
    // The defaults' own top 40 is where the meetings came from: every buyer has a judged pair in a long enough list.
    expect(evaluateRanking(engine, buyers, outcomes, { k: 40 }).overall.coverage).toBe(1);
  });

  it('validates its input', () => {
    const engine = createEngine(suppliers, engineOptions);
    expect(() => evaluateRanking(engine, buyers, outcomes, { k: 0 })).toThrow(ValidationError);
    expect(() => evaluateRanking(engine, buyers.slice(1), outcomes)).toThrow(/no buyer with id/);
    expect(() =>
      evaluateRanking(engine, buyers, [{ buyerId: buyers[0]!.id, supplierId: 'X', outcome: 'deal' }] as never),
    ).toThrow(/no supplier with id "X"/);
    expect(() => evaluateRanking({} as never, buyers, outcomes)).toThrow(ValidationError);
  });
});

describe('assignFolds', () => {
  it('puts every buyer in exactly one fold, sizes within one, whatever the order of the ids', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 60 }),
        fc.integer({ min: 2, max: 10 }),
        fc.integer(),
        (ids, folds, seed) => {
          const a = assignFolds(ids, folds, seed);
          const b = assignFolds([...ids].reverse(), folds, seed);
          expect(a).toStrictEqual(b);
          expect([...a.keys()].sort()).toStrictEqual([...ids].sort());
          const sizes = Array.from({ length: folds }, (_, f) => [...a.values()].filter((x) => x === f).length);
          expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 200 },
    );
  });
});
