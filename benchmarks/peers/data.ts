/**
 * Seeded synthetic data: isotropic Gaussian vectors, L2-normalised, stored as Float32Array
 * rows. Isotropic data is the hard case for HNSW (no clusters to exploit) and, normalised,
 * makes inner product equal to cosine, which is what cuohe's capability component scores.
 */
import { mulberry32 } from '../../examples/fair/synthetic-fair.js';
import type { PeerData } from './method.js';

export { mulberry32 };

/** `rows` unit vectors of `dim` Gaussian components (Box–Muller, both outputs used). */
export function gaussianUnitVectors(rows: number, dim: number, seed: number): Float32Array {
  const random = mulberry32(seed);
  const out = new Float32Array(rows * dim);
  const row = new Float64Array(dim);
  let spare: number | undefined;
  const gaussian = (): number => {
    if (spare !== undefined) {
      const s = spare;
      spare = undefined;
      return s;
    }
    const u = 1 - random(); // (0, 1]: log(u) is finite
    const v = random();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  for (let i = 0; i < rows; i++) {
    let norm = 0;
    for (let d = 0; d < dim; d++) {
      const x = gaussian();
      row[d] = x;
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    for (let d = 0; d < dim; d++) out[i * dim + d] = row[d]! / norm;
  }
  return out;
}

/** Suppliers and buyers from two streams of one seed. */
export function generatePeerData(n: number, m: number, dim: number, seed: number): PeerData {
  return {
    n,
    m,
    dim,
    suppliers: gaussianUnitVectors(n, dim, seed),
    buyers: gaussianUnitVectors(m, dim, seed ^ 0x5eed),
  };
}
