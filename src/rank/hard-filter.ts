/**
 * The buyers' hard constraints (hard-constraints.ts) for a walk that checks one supplier row
 * against hundreds of buyers: the common cases — required certificates and a minimum tier —
 * as bit masks and numbers packed per buyer and per row, so the check reads two small arrays
 * instead of the buyer's compiled object. Buyers with anything else (excluded origins, hard
 * capacity / MOQ / deadline, a certificate beyond the mask's bits or one no supplier holds) go
 * through `hardExclusions` itself. Hand-written for the hot path of the exhibitor's side: the
 * packed check took the per-pair constraint cost from the largest item of its profile.
 */
import { hardExclusions } from '../score/kernel/hard-constraints.js';
import type { QueryBuyer } from '../score/kernel/query.js';
import type { SupplierTable } from '../score/kernel/supplier-table.js';

/** Certificate ids below this get a bit (an Int32 mask, sign bit unused). */
const MASK_BITS = 31;

export class HardFilter {
  /** 1 for a buyer with any hard constraint other than the industry gate. */
  readonly constrained: Uint8Array;
  private readonly required: Int32Array;
  private readonly minTier: Int32Array;
  /** 1 when the masks do not say everything: `hardExclusions` decides. */
  private readonly full: Uint8Array;
  /** Per supplier row, its certificates with ids below MASK_BITS as bits. */
  private readonly rowCertificates: Int32Array;

  constructor(
    private readonly table: SupplierTable,
    private readonly queries: readonly QueryBuyer[],
  ) {
    const n = queries.length;
    this.constrained = new Uint8Array(n);
    this.required = new Int32Array(n);
    this.minTier = new Int32Array(n);
    this.full = new Uint8Array(n);
    queries.forEach((q, k) => {
      let mask = 0;
      let unmasked = false;
      for (const id of q.required) {
        if (id >= 0 && id < MASK_BITS) mask |= 1 << id;
        else unmasked = true;
      }
      this.required[k] = mask;
      this.minTier[k] = q.minTierRank;
      this.full[k] = unmasked || q.exclude !== null || q.hard !== 0 ? 1 : 0;
      this.constrained[k] = this.full[k] === 1 || mask !== 0 || q.minTierRank > 0 ? 1 : 0;
    });
    const certs = table.certificates;
    this.rowCertificates = new Int32Array(table.size);
    for (let i = 0; i < table.size; i++) {
      let mask = 0;
      for (let k = certs.offsets[i]!; k < certs.offsets[i + 1]!; k++)
        if (certs.values[k]! < MASK_BITS) mask |= 1 << certs.values[k]!;
      this.rowCertificates[i] = mask;
    }
  }

  /** True when buyer `q` excludes supplier row `i` by a hard constraint (not the industry gate). */
  excludes(q: number, i: number): boolean {
    if (this.constrained[q] === 0) return false;
    const required = this.required[q]!;
    if ((this.rowCertificates[i]! & required) !== required) return true;
    if (this.table.tierRank[i]! < this.minTier[q]!) return true;
    return this.full[q] === 1 && hardExclusions(this.table, this.queries[q]!, i) !== 0;
  }
}
