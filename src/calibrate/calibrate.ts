/**
 * `calibrateWeights`: fit the component weights to what happened after a fair, and say how
 * much better the fitted weights rank buyers they were not fitted on (k-fold
 * cross-validation by buyer).
 */
import type { Buyer, Supplier } from '../model/types.js';
import { issue, ValidationError, type ValidationIssue } from '../model/validation-error.js';
import { createEngine, type MatchEngine } from '../rank/engine.js';
import type { EngineOptions } from '../rank/options.js';
import { validBuyers, validSuppliers } from '../rank/validate-input.js';
import { resolveWeights, type Weights } from '../score/weights.js';
import {
  type JudgedBuyer,
  judgedBuyers,
  type RankingReport,
  rankingRows,
  reportOf,
  resolveEvaluateOptions,
  validOutcomes,
} from './evaluate.js';
import { fitWeights, type JudgedPair, normalised } from './fit.js';
import { assignFolds } from './folds.js';
import { calibrationMessages } from './messages.js';
import { type RankingMetrics, summarise } from './metrics.js';
import type { Outcome } from './outcomes.js';

/**
 * The least data `calibrateWeights` fits on: judged pairs on eligible pairs (not excluded by
 * a hard constraint), and buyers per fold whose judged pairs differ in grade (only those
 * teach anything about order).
 * @example
 * MIN_JUDGED_PAIRS; // 100
 */
export const MIN_JUDGED_PAIRS = 100;
/**
 * See `MIN_JUDGED_PAIRS`: with 5 folds, at least 50 buyers with differently graded pairs.
 * @example
 * const needed = 5 * MIN_COMPARABLE_BUYERS_PER_FOLD; // 50
 */
export const MIN_COMPARABLE_BUYERS_PER_FOLD = 10;

/**
 * Options of `calibrateWeights`.
 * @example
 * calibrateWeights(suppliers, buyers, outcomes, { folds: 5, seed: 7, k: 10, engine: { asOf: '2026-11-22' } });
 */
export interface CalibrateOptions {
  /** Cross-validation folds (2–20). Default 5. */
  folds?: number;
  /** Seed of the fold assignment and of comparison sampling. Default 1. */
  seed?: number;
  /** Options of the engines built; their `weights` (default `DEFAULT_WEIGHTS`) are the "before" and the prior. */
  engine?: EngineOptions;
  /** Length of the ranking the metrics look at. Default 10. */
  k?: number;
  /** A judged pair is relevant when its grade is above this. Default 0. */
  relevantAbove?: number;
  /** How many comparisons the prior weights are worth (see `fitWeights`). Default 100. */
  regularisation?: number;
}

/**
 * One cross-validation fold: its held-out buyers, the weights fitted without them, and their
 * metrics before (the engine's weights) and after (those fitted weights).
 * @example
 * for (const f of result.folds) console.log(f.fold, f.buyerIds.length, f.before.ndcg, f.after.ndcg);
 */
export interface FoldResult {
  fold: number;
  /** Held-out buyers (sorted ids). */
  buyerIds: string[];
  /** Judged eligible pairs of the other folds' buyers, which the weights were fitted on. */
  trainingPairs: number;
  weights: Weights;
  before: RankingMetrics;
  after: RankingMetrics;
}

/**
 * What `calibrateWeights` returns.
 * @example
 * const { weights, before, after }: CalibrationResult = calibrateWeights(suppliers, buyers, outcomes);
 * console.log(before.overall.ndcg, '→', after.overall.ndcg);
 * createEngine(suppliers, { weights });
 */
export interface CalibrationResult {
  /** Weights fitted on every judged pair: finite, ≥ 0, summing to 1. */
  weights: Weights;
  /** The engine's weights ("before"), scaled to sum to 1. */
  priorWeights: Weights;
  /** Held-out metrics with the engine's weights. */
  before: RankingReport;
  /**
   * Held-out metrics with weights fitted on the other folds: each buyer ranked by weights that
   * never saw its outcomes.
   */
  after: RankingReport;
  folds: FoldResult[];
  /** Judged pairs, and those left out of the fit because a hard constraint excludes them. */
  judgedPairs: number;
  excludedPairs: number;
  /** Comparisons (one buyer's two judged pairs with different grades) behind the final weights. */
  comparisons: number;
}

