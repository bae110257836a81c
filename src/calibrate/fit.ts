/**
 * Fitting component weights to outcomes.
 *
 * Why a pairwise logistic regression: a ranking only orders one buyer's suppliers, so what the
 * outcomes can teach is which of two suppliers *the same buyer* got more from. Each such pair
 * of judged pairs (a "comparison") is one observation of P(better ≻ worse) = σ(β · (x_better −
 * x_worse)), x being the component scores (RankNet / Bradley–Terry). Buyer-level effects (a buyer
 * who follows up with everyone, one who declines everything) cancel out, and only the order of
 * the grades matters, weighted by how far apart they are. The model is linear in β and the
 * engine's score is a weighted mean, so β / Σβ are weights the engine takes as they are.
 *
 * - Unknown components: the engine leaves them out and renormalises. That equals filling an
 *   unknown component with the pair's own score, so the fit imputes them with the score under
 *   the current weights and refits a few times (a fixed point: at the end the linear model is
 *   exactly the engine's score).
 * - Regularisation: a ridge penalty pulls β towards the prior weights (the engine's current
 *   ones) at the scale that fits the data best, worth `regularisation` comparisons; with little
 *   data the fit stays near the prior instead of chasing noise.
 * - Non-negativity: Newton steps (IRLS; the normal equations are solved with ml-matrix's
 *   Cholesky decomposition) on the components not held at 0, with the bound active set updated
 *   from the gradient (a projected Newton method), and a backtracking step on the objective.
 */
import { COMPONENTS, type ComponentName, type ComponentScores } from '../model/types.js';
import { issue, ValidationError, type ValidationIssue } from '../model/validation-error.js';
import { resolveWeights, type Weights } from '../score/weights.js';
import { mulberry32 } from './folds.js';
import { type Comparisons, D, PairwiseLogistic } from './pairwise-logistic.js';

/**
 * One judged pair as the fit sees it: the buyer, the pair's component scores (from
 * `engine.score(buyer, supplierId).components`) and its grade.
 * @example
 * const pair: JudgedPair = { buyerId: 'B1', components: engine.score(buyer, 'S7').components, grade: 4 };
 */
export interface JudgedPair {
  buyerId: string;
  components: ComponentScores;
  grade: number;
}

/**
 * Options of `fitWeights`.
 * @example
 * fitWeights(pairs, { prior: DEFAULT_WEIGHTS, regularisation: 100, seed: 7 });
 */
export interface FitOptions {
  /** Weights the fit starts from and is pulled towards. Default `DEFAULT_WEIGHTS`. */
  prior?: Partial<Record<ComponentName, number>>;
  /** How many comparisons the prior is worth (≥ 0). Default 100. */
  regularisation?: number;
  /**
   * Comparisons per buyer are capped at this many per judged pair (a buyer with n judged
   * pairs has up to n(n − 1)/2); above the cap a seeded sample is used. Default 8.
   */
  comparisonsPerPair?: number;
  /** Seed of that sample. Default 1. */
  seed?: number;
}

/**
 * The fitted weights (finite, ≥ 0, summing to 1) and what they rest on.
 * @example
 * const { weights, comparisons }: FitResult = fitWeights(pairs);
 */
export interface FitResult {
  weights: Weights;
  /** Comparisons (pairs of one buyer's judged pairs with different grades) the fit used. */
  comparisons: number;
  /** Buyers contributing at least one comparison. */
  buyers: number;
  /** Newton steps taken, over all rounds of imputing unknown components. */
  newtonSteps: number;
}

/** Rounds of imputing unknown components with the current score and refitting. */
const IMPUTATION_ROUNDS = 4;

