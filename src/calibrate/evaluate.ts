/**
 * How well an engine's rankings agree with what happened: nDCG@k, recall@k, precision@k, MRR
 * and coverage, overall and per buyer country and wanted HS chapter.
 */
import type { Buyer } from '../model/types.js';
import { issue, ValidationError, type ValidationIssue } from '../model/validation-error.js';
import type { MatchEngine } from '../rank/engine.js';
import { validBuyers } from '../rank/validate-input.js';
import { type BuyerMetrics, buyerMetrics, type RankingMetrics, summarise } from './metrics.js';
import { type Outcome, parseOutcomes } from './outcomes.js';

/**
 * Options of `evaluateRanking`.
 * @example
 * evaluateRanking(engine, buyers, outcomes, { k: 5, relevantAbove: 1 });
 */
export interface EvaluateOptions {
  /** Length of the ranking looked at (a positive whole number). Default 10. */
  k?: number;
  /** A judged pair is relevant when its grade is above this. Default 0 (any positive grade). */
  relevantAbove?: number;
}

/**
 * Metrics overall, per buyer country and per wanted HS chapter (a buyer wanting codes of
 * several chapters counts in each), each with the number of buyers and judged pairs behind it.
 * @example
 * const report: RankingReport = evaluateRanking(engine, buyers, outcomes);
 * console.log(report.overall.ndcg, report.byCountry.DE?.ndcg, report.byChapter['85']?.recall);
 */
export interface RankingReport {
  k: number;
  relevantAbove: number;
  overall: RankingMetrics;
  byCountry: Record<string, RankingMetrics>;
  byChapter: Record<string, RankingMetrics>;
}

/** One judged buyer with its grades by supplier id. */
export interface JudgedBuyer {
  buyer: Buyer;
  grades: Map<string, number>;
}

export interface ResolvedEvaluateOptions {
  k: number;
  relevantAbove: number;
}

export function resolveEvaluateOptions(options: unknown, issues: ValidationIssue[]): ResolvedEvaluateOptions {
  const o = (options ?? {}) as Record<string, unknown>;
  if (typeof o !== 'object' || Array.isArray(o)) {
    issues.push(issue(['options'], 'wrong-type', { expected: 'an object' }));
    return { k: 10, relevantAbove: 0 };
  }
  const k = o.k ?? 10;
  const relevantAbove = o.relevantAbove ?? 0;
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 1 || k > 10_000)
    issues.push(issue(['options', 'k'], 'out-of-range', { min: 1, max: 10000, whole: true }));
  if (typeof relevantAbove !== 'number' || !Number.isFinite(relevantAbove) || relevantAbove < 0)
    issues.push(issue(['options', 'relevantAbove'], 'out-of-range', { min: 0 }));
  return { k: k as number, relevantAbove: relevantAbove as number };
}

/**
 * Groups outcomes by buyer (in the order of `buyers`; buyers without outcomes are left out).
 * Every outcome's buyer must be in `buyers`.
 */
export function judgedBuyers(buyers: readonly Buyer[], outcomes: readonly Outcome[]): JudgedBuyer[] {
  const byId = new Map<string, JudgedBuyer>();
  for (const buyer of buyers) byId.set(buyer.id, { buyer, grades: new Map() });
  const issues: ValidationIssue[] = [];
  outcomes.forEach((o, i) => {
    const judged = byId.get(o.buyerId);
    if (!judged)
      issues.push({
        ...issue(
          ['outcomes', i, 'buyerId'],
          'unknown-id',
          `no buyer with id ${JSON.stringify(o.buyerId)} among the buyers given`,
        ),
        id: `${o.buyerId}/${o.supplierId}`,
      });
    else judged.grades.set(o.supplierId, o.grade);
  });
  if (issues.length) throw new ValidationError(issues, 'outcomes of unknown buyers');
  return [...byId.values()].filter((j) => j.grades.size > 0);
}