interface Resolved {
  folds: number;
  seed: number;
  engine: EngineOptions;
  k: number;
  relevantAbove: number;
  regularisation: number;
}

function resolve(options: unknown): Resolved {
  const issues: ValidationIssue[] = [];
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    throw new ValidationError(
      [issue(['options'], 'wrong-type', { expected: 'an object' })],
      'invalid calibration options',
    );
  }
  const o = (options ?? {}) as Record<string, unknown>;
  const { k, relevantAbove } = resolveEvaluateOptions({ k: o.k, relevantAbove: o.relevantAbove }, issues);
  const folds = o.folds ?? 5;
  const seed = o.seed ?? 1;
  const regularisation = o.regularisation ?? 100;
  if (typeof folds !== 'number' || !Number.isInteger(folds) || folds < 2 || folds > 20)
    issues.push(issue(['options', 'folds'], 'out-of-range', { min: 2, max: 20, whole: true }));
  if (typeof seed !== 'number' || !Number.isInteger(seed))
    issues.push(issue(['options', 'seed'], 'out-of-range', { whole: true }));
  if (typeof regularisation !== 'number' || !Number.isFinite(regularisation) || regularisation < 0)
    issues.push(issue(['options', 'regularisation'], 'out-of-range', { min: 0 }));
  if (o.engine !== undefined && (o.engine === null || typeof o.engine !== 'object' || Array.isArray(o.engine)))
    issues.push(issue(['options', 'engine'], 'wrong-type', 'must be engine options'));
  if (issues.length) throw new ValidationError(issues, 'invalid calibration options');
  return {
    folds: folds as number,
    seed: seed as number,
    engine: (o.engine ?? {}) as EngineOptions,
    k,
    relevantAbove,
    regularisation: regularisation as number,
  };
}

/**
 * Component scores of every judged pair (sorted by buyer, then supplier id), and whether a hard
 * constraint excludes it.
 */
function scoredPairs(engine: MatchEngine, judged: readonly JudgedBuyer[]): { pair: JudgedPair; excluded: boolean }[] {
  const out: { pair: JudgedPair; excluded: boolean }[] = [];
  const issues: ValidationIssue[] = [];
  for (const { buyer, grades } of [...judged].sort((a, b) => (a.buyer.id < b.buyer.id ? -1 : 1))) {
    for (const supplierId of [...grades.keys()].sort()) {
      try {
        const match = engine.score(buyer, supplierId);
        out.push({
          pair: { buyerId: buyer.id, components: match.components, grade: grades.get(supplierId)! },
          excluded: match.excluded.length > 0,
        });
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        issues.push({
          ...issue(
            ['outcomes', 'supplierId'],
            'unknown-id',
            `no supplier with id ${JSON.stringify(supplierId)} among the suppliers given`,
          ),
          id: `${buyer.id}/${supplierId}`,
        });
      }
    }
  }
  if (issues.length) throw new ValidationError(issues, 'outcomes of unknown suppliers');
  return out;
}

/** Buyers whose eligible judged pairs are not all graded alike. */
function comparableBuyers(pairs: readonly JudgedPair[]): Set<string> {
  const grades = new Map<string, Set<number>>();
  for (const p of pairs) grades.set(p.buyerId, (grades.get(p.buyerId) ?? new Set()).add(p.grade));
  return new Set([...grades].filter(([, g]) => g.size > 1).map(([id]) => id));
}

