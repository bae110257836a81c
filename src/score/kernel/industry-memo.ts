/**
 * The industry of (buyer, supplier) depends only on the buyer and the supplier's codes (HS
 * products and ISIC activities, with their inferred flags). Exhibitors with the same codes —
 * thousands of stands selling the same few product lines — share it: a walk over suppliers
 * grouped by their codes (see `codeSignatures`) computes each buyer's industry once per group.
 */
import type { KeyedCodes } from './codes.js';
import type { QueryBuyer } from './query.js';
import { industryScore, type KernelContext } from './score-pair.js';
import type { SupplierTable } from './supplier-table.js';

/**
 * Also the other way: buyers with the same wanted codes and activities (`buyerIndustryKeys`) —
 * a fair's ten thousand buyers have about three thousand such — share it too, so the memo is
 * keyed by that rather than by buyer.
 */
export class IndustryMemo {
  private readonly value: Float64Array;
  private readonly best: Float64Array;
  private readonly stamps: Int32Array;
  private epoch = 0;
  private signature = -1;

  /** `buyers`: how many buyers (or buyer keys) the memo indexes (callers number them 0 .. buyers − 1). */
  constructor(buyers: number) {
    this.value = new Float64Array(buyers);
    this.best = new Float64Array(buyers);
    this.stamps = new Int32Array(buyers);
  }

  /** Starts a supplier row with codes `signature`: the memo is kept when it is the last row's. */
  select(signature: number): void {
    if (signature === this.signature) return;
    this.signature = signature;
    if (++this.epoch === 0x7fffffff) {
      this.stamps.fill(0);
      this.epoch = 1;
    }
  }

  /** True when buyer number `q`'s industry with the selected codes is already known. */
  has(q: number): boolean {
    return this.stamps[q] === this.epoch;
  }

  /**
   * `industryScore(ctx, b, i)` for buyer number `q` and the selected row `i`, leaving the best
   * single match in `ctx.coverage.best` as it does.
   */
  industry(ctx: KernelContext, b: QueryBuyer, q: number, i: number): number {
    if (this.stamps[q] === this.epoch) {
      ctx.coverage.best = this.best[q]!;
      return this.value[q]!;
    }
    const value = industryScore(ctx, b, i);
    this.value[q] = value;
    this.best[q] = ctx.coverage.best;
    this.stamps[q] = this.epoch;
    return value;
  }
}

const signatures = new WeakMap<SupplierTable, Int32Array>();

/**
 * Per supplier row, a number shared exactly by the rows with the same codes (products and
 * activities as sets, with lengths and inferred flags): what the industry score reads of a
 * supplier. Computed once per table.
 */
export function codeSignatures(t: SupplierTable): Int32Array {
  let out = signatures.get(t);
  if (out) return out;
  const ids = new Map<string, number>();
  out = new Int32Array(t.size);
  const codesOf = (rows: SupplierTable['products'], i: number): string => {
    const parts: string[] = [];
    for (let k = rows.offsets[i]!; k < rows.offsets[i + 1]!; k++)
      parts.push(`${rows.codes[k]}.${rows.lengths[k]}.${rows.inferred[k]}`);
    return parts.sort().join(',');
  };
  for (let i = 0; i < t.size; i++) {
    const key = `${codesOf(t.products, i)}|${codesOf(t.activities, i)}`;
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    out[i] = id;
  }
  signatures.set(t, out);
  return out;
}

/**
 * Per buyer, a number shared exactly by the buyers whose industry with any supplier is the
 * same: equal wanted codes, bridged ISIC classes and activities, in the same order (the
 * coverage sums them in order, so the order is part of the key), with their inferred flags.
 */
export function buyerIndustryKeys(queries: readonly QueryBuyer[]): Int32Array {
  const ids = new Map<string, number>();
  const codesOf = (c: KeyedCodes) => `${c.codes.join(',')}/${c.lengths.join(',')}/${c.inferred.join(',')}`;
  return Int32Array.from(queries, (q) => {
    const bridge = `${q.bridge.offsets.join(',')}/${codesOf(q.bridge.classes)}/${q.bridge.wantedInferred.join(',')}`;
    const key = `${codesOf(q.wants)}|${codesOf(q.activities)}|${bridge}`;
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  });
}

/** Rows grouped by signature (groups in order of first row, rows ascending within a group). */
export function rowsBySignature(t: SupplierTable): Int32Array {
  const sig = codeSignatures(t);
  return Int32Array.from({ length: t.size }, (_, i) => i).sort((x, y) => sig[x]! - sig[y]! || x - y);
}