/** Outcomes as given, or validated now when they are raw records. */
export function validOutcomes(outcomes: unknown, buyers: readonly Buyer[]): Outcome[] {
  if (
    Array.isArray(outcomes) &&
    outcomes.every((o) => Object.isFrozen(o) && typeof (o as Outcome)?.grade === 'number')
  ) {
    const seen = new Set<string>();
    const unique = outcomes.every(
      (o: Outcome) => !seen.has(`${o.buyerId}\u0000${o.supplierId}`) && seen.add(`${o.buyerId}\u0000${o.supplierId}`),
    );
    if (unique) return outcomes as Outcome[];
  }
  try {
    return parseOutcomes(outcomes, { buyers });
  } catch (error) {
    if (error instanceof ValidationError)
      throw new ValidationError(
        error.issues.map((i) => ({ ...i, path: ['outcomes', ...i.path] })),
        error.message,
      );
    throw error;
  }
}

/** Every judged supplier must be in the engine: asked once per distinct supplier id. */
function checkSuppliers(engine: MatchEngine, judged: readonly JudgedBuyer[]): void {
  const checked = new Set<string>();
  const issues: ValidationIssue[] = [];
  for (const { buyer, grades } of judged) {
    for (const supplierId of grades.keys()) {
      if (checked.has(supplierId)) continue;
      checked.add(supplierId);
      try {
        engine.score(buyer, supplierId);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        issues.push({
          ...issue(
            ['outcomes', 'supplierId'],
            'unknown-id',
            `no supplier with id ${JSON.stringify(supplierId)} in the engine`,
          ),
          id: `${buyer.id}/${supplierId}`,
        });
      }
    }
  }
  if (issues.length) throw new ValidationError(issues, 'outcomes of unknown suppliers');
}

/** Per-buyer metrics of `engine`'s top k for each judged buyer. */
export function rankingRows(
  engine: MatchEngine,
  judged: readonly JudgedBuyer[],
  o: ResolvedEvaluateOptions,
): { judged: JudgedBuyer; metrics: BuyerMetrics }[] {
  return judged.map((j) => ({
    judged: j,
    metrics: buyerMetrics(
      engine.rank(j.buyer, { limit: o.k }).map((m) => m.supplierId),
      j.grades,
      o.k,
      o.relevantAbove,
    ),
  }));
}

/** Summaries overall and per group. */
export function reportOf(
  rows: readonly { judged: JudgedBuyer; metrics: BuyerMetrics }[],
  o: ResolvedEvaluateOptions,
): RankingReport {
  const groups = (keys: (b: Buyer) => string[]): Record<string, RankingMetrics> => {
    const members = new Map<string, BuyerMetrics[]>();
    for (const r of rows)
      for (const key of new Set(keys(r.judged.buyer))) members.set(key, [...(members.get(key) ?? []), r.metrics]);
    return Object.fromEntries(
      [...members].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([key, list]) => [key, summarise(list)]),
    );
  };
  return {
    k: o.k,
    relevantAbove: o.relevantAbove,
    overall: summarise(rows.map((r) => r.metrics)),
    byCountry: groups((b) => [b.country]),
    byChapter: groups((b) => b.wants.map((code) => code.slice(0, 2))),
  };
}

/**
 * Scores an engine's rankings against outcomes: for every buyer with judged pairs, its top k
 * (`engine.rank(buyer, { limit: k })`) against its grades. Unjudged suppliers in the top k
 * count as not relevant. Outcomes may be raw records (validated with `parseOutcomes`).
 * @throws {ValidationError} for bad options, outcomes of buyers not in `buyers` or of
 * suppliers not in the engine.
 * @example
 * const report = evaluateRanking(engine, buyers, outcomes, { k: 10 });
 * console.log(report.overall.ndcg, report.overall.recall, report.overall.judgedPairs);
 */
export function evaluateRanking(
  engine: MatchEngine,
  buyers: Buyer[],
  outcomes: Outcome[],
  options?: EvaluateOptions,
): RankingReport {
  const issues: ValidationIssue[] = [];
  const o = resolveEvaluateOptions(options, issues);
  if (typeof engine !== 'object' || engine === null || typeof engine.rank !== 'function')
    issues.push(issue(['engine'], 'wrong-type', 'must be an engine from createEngine or loadEngine'));
  if (issues.length) throw new ValidationError(issues, 'invalid evaluation');
  const profiles = validBuyers(buyers);
  const judged = judgedBuyers(profiles, validOutcomes(outcomes, profiles));
  checkSuppliers(engine, judged);
  return reportOf(rankingRows(engine, judged, o), o);
}