/**
 * Fits the component weights to outcomes and reports the honest gain: buyers are split into
 * `folds` groups (by a seeded shuffle of their ids); each group's buyers are ranked by weights
 * fitted on the other groups only, and compared with the engine's weights on the same buyers.
 * The returned `weights` are then fitted on every judged pair. The fit is a regularised
 * pairwise logistic regression on the component scores of each buyer's judged pairs,
 * projected onto non-negative weights summing to 1 (see `fitWeights`). Pairs a hard
 * constraint excludes are left out of the fit (no weight can rank them) but count in the
 * metrics. Deterministic for a seed.
 * @throws {ValidationError} for bad input, and when there are too few judged pairs to say
 * anything: fewer than `MIN_JUDGED_PAIRS` (100) judged eligible pairs, or fewer than
 * `MIN_COMPARABLE_BUYERS_PER_FOLD` (10) × folds buyers whose judged pairs differ in grade.
 * @example
 * const result = calibrateWeights(suppliers, buyers, outcomes, { folds: 5, seed: 1, engine: { asOf: '2026-11-22' } });
 * console.log(result.before.overall.ndcg, '→', result.after.overall.ndcg, result.weights);
 * const engine = createEngine(suppliers, { asOf: '2026-11-22', weights: result.weights });
 */
export function calibrateWeights(
  suppliers: Supplier[],
  buyers: Buyer[],
  outcomes: Outcome[],
  options?: CalibrateOptions,
): CalibrationResult {
  const o = resolve(options);
  const m = calibrationMessages(o.engine.locale);
  const evaluation = { k: o.k, relevantAbove: o.relevantAbove };
  const profiles = validSuppliers(suppliers);
  const buyerProfiles = validBuyers(buyers);
  const base = createEngine(profiles, o.engine);
  const judged = judgedBuyers(buyerProfiles, validOutcomes(outcomes, buyerProfiles));
  const scored = scoredPairs(base, judged);
  const eligible = scored.filter((s) => !s.excluded).map((s) => s.pair);
  const comparable = comparableBuyers(eligible);
  const neededBuyers = MIN_COMPARABLE_BUYERS_PER_FOLD * o.folds;
  if (eligible.length < MIN_JUDGED_PAIRS || comparable.size < neededBuyers) {
    const found = `${eligible.length} / ${comparable.size}`;
    const needed = `${MIN_JUDGED_PAIRS} / ${neededBuyers}`;
    const what =
      o.engine.locale === 'zh'
        ? '（未被硬性条件排除的已评配对 / 结果有高低之分的采购商）'
        : ' (judged eligible pairs / buyers whose pairs differ in grade)';
    throw new ValidationError(
      [issue(['outcomes'], 'out-of-range', m.tooFew(found + what, needed))],
      m.tooFew(found, needed),
    );
  }

  const prior = normalised(resolveWeights(o.engine.weights, ['options', 'engine', 'weights']));
  const fit = (pairs: JudgedPair[]) => fitWeights(pairs, { prior, regularisation: o.regularisation, seed: o.seed });
  const before = rankingRows(base, judged, evaluation);
  const beforeByBuyer = new Map(before.map((r) => [r.judged.buyer.id, r]));
  const foldOf = assignFolds(
    judged.map((j) => j.buyer.id),
    o.folds,
    o.seed,
  );
  const afterRows: typeof before = [];
  const folds: FoldResult[] = [];
  for (let f = 0; f < o.folds; f++) {
    const held = judged.filter((j) => foldOf.get(j.buyer.id) === f);
    const training = eligible.filter((p) => foldOf.get(p.buyerId) !== f);
    const weights = fit(training).weights;
    const rows = rankingRows(createEngine(profiles, { ...o.engine, weights }), held, evaluation);
    afterRows.push(...rows);
    folds.push({
      fold: f,
      buyerIds: held.map((j) => j.buyer.id).sort(),
      trainingPairs: training.length,
      weights,
      before: summarise(held.map((j) => beforeByBuyer.get(j.buyer.id)!.metrics)),
      after: summarise(rows.map((r) => r.metrics)),
    });
  }
  // Held-out rows back in the buyers' order, so both reports group alike.
  const order = new Map(judged.map((j, i) => [j.buyer.id, i]));
  afterRows.sort((a, b) => order.get(a.judged.buyer.id)! - order.get(b.judged.buyer.id)!);
  const final = fit(eligible);
  return {
    weights: final.weights,
    priorWeights: prior,
    before: reportOf(before, evaluation),
    after: reportOf(afterRows, evaluation),
    folds,
    judgedPairs: scored.length,
    excludedPairs: scored.length - eligible.length,
    comparisons: final.comparisons,
  };
}
