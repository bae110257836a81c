/**
 * The supplier's side (src/score/supplier-side.ts) of one supplier row against many buyers,
 * for the exhibitor's walk: its market and export-experience signals depend only on the
 * buyer's country, so they are kept per country (filled on first use) and the side of a pair
 * is a few array reads. The supplier's side is the weaker side of most pairs and the mutual
 * score, a harmonic mean, follows the weaker side: with it the walk drops most buyers before
 * the full pair bound (`mutualPairBound`) reads anything else, and that bound reads the side
 * from here too. Hand-written for that hot path; the signals themselves come from
 * region-signals.ts, as the kernel's do.
 */
import { moqFit } from '../components/capacity.js';
import { supplierSideOf } from '../supplier-side.js';
import { experienceSignal, marketSignal } from './region-signals.js';
import type { KernelContext } from './score-pair.js';

export class SupplierSideRow {
  /** Per buyer country: the market and experience signals of the selected row. */
  private readonly market: Float64Array;
  private readonly experience: Float64Array;
  private readonly stamps: Int32Array;
  private epoch = 0;
  private row = -1;
  private moq = Number.NaN;

  constructor(private readonly ctx: KernelContext) {
    const countries = ctx.geo.countries.size;
    this.market = new Float64Array(countries);
    this.experience = new Float64Array(countries);
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
    this.moq = this.ctx.table.moq[i]!;
  }

  /**
   * The supplier's side of the selected row with a buyer in `country` ordering `volume` (NaN:
   * not given) when their industry is `industry` (NaN: unknown) — what the kernel computes.
   */
  side(industry: number, country: number, volume: number): number {
    if (this.stamps[country] !== this.epoch) {
      const { table: t, geo } = this.ctx;
      this.market[country] = marketSignal(t, geo, this.row, country);
      this.experience[country] = experienceSignal(t, this.row, country);
      this.stamps[country] = this.epoch;
    }
    const order = Number.isNaN(volume) || Number.isNaN(this.moq) ? Number.NaN : moqFit(volume, this.moq);
    return supplierSideOf(industry, this.market[country]!, order, this.experience[country]!);
  }
}
