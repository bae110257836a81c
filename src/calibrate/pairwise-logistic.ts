/**
 * The pairwise logistic regression behind `fitWeights` (see the comment at the top of fit.ts):
 * comparisons of two judged pairs of the same buyer, a ridge pull towards the prior, β ≥ 0 by a
 * projected Newton method.
 */
import { CholeskyDecomposition, Matrix } from 'ml-matrix';
import { COMPONENTS } from '../model/types.js';

/** Numbers per judged pair: one per component. */
export const D = COMPONENTS.length;
const MAX_NEWTON_STEPS = 50;

/** Comparisons of judged pairs: indexes of the better and the worse pair, and a weight. */
export interface Comparisons {
  better: Int32Array;
  worse: Int32Array;
  weight: Float64Array;
  buyers: number;
}

/** log(1 + e^(−z)) without overflow. */
const softplusNeg = (z: number): number => (z > 0 ? Math.log1p(Math.exp(-z)) : -z + Math.log1p(Math.exp(z)));
const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/**
 * Regularised pairwise logistic regression with β ≥ 0 (see the file comment). The passes over
 * the comparisons (margins, gradient, DᵀWD) are hand-written loops over one row-major
 * Float64Array, because they are the hot path: with ml-matrix's `mmul` / `mmulByTranspose` on
 * a 7 × 80,000 matrix one pass took 14 ms (margins), 63 ms (gradient) and 11 ms (DᵀWD), against
 * about 1.2 ms for the margins loop here, and a fit of 10,000 pairs went from 6.7 s to 1.1 s
 * (see benchmarks/README.md). The 7 × 7 normal equations are solved with ml-matrix (Cholesky).
 */
export class PairwiseLogistic {
  /** Differences (better − worse), D numbers per comparison. */
  private readonly d: Float64Array;
  private readonly c: Float64Array;
  private readonly m: number;
  private readonly z: Float64Array;

  constructor(x: Float64Array, cmp: Comparisons) {
    const m = (this.m = cmp.better.length);
    this.c = cmp.weight;
    this.z = new Float64Array(m);
    const d = (this.d = new Float64Array(m * D));
    for (let i = 0; i < m; i++) {
      const b = cmp.better[i]! * D;
      const w = cmp.worse[i]! * D;
      for (let k = 0; k < D; k++) d[i * D + k] = x[b + k]! - x[w + k]!;
    }
  }

  /** β · d for every comparison (into a reused array). */
  private margins(beta: readonly number[]): Float64Array {
    const { d, z, m } = this;
    const b0 = beta[0]!,
      b1 = beta[1]!,
      b2 = beta[2]!,
      b3 = beta[3]!,
      b4 = beta[4]!,
      b5 = beta[5]!,
      b6 = beta[6]!;
    for (let i = 0, o = 0; i < m; i++, o += D) {
      z[i] =
        b0 * d[o]! +
        b1 * d[o + 1]! +
        b2 * d[o + 2]! +
        b3 * d[o + 3]! +
        b4 * d[o + 4]! +
        b5 * d[o + 5]! +
        b6 * d[o + 6]!;
    }
    return z;
  }

  /** Along one direction: u = w · d. */
  along(w: readonly number[]): Float64Array {
    return Float64Array.from(this.margins(w));
  }

  loss(beta: readonly number[], beta0: readonly number[], lambda: number): number {
    const z = this.margins(beta);
    const { c, m } = this;
    let sum = 0;
    for (let i = 0; i < m; i++) sum += c[i]! * softplusNeg(z[i]!);
    let penalty = 0;
    for (let k = 0; k < D; k++) penalty += (beta[k]! - beta0[k]!) ** 2;
    return sum + (lambda / 2) * penalty;
  }

  /** Gradient of the log-likelihood and DᵀWD (W = c · p(1 − p)) at β, in one pass. */
  derivatives(beta: readonly number[]): { gradient: number[]; hessian: Matrix } {
    const z = this.margins(beta);
    const { d, c, m } = this;
    const g = new Float64Array(D);
    const h = new Float64Array(D * D);
    for (let i = 0, o = 0; i < m; i++, o += D) {
      const p = sigmoid(z[i]!);
      const r = c[i]! * (1 - p);
      const w = c[i]! * p * (1 - p);
      for (let a = 0; a < D; a++) {
        const da = d[o + a]!;
        if (da === 0) continue;
        g[a]! += r * da;
        const wa = w * da;
        for (let b = a; b < D; b++) h[a * D + b]! += wa * d[o + b]!;
      }
    }
    const hessian = Matrix.zeros(D, D);
    for (let a = 0; a < D; a++) {
      for (let b = a; b < D; b++) {
        hessian.set(a, b, h[a * D + b]!);
        hessian.set(b, a, h[a * D + b]!);
      }
    }
    return { gradient: [...g], hessian };
  }

  /** The best scale s for β = s · w (one-dimensional Newton), so the prior sits where the data does. */
  scaleOf(w: readonly number[]): number {
    const u = this.along(w);
    const { c, m } = this;
    let s = 1;
    for (let step = 0; step < 50; step++) {
      let g = 0;
      let h = 0;
      for (let i = 0; i < m; i++) {
        const p = sigmoid(s * u[i]!);
        g += c[i]! * (1 - p) * u[i]!;
        h += c[i]! * p * (1 - p) * u[i]! * u[i]!;
      }
      if (h <= 0) break;
      const next = Math.max(1e-6, Math.min(1e6, s + g / h));
      if (Math.abs(next - s) < 1e-6 * s) return next;
      s = next;
    }
    return s;
  }

  /** Minimises loss(β) subject to β ≥ 0, from `start`. */
  solve(start: readonly number[], beta0: readonly number[], lambda: number): { beta: number[]; steps: number } {
    let beta = [...start];
    let current = this.loss(beta, beta0, lambda);
    let steps = 0;
    for (; steps < MAX_NEWTON_STEPS; steps++) {
      const { gradient, hessian } = this.derivatives(beta);
      const g = gradient.map((v, k) => v - lambda * (beta[k]! - beta0[k]!));
      // Components held at 0 stay there while the gradient pushes them below 0.
      const free = COMPONENTS.map((_, k) => k).filter((k) => beta[k]! > 0 || g[k]! > 0);
      if (free.length === 0) break;
      const hFree = new Matrix(free.map((a) => free.map((b) => hessian.get(a, b) + (a === b ? lambda : 0))));
      const cholesky = new CholeskyDecomposition(hFree);
      // A tiny ridge keeps a singular system solvable (e.g. a component constant across all pairs with λ = 0).
      const solver = cholesky.isPositiveDefinite()
        ? cholesky
        : new CholeskyDecomposition(hFree.add(Matrix.eye(free.length).mul(1e-9 * (1 + hFree.trace()))));
      const delta = solver.solve(Matrix.columnVector(free.map((k) => g[k]!))).getColumn(0);
      let next = beta;
      let nextLoss = current;
      for (let halving = 0, t = 1; halving < 40; halving++, t /= 2) {
        const candidate = [...beta];
        free.forEach((k, i) => (candidate[k] = Math.max(0, beta[k]! + t * delta[i]!)));
        const l = this.loss(candidate, beta0, lambda);
        if (l <= current) {
          next = candidate;
          nextLoss = l;
          break;
        }
      }
      const change = Math.max(...next.map((v, k) => Math.abs(v - beta[k]!)));
      const improved = current - nextLoss;
      beta = next;
      current = nextLoss;
      if (change <= 1e-9 * (1 + Math.max(...beta)) || improved <= 1e-12 * (1 + Math.abs(current))) break;
    }
    return { beta, steps };
  }
}