function validate(
  pairs: unknown,
  options: unknown,
): { pairs: JudgedPair[]; prior: Weights; rho: number; cap: number; seed: number } {
  const issues: ValidationIssue[] = [];
  const o = (options ?? {}) as Record<string, unknown>;
  let prior: Weights | undefined;
  try {
    prior = resolveWeights(o.prior, ['options', 'prior']);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    issues.push(...error.issues);
  }
  const rho = o.regularisation ?? 100;
  const cap = o.comparisonsPerPair ?? 8;
  const seed = o.seed ?? 1;
  if (typeof rho !== 'number' || !Number.isFinite(rho) || rho < 0)
    issues.push(issue(['options', 'regularisation'], 'out-of-range', { min: 0 }));
  if (typeof cap !== 'number' || !Number.isInteger(cap) || cap < 1)
    issues.push(issue(['options', 'comparisonsPerPair'], 'out-of-range', { min: 1, whole: true }));
  if (typeof seed !== 'number' || !Number.isInteger(seed))
    issues.push(issue(['options', 'seed'], 'out-of-range', { whole: true }));
  if (!Array.isArray(pairs)) issues.push(issue(['pairs'], 'wrong-type', 'must be a list of judged pairs'));
  else {
    pairs.forEach((p: unknown, i) => {
      const r = p as Partial<JudgedPair> | null;
      if (r === null || typeof r !== 'object')
        return void issues.push(issue(['pairs', i], 'wrong-type', 'must be { buyerId, components, grade }'));
      if (typeof r.buyerId !== 'string')
        issues.push(issue(['pairs', i, 'buyerId'], 'wrong-type', { expected: 'text' }));
      if (typeof r.grade !== 'number' || !Number.isFinite(r.grade) || r.grade < 0)
        issues.push(issue(['pairs', i, 'grade'], 'out-of-range', { min: 0 }));
      if (r.components === null || typeof r.components !== 'object')
        return void issues.push(
          issue(['pairs', i, 'components'], 'wrong-type', 'must be the component scores of a match'),
        );
      for (const c of COMPONENTS) {
        const v = r.components[c];
        if (v !== null && (typeof v !== 'number' || !(v >= 0 && v <= 1)))
          issues.push(issue(['pairs', i, 'components', c], 'wrong-type', 'must be a number in [0, 1] or null'));
      }
    });
  }
  if (issues.length) throw new ValidationError(issues, 'invalid fit input');
  return { pairs: pairs as JudgedPair[], prior: prior!, rho: rho as number, cap: cap as number, seed: seed as number };
}

/** Comparisons within each buyer, better first; a seeded sample where a buyer has too many. */
function comparisons(pairs: readonly JudgedPair[], order: readonly number[], cap: number, seed: number): Comparisons {
  const random = mulberry32(seed);
  const better: number[] = [];
  const worse: number[] = [];
  const weight: number[] = [];
  let buyers = 0;
  const add = (i: number, j: number) => {
    const gi = pairs[i]!.grade;
    const gj = pairs[j]!.grade;
    if (gi === gj) return false;
    better.push(gi > gj ? i : j);
    worse.push(gi > gj ? j : i);
    weight.push(Math.abs(gi - gj));
    return true;
  };
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && pairs[order[end]!]!.buyerId === pairs[order[start]!]!.buyerId) end++;
    const n = end - start;
    const before = better.length;
    const limit = cap * n;
    if ((n * (n - 1)) / 2 <= limit) {
      for (let a = start; a < end; a++) for (let b = a + 1; b < end; b++) add(order[a]!, order[b]!);
    } else {
      // Sampled comparisons: random distinct pairs, a bounded number of tries.
      for (let tries = 0, made = 0; made < limit && tries < 4 * limit; tries++) {
        const a = start + Math.floor(random() * n);
        const b = start + Math.floor(random() * n);
        if (a !== b && add(order[a]!, order[b]!)) made++;
      }
    }
    if (better.length > before) buyers++;
    start = end;
  }
  // Weights relative to their mean, so `regularisation` counts comparisons whatever the grade scale.
  const mean = weight.reduce((s, w) => s + w, 0) / (weight.length || 1);
  return {
    better: Int32Array.from(better),
    worse: Int32Array.from(worse),
    weight: Float64Array.from(weight, (w) => w / mean),
    buyers,
  };
}

/** Component scores, D per pair, NaN for unknown. */
function dense(pairs: readonly JudgedPair[]): Float64Array {
  const x = new Float64Array(pairs.length * D);
  pairs.forEach((p, i) => COMPONENTS.forEach((c, k) => (x[i * D + k] = p.components[c] ?? Number.NaN)));
  return x;
}

