/**
 * Capability closeness: cosine similarity of the two capability vectors, clamped to [0, 1]
 * (opposed vectors are as useless to a buyer as orthogonal ones).
 *
 * Vectors are L2-normalised once into Float32Arrays; every path (score, rank, rankAll,
 * rankBuyers) calls `dot` on those same arrays, so results agree to the last bit.
 */

/** L2-normalised Float32 copy, or undefined for a zero vector (no direction: unknown). */
export function normalise(vector: readonly number[]): Float32Array | undefined {
  let norm = 0;
  for (const v of vector) norm += v * v;
  norm = Math.sqrt(norm);
  if (!(norm > 0) || !Number.isFinite(norm)) return undefined;
  const out = new Float32Array(vector.length);
  for (let i = 0; i < vector.length; i++) out[i] = vector[i]! / norm;
  return out;
}

/** Dot product of row `row` of `matrix` (row length `dim`) with `query`, in float64. */
export function dot(matrix: Float32Array, row: number, query: Float32Array, dim: number): number {
  let sum = 0;
  const offset = row * dim;
  for (let i = 0; i < dim; i++) sum += matrix[offset + i]! * query[i]!;
  return sum;
}

export function capabilityFromDot(d: number): number {
  return d <= 0 ? 0 : d >= 1 ? 1 : d;
}
