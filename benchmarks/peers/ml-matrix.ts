/**
 * ml-matrix, the common pure-JS matrix package: a chunk of buyers [128 × d] times the
 * transposed supplier matrix [d × n] with `mmul`, then a bounded heap over each result row.
 * Chunks keep the result matrix at 128 × n float64 (61 MB at n = 60,000).
 */
import { TopKHeaps } from './heap.js';
import { importPeer, type PeerMethod } from './method.js';

/** The part of ml-matrix used here. */
interface MlMatrix {
  Matrix: new (rows: number, columns: number) => Matrix;
}
interface Matrix {
  set(row: number, column: number, value: number): Matrix;
  mmul(other: Matrix): Matrix;
  /** Rows as Float64Arrays: public in the JS, read directly to keep `get` out of the selection. */
  data: Float64Array[];
}

const CHUNK = 128;

export const mlMatrix: PeerMethod = {
  name: 'ml-matrix mmul in chunks of 128 buyers + heap',
  note: 'exact; generic get/set loop over Float64Array rows',
  warmupBuyers: CHUNK,
  async prepare(data, k) {
    const { Matrix } = await importPeer<MlMatrix>('ml-matrix');
    const { n, dim } = data;
    const suppliersT = new Matrix(dim, n);
    for (let j = 0; j < n; j++) for (let d = 0; d < dim; d++) suppliersT.set(d, j, data.suppliers[j * dim + d]!);
    const heaps = new TopKHeaps(1, k);
    return {
      search(from, count, out) {
        for (let c0 = from; c0 < from + count; c0 += CHUNK) {
          const rows = Math.min(CHUNK, from + count - c0);
          const chunk = new Matrix(rows, dim);
          for (let r = 0; r < rows; r++)
            for (let d = 0; d < dim; d++) chunk.set(r, d, data.buyers[(c0 + r) * dim + d]!);
          const product = chunk.mmul(suppliersT);
          for (let r = 0; r < rows; r++) {
            const row = product.data[r]!;
            heaps.reset();
            for (let j = 0; j < n; j++) if (row[j]! > heaps.floor[0]!) heaps.push(0, row[j]!, j);
            heaps.drain(0, out, (c0 + r - from) * k);
          }
        }
      },
    };
  },
};