/** Component scores with unknown ones filled with the pair's score under `w` (see the file comment). */
function imputed(raw: Float64Array, w: Weights): Float64Array {
  const weights = COMPONENTS.map((c) => w[c]);
  const x = new Float64Array(raw.length);
  for (let o = 0; o < raw.length; o += D) {
    let sum = 0;
    let total = 0;
    for (let k = 0; k < D; k++) {
      const v = raw[o + k]!;
      if (Number.isNaN(v) || weights[k] === 0) continue;
      sum += weights[k]! * v;
      total += weights[k]!;
    }
    const score = total === 0 ? 0 : sum / total;
    for (let k = 0; k < D; k++) x[o + k] = Number.isNaN(raw[o + k]!) ? score : raw[o + k]!;
  }
  return x;
}

const toWeights = (values: readonly number[]): Weights =>
  Object.fromEntries(COMPONENTS.map((c, k) => [c, values[k]!])) as Weights;

/**
 * Fits component weights to judged pairs (see the comment at the top of src/calibrate/fit.ts
 * for the model). Deterministic: the same pairs in the same order and the same options give
 * the same weights to the last bit. With no comparison at all (every buyer's pairs graded
 * alike) the prior comes back unchanged.
 * @throws {ValidationError} for malformed pairs or options.
 * @example
 * const pairs = outcomes.map((o) => ({
 *   buyerId: o.buyerId,
 *   components: engine.score(buyerById.get(o.buyerId)!, o.supplierId).components,
 *   grade: o.grade,
 * }));
 * const { weights } = fitWeights(pairs);
 * createEngine(suppliers, { weights });
 */
export function fitWeights(pairs: JudgedPair[], options?: FitOptions): FitResult {
  const v = validate(pairs, options);
  const prior = normalised(v.prior);
  // Group by buyer (sorted ids; input order within a buyer).
  const order = v.pairs
    .map((_, i) => i)
    .sort((a, b) =>
      v.pairs[a]!.buyerId < v.pairs[b]!.buyerId ? -1 : v.pairs[a]!.buyerId > v.pairs[b]!.buyerId ? 1 : a - b,
    );
  const cmp = comparisons(v.pairs, order, v.cap, v.seed);
  if (cmp.better.length === 0) return { weights: prior, comparisons: 0, buyers: 0, newtonSteps: 0 };
  const raw = dense(v.pairs);
  let w = prior;
  let newtonSteps = 0;
  const w0 = COMPONENTS.map((c) => prior[c]);
  let beta0: number[] = [];
  let beta: number[] = [];
  let lambda = 0;
  for (let round = 0; round < IMPUTATION_ROUNDS; round++) {
    const model = new PairwiseLogistic(imputed(raw, w), cmp);
    if (round === 0) {
      // The prior at the scale that fits the data best; λ: the prior is worth `rho`
      // comparisons of average curvature per component there.
      const scale = model.scaleOf(w0);
      beta0 = w0.map((x) => scale * x);
      const { hessian } = model.derivatives(beta0);
      lambda = (v.rho * hessian.trace()) / (D * cmp.weight.reduce((s, x) => s + x, 0));
      beta = beta0;
    }
    const solved = model.solve(beta, beta0, lambda);
    newtonSteps += solved.steps;
    beta = solved.beta;
    const sum = beta.reduce((s, x) => s + x, 0);
    const next = sum > 0 && Number.isFinite(sum) ? normalised(toWeights(beta)) : prior;
    const change = Math.max(...COMPONENTS.map((c) => Math.abs(next[c] - w[c])));
    w = next;
    // Imputed values move with the weights; below this the next round changes nothing printed.
    if (change < 1e-7) break;
  }
  return { weights: w, comparisons: cmp.better.length, buyers: cmp.buyers, newtonSteps };
}

/** Weights scaled to sum to 1 (all-zero weights stay as they are). */
export function normalised(w: Weights): Weights {
  const sum = COMPONENTS.reduce((s, c) => s + w[c], 0);
  return sum > 0 ? toWeights(COMPONENTS.map((c) => w[c] / sum)) : { ...w };
}
