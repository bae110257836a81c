/**
 * `cuohe/calibrate`: learn from outcomes. Score an engine's rankings against what happened
 * after a fair (nDCG@k, recall@k, precision@k, MRR, coverage) and fit the component weights to
 * it, with an honest, cross-validated before / after. No Node APIs; works in browsers.
 * @example
 * import { calibrateWeights, evaluateRanking, parseOutcomes } from 'cuohe/calibrate';
 * const outcomes = parseOutcomes(rows, { suppliers, buyers });
 * const { weights, before, after } = calibrateWeights(suppliers, buyers, outcomes, { engine: { asOf: '2026-11-22' } });
 * @packageDocumentation
 */

export {
  type CalibrateOptions,
  type CalibrationResult,
  calibrateWeights,
  type FoldResult,
  MIN_COMPARABLE_BUYERS_PER_FOLD,
  MIN_JUDGED_PAIRS,
} from './calibrate.js';
export { type EvaluateOptions, evaluateRanking, type RankingReport } from './evaluate.js';
export { type FitOptions, type FitResult, fitWeights, type JudgedPair } from './fit.js';
export { type FormatOptions, formatCalibration } from './format.js';
export { type BuyerMetrics, buyerMetrics, dcg, type RankingMetrics } from './metrics.js';
export {
  DEFAULT_GRADES,
  OUTCOME_LABELS,
  type Outcome,
  type OutcomeLabel,
  outcomeLabel,
  type ParseOutcomesOptions,
  parseOutcomes,
} from './outcomes.js';
