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
  parseOutcomes,
  outcomeLabel,
  OUTCOME_LABELS,
  DEFAULT_GRADES,
  type Outcome,
  type OutcomeLabel,
  type ParseOutcomesOptions,
} from './outcomes.js';
export { buyerMetrics, dcg, type BuyerMetrics, type RankingMetrics } from './metrics.js';
export { evaluateRanking, type EvaluateOptions, type RankingReport } from './evaluate.js';
export { fitWeights, type FitOptions, type FitResult, type JudgedPair } from './fit.js';
export {
  calibrateWeights,
  MIN_JUDGED_PAIRS,
  MIN_COMPARABLE_BUYERS_PER_FOLD,
  type CalibrateOptions,
  type CalibrationResult,
  type FoldResult,
} from './calibrate.js';
export { formatCalibration, type FormatOptions } from './format.js';
