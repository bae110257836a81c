/**
 * sin, cos, asin and exp from +, −, ×, ÷ and sqrt only. JavaScript leaves the last bit of
 * Math.sin, Math.exp and friends to the engine (Node and Chromium differ for some country
 * pairs), while the basic operations are exactly rounded everywhere: scores built on these
 * are the same to the last bit in every browser and Node. Accurate to a few units in the
 * last place over the ranges used here (checked against Math by a property test); speed
 * does not matter, as geography is memoised per country pair.
 */

const HALF_PI = 1.5707963267948966;
/** π/2 as a sum of two doubles, for an exact-enough range reduction. */
const HALF_PI_HI = 1.5707963267341256;
const HALF_PI_LO = 6.077100506506192e-11;
const QUARTER_PI = 0.7853981633974483;
const LN2_HI = 0.6931471803691238;
const LN2_LO = 1.9082149292705877e-10;
// biome-ignore lint/suspicious/noApproximativeNumericConstant: spelt out so the value is the same on every engine
const LN2 = 0.6931471805599453;

/** Taylor series of sin on |r| ≤ π/4 (terms to r^21). */
function sinKernel(r: number): number {
  const r2 = r * r;
  let s = 1 / 51090942171709440000; // 1/21!
  for (const c of [
    -1 / 121645100408832000,
    1 / 355687428096000,
    -1 / 1307674368000,
    1 / 6227020800,
    -1 / 39916800,
    1 / 362880,
    -1 / 5040,
    1 / 120,
    -1 / 6,
  ])
    s = s * r2 + c;
  return r + r * r2 * s;
}

/** Taylor series of cos on |r| ≤ π/4 (terms to r^20). */
function cosKernel(r: number): number {
  const r2 = r * r;
  let s = 1 / 2432902008176640000; // 1/20!
  for (const c of [
    -1 / 6402373705728000,
    1 / 20922789888000,
    -1 / 87178291200,
    1 / 479001600,
    -1 / 3628800,
    1 / 40320,
    -1 / 720,
    1 / 24,
    -1 / 2,
  ])
    s = s * r2 + c;
  return 1 + r2 * s;
}

/** Reduces x to r in [−π/4, π/4] with x = k·π/2 + r; returns [k mod 4, r]. */
function reduce(x: number): [number, number] {
  const k = Math.round(x / HALF_PI);
  const r = x - k * HALF_PI_HI - k * HALF_PI_LO;
  return [((k % 4) + 4) % 4, r];
}

export function portableSin(x: number): number {
  const [q, r] = reduce(x);
  return q === 0 ? sinKernel(r) : q === 1 ? cosKernel(r) : q === 2 ? -sinKernel(r) : -cosKernel(r);
}

export function portableCos(x: number): number {
  const [q, r] = reduce(x);
  return q === 0 ? cosKernel(r) : q === 1 ? -sinKernel(r) : q === 2 ? -cosKernel(r) : sinKernel(r);
}

/** atan on |t| ≤ tan(π/8) by its series (terms to t^41). */
function atanKernel(t: number): number {
  const t2 = t * t;
  let s = 0;
  for (let n = 20; n >= 1; n--) s = s * t2 + (n % 2 === 0 ? 1 : -1) / (2 * n + 1);
  return t + t * t2 * s;
}

/** tan(π/8) = √2 − 1: above it atan's series converges slowly, so the argument is shifted by π/4. */
const TAN_PI_8 = 0.41421356237309503;
/** e^x overflows a double above this x and underflows to 0 below EXP_UNDERFLOW. */
const EXP_OVERFLOW = 709;
const EXP_UNDERFLOW = -745;

/** atan for t ≥ 0, reduced to |t| ≤ tan(π/8) by atan(t) = π/2 − atan(1/t) and π/4 + atan((t−1)/(t+1)). */
function atanNonNegative(t: number): number {
  if (t > 1) return HALF_PI - atanNonNegative(1 / t);
  if (t > TAN_PI_8) return QUARTER_PI + atanKernel((t - 1) / (t + 1));
  return atanKernel(t);
}

/** asin on [−1, 1], as 2·atan(x / (1 + √(1 − x²))). */
export function portableAsin(x: number): number {
  if (x < 0) return -portableAsin(-x);
  if (x >= 1) return HALF_PI;
  // (1 − x)(1 + x), not 1 − x²: near x = 1 the square loses the low bits (error up to 1e-13).
  return 2 * atanNonNegative(x / (1 + Math.sqrt((1 - x) * (1 + x))));
}

/** e^x, by x = k·ln 2 + r with |r| ≤ ln2/2 and the Taylor series of e^r (terms to r^18). */
export function portableExp(x: number): number {
  if (x > EXP_OVERFLOW) return Infinity;
  if (x < EXP_UNDERFLOW) return 0;
  const k = Math.round(x / LN2);
  const r = x - k * LN2_HI - k * LN2_LO;
  let s = 1 / 6402373705728000; // 1/18!
  for (let n = 17; n >= 1; n--) s = s * r + 1 / factorial(n);
  let y = 1 + r * s;
  // Scale by 2^k in exact steps (powers of two are exact doubles).
  for (let i = 0; i < Math.abs(k); i++) y = k > 0 ? y * 2 : y / 2;
  return y;
}

const FACTORIALS = [1];
for (let n = 1; n <= 18; n++) FACTORIALS.push(FACTORIALS[n - 1]! * n);
function factorial(n: number): number {
  return FACTORIALS[n]!;
}
