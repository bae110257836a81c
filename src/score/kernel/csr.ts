/** Compressed sparse rows: per row a short list of integer ids (a supplier's certificates, languages, ...). */

/** Builds a Csr row by row: row i's values are `values[offsets[i] .. offsets[i + 1])`. */
export class CsrBuilder {
  private readonly offsets: number[] = [0];
  private readonly values: number[] = [];

  push(row: Iterable<number>): void {
    for (const v of row) this.values.push(v);
    this.offsets.push(this.values.length);
  }

  build(): Csr {
    return { offsets: Int32Array.from(this.offsets), values: Int32Array.from(this.values) };
  }
}

/** Row i's values are `values[offsets[i] .. offsets[i + 1])`. */
export interface Csr {
  readonly offsets: Int32Array;
  readonly values: Int32Array;
}

/** True when row `row` of `csr` contains `value` (rows are short: a linear scan). */
export function csrHas(csr: Csr, row: number, value: number): boolean {
  for (let i = csr.offsets[row]!, end = csr.offsets[row + 1]!; i < end; i++) if (csr.values[i] === value) return true;
  return false;
}
