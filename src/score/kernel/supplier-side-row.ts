/**
 * The supplier's side (src/score/supplier-side.ts) of one supplier row against many buyers,
 * for the exhibitor's walk: its market and export-experience terms depend only on the buyer's
 * country, so they are kept per country (filled on first use) and the side of a pair is a few
 * array reads. The supplier's side is the weaker side of most pairs and the mutual score, a
 * harmonic mean, follows the weaker side: with it the walk drops most buyers before the full
 * pair bound (`mutualPairBound`) reads anything else, and that bound reads the side from here
 * too. Hand-written for that hot path.
 */
import { moqFit } from '../components/capacity.js';
import { EXPERIENCE_ELSEWHERE, SUPPLIER_SIDE_WEIGHTS as SW } from '../supplier-side.js';
import { csrHas } from './csr.js';
import type { KernelContext } from './score-pair.js';

export class SupplierSideRow {
  /** Per buyer country: the weighted market and experience terms of the selected row. */
  private readonly terms: Float64Array;
  private readonly stamps: Int32Array;
  private epoch = 0;
  private row = -1;
  private hasTargets = false;
  private hasExports = false;
  private moq = Number.NaN;
  /** The weights of the signals the row gives: product, and market, order, experience when known. */
  private total = 0;

  constructor(private readonly ctx: KernelContext) {
    const countries = ctx.geo.countries.size;
    this.terms = new Float64Array(countries);
    this.stamps = new Int32Array(countries);
  }

  /** Starts the walk of supplier row `i`. */
  select(i: number): void {
    if (i === this.row) return;
    this.row = i;
    if (++this.epoch === 0x7fffffff) {
      this.stamps.fill(0);
      this.epoch = 1;
    }
    const t = this.ctx.table;
    this.hasTargets = t.targets.offsets[i + 1]! > t.targets.offsets[i]!;
    this.hasExports = t.exportCountries.offsets[i + 1]! > t.exportCountries.offsets[i]!;
    this.moq = t.moq[i]!;
    this.total =
      SW.product +
      (this.hasTargets ? SW.market : 0) +
      (this.hasExports ? SW.experience : 0) +
      (Number.isNaN(this.moq) ? 0 : SW.order);
  }

  /**
   * The supplier's side of the selected row with a buyer in `country` ordering `volume` (NaN:
   * not given) when their industry is `industry` (known, not NaN): what the kernel computes, the
   * terms summed in another order (equal but for the last bits).
   */
  side(industry: number, country: number, volume: number): number {
    const sum = SW.product * industry + this.term(country);
    if (Number.isNaN(this.moq)) return sum / this.total;
    if (Number.isNaN(volume)) return sum / (this.total - SW.order);
    return (sum + SW.order * moqFit(volume, this.moq)) / this.total;
  }

  private term(country: number): number {
    if (this.stamps[country] === this.epoch) return this.terms[country]!;
    const { table: t, geo } = this.ctx;
    const i = this.row;
    let term = 0;
    if (this.hasTargets) {
      let market = 0;
      for (let k = t.targets.offsets[i]!; k < t.targets.offsets[i + 1]! && market === 0; k++)
        if (geo.placeMembers(t.targets.values[k]!)[country] === 1) market = 1;
      term += SW.market * market;
    }
    if (this.hasExports) term += SW.experience * (csrHas(t.exportCountries, i, country) ? 1 : EXPERIENCE_ELSEWHERE);
    this.terms[country] = term;
    this.stamps[country] = this.epoch;
    return term;
  }
}
