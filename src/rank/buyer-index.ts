/**
 * The exhibitor's side of ranking: buyers compiled once against an engine, indexed by what
 * they want, so "which buyers should supplier S meet?" visits only the buyers S can be
 * eligible for and scores only those whose mutual-score bound can still make the list.
 *
 * Which buyers a row can be eligible for comes from the postings (buyer-postings.ts): every
 * eligible pair is visited, and the ranking equals scoring every buyer (a property test checks it).
 *
 * Two bands, as on the buyer's side: first the buyers whose industry can exceed the chapter
 * level — a wanted code in the heading of one of the supplier's products, a wanted whole
 * chapter it offers in, any wanted code in a chapter it declares whole, wanted goods made in
 * the ISIC group of one of its activities, or an activity in the same ISIC division — then
 * the other candidates, whose industry is at most the chapter level (0.4). Those lists are
 * sorted by each buyer's own best possible score at that level, so the second band stops at
 * the first buyer that cannot reach the list.
 *
 * Each visited buyer is first held to its own side's bound (every signal but the industry at
 * 1) against the row's side for the buyer's country and volume (SupplierSideRow, exact): the
 * supplier's side is the weaker side of most pairs, and most buyers stop there, before the hard
 * constraints are read. A near buyer that passes is scored in the order of that bound; a far one
 * is first held to the pair's own bound (`mutualPairBound`).
 */

import { restBound } from '../score/kernel/bound.js';
import { buyerIndustryKeys, codeSignatures, IndustryMemo, rowsBySignature } from '../score/kernel/industry-memo.js';
import { Interner } from '../score/kernel/interner.js';
import { mutualPairBound, PairBound, supplierSideRest, supplierSideRestOf } from '../score/kernel/mutual-bound.js';
import type { QueryBuyer } from '../score/kernel/query.js';
import { type KernelContext, type PairScores, scorePair } from '../score/kernel/score-pair.js';
import { SupplierSideRow } from '../score/kernel/supplier-side-row.js';
import { mutualScore } from '../score/supplier-side.js';
import type { IndustryLevel } from '../taxonomy/similarity.js';
import { BoundBuckets, BUCKETS, bucketCeiling } from './bound-buckets.js';
import { BuyerPostings, FAR_CAP } from './buyer-postings.js';
import { HardFilter } from './hard-filter.js';
import type { ResolvedRankOptions } from './options.js';
import { type Winner, winnerList } from './top-k.js';
import { WalkState } from './walk-state.js';

/** Slack for comparing a bound with a score computed by different float operations. */
const EPS = 1e-9;
/**
 * Bounded pairs scored at a time, so the list's threshold rises early (as in top-k.ts): a
 * quarter of the buyers, 4 to 256 (small pools get several chunks too, so tests cross chunk edges).
 */
const chunkFor = (buyers: number) => Math.max(4, Math.min(256, buyers >> 2));
const FIRST_CHUNK = 16;

export class BuyerIndex {
  readonly size: number;
  /** Each buyer's place in id order (ties). */
  readonly idRank: Int32Array;
  readonly country: Int32Array;
  /** Buyer group ids; -1 without a group. */
  readonly group: Int32Array;
  /** Per buyer, its best possible buyer-side score with an industry at most FAR_CAP; and the most of any buyer. */
  private readonly farBound: Float64Array;
  private readonly farBoundAny: number;
  /** The buyers by what they want, for the candidates of a row. */
  private readonly postings: BuyerPostings;
  private readonly stamps: Int32Array;
  private epoch = 0;
  private readonly chunk: number;
  private readonly rows: Int32Array;
  private readonly bounds: Float64Array;
  private readonly buckets: BoundBuckets;
  /** The buyers' hard constraints but the industry gate, packed for the walk. */
  private readonly hard: HardFilter;
  /** Per supplier row, its codes' signature; the industry of the last signature's buyers. */
  private readonly signatures: Int32Array;
  private readonly memo: IndustryMemo;
  /** Per buyer, its key in `memo`: buyers with the same codes share their industry. */
  private readonly industryKey: Int32Array;
  private walkOrder: Int32Array | undefined;
  /**
   * The near buyers of the rows with the signature `nearSignature` (see `prepareNear`): eligible
   * by industry, best `nearKey` first; `inNear[q] === nearEpoch` marks a buyer as one of them.
   */
  private nearSignature = -1;
  private nearOf: Int32Array | undefined;
  private readonly nearKey: Float64Array;
  /** Per near buyer, its industry with the group's codes and its side's bound at that industry. */
  private readonly nearIndustry: Float64Array;
  private readonly nearBuyerSide: Float64Array;
  private readonly inNear: Int32Array;
  /** Per buyer, its order volume (NaN: not given); 1 when it wants no HS code (industry maybe unknown). */
  private readonly volume: Float64Array;
  private readonly noWants: Uint8Array;
  /** The supplier's side of the walk's row, by buyer country. */
  private readonly sideRow: SupplierSideRow;
  private nearEpoch = 0;
  /** The walk of `top` in progress. */
  private readonly walkState = new WalkState();
  private readonly pairBound = new PairBound();

  /** `queries`: the buyers compiled against `ctx`'s engine, in the caller's order. */
  constructor(
    readonly queries: readonly QueryBuyer[],
    private readonly ctx: KernelContext,
    level: IndustryLevel,
  ) {
    const n = queries.length;
    this.size = n;
    const byId = queries.map((_, i) => i).sort((x, y) => (queries[x]!.profile.id < queries[y]!.profile.id ? -1 : 1));
    this.idRank = new Int32Array(n);
    byId.forEach((q, r) => (this.idRank[q] = r));
    this.country = Int32Array.from(queries, (q) => q.country);
    const groups = new Interner();
    this.group = Int32Array.from(queries, (q) => (q.profile.group === undefined ? -1 : groups.intern(q.profile.group)));
    this.farBound = Float64Array.from(queries, (q) => restBound(ctx, q, FAR_CAP));
    this.farBoundAny = this.farBound.reduce((a, b) => (b > a ? b : a), 0);
    this.stamps = new Int32Array(n);
    this.hard = new HardFilter(ctx.table, queries);
    this.signatures = codeSignatures(ctx.table);
    this.industryKey = buyerIndustryKeys(queries);
    this.memo = new IndustryMemo(this.industryKey.reduce((a, b) => (b > a ? b : a), -1) + 1);
    this.nearKey = new Float64Array(n);
    this.nearIndustry = new Float64Array(n);
    this.nearBuyerSide = new Float64Array(n);
    this.inNear = new Int32Array(n);
    this.volume = Float64Array.from(queries, (q) => q.volume);
    this.noWants = Uint8Array.from(queries, (q) => (q.wants.codes.length === 0 ? 1 : 0));
    this.sideRow = new SupplierSideRow(ctx);
    this.chunk = chunkFor(n);
    this.rows = new Int32Array(this.chunk);
    this.bounds = new Float64Array(this.chunk);
    this.buckets = new BoundBuckets(this.chunk);
    this.postings = new BuyerPostings(queries, ctx, level, this.farBound);
  }

  /**
   * Every supplier row, in the order a walk over all of them is fastest: rows with the same
   * codes together, so they share their buyers' industry (IndustryMemo) and their candidates stay
   * in cache.
   */
  get walk(): Int32Array {
    this.walkOrder ??= rowsBySignature(this.ctx.table);
    return this.walkOrder;
  }

  /**
   * The buyers `o` asks for, for supplier row `i`, best mutual score first: eligible, mutual
   * score at least `minScore`, at most `limit`, capped per buyer country and group. `row` of
   * each winner is the buyer's index, `data` its numbers. `scratch` receives the kernel's numbers.
   */
  top(i: number, o: ResolvedRankOptions, scratch: PairScores): Winner[] {
    const near = this.prepareNear(i);
    const list = winnerList(o.limit, this.idRank, [
      { key: this.country, max: o.maxPerCountry },
      { key: this.group, max: o.maxPerGroup },
    ]);
    this.nextEpoch();
    const w = this.walkState;
    w.row = i;
    w.options = o;
    w.list = list;
    w.scratch = scratch;
    w.pending = 0;
    w.bar = o.minScore > list.threshold ? o.minScore : list.threshold;
    // The first chunks are small, so the bar rises after a few scores; then they double.
    w.chunk = Math.min(FIRST_CHUNK, this.chunk);
    this.sideRow.select(i);
    if (!near) this.collect(this.postings.candidateLists(i), 1, -1);
    else {
      this.collect([near], 1, -2);
      const side = supplierSideRestOf(this.ctx, i, FAR_CAP);
      if (mutualScore(this.farBoundAny, side) + EPS >= w.bar)
        this.collect(this.postings.candidateLists(i), FAR_CAP, side);
    }
    w.list = undefined;
    return list.result();
  }

  /**
   * Bounds the unseen buyers of `lists` for the walk's row with an industry at most `cap`, and
   * scores them a chunk at a time. `side` ≥ 0: the far band — stop a list at the first buyer whose
   * far bound cannot reach the bar, skip the near buyers; -2: the near list — stop at the first
   * buyer whose near key cannot. (The walk's numbers live in `walkState`'s fields rather than in
   * closures: V8 then keeps them unboxed, and the hot loop allocates nothing.)
   */
  private collect(lists: readonly ArrayLike<number>[], cap: number, side: number): void {
    const { ctx, queries, rows, bounds, stamps, farBound, hard, memo, industryKey, nearKey, inNear, nearEpoch, epoch } =
      this;
    const { nearIndustry, nearBuyerSide, country, volume, noWants, sideRow } = this;
    const w = this.walkState;
    const i = w.row;
    const pair = this.pairBound;
    pair.industryCap = cap;
    for (const candidates of lists) {
      for (let j = 0; j < candidates.length; j++) {
        const q = candidates[j]!;
        const floor = w.bar - EPS;
        if (side === -2) {
          if (nearKey[q]! < floor) break;
        } else if (side >= 0) {
          if (mutualScore(farBound[q]!, side) < floor) break;
          if (inNear[q] === nearEpoch) continue;
        }
        if (stamps[q] === epoch) continue;
        stamps[q] = epoch;
        // First the buyer's side with every other signal at 1 against the supplier's side for the
        // buyer's country and volume (exact but for them): most buyers stop here.
        let quick = -1;
        if (side !== -1) {
          const industry = side === -2 ? nearIndustry[q]! : noWants[q] === 1 ? Number.NaN : FAR_CAP;
          if (!Number.isNaN(industry)) {
            const buyerSide = side === -2 ? nearBuyerSide[q]! : farBound[q]!;
            quick = mutualScore(buyerSide, sideRow.side(industry, country[q]!, volume[q]!));
            if (quick < floor) continue;
          }
        }
        if (hard.excludes(q, i)) continue;
        // A near buyer goes to scoring with that bound: the pair's own bound (`mutualPairBound`)
        // turned away only a quarter of the near buyers it read, and cost more than the scores it saved.
        if (side !== -2 || quick < 0) {
          pair.floor = floor;
          if (!mutualPairBound(ctx, queries[q]!, i, pair, memo, industryKey[q]!, sideRow)) continue;
          quick = pair.value;
        }
        rows[w.pending] = q;
        bounds[w.pending++] = quick;
        if (w.pending === w.chunk) {
          this.visit();
          if (w.chunk < this.chunk) w.chunk = Math.min(this.chunk, w.chunk * 2);
        }
      }
    }
    this.visit();
  }

  /** Scores the pending bounded buyers of the walk, best bound first, while a bound reaches the bar. */
  private visit(): void {
    const { ctx, queries, rows, bounds, memo, industryKey, buckets } = this;
    const w = this.walkState;
    const { row: i, options: o, list, scratch } = w;
    const { counts, order } = buckets;
    buckets.sort(bounds, w.pending);
    w.pending = 0;
    for (let bucket = BUCKETS - 1; bucket >= 0; bucket--) {
      if (bucketCeiling(bucket) + EPS < w.bar) return;
      for (let k = counts[bucket]!; k < counts[bucket + 1]!; k++) {
        const j = order[k]!;
        if (bounds[j]! + EPS < w.bar) continue;
        const q = rows[j]!;
        const r = scorePair(ctx, queries[q]!, i, scratch!, null, memo.industry(ctx, queries[q]!, industryKey[q]!, i));
        if (r.excluded === 0 && r.mutual >= o!.minScore) {
          list!.offer(q, r.mutual, r);
          const threshold = list!.threshold;
          w.bar = o!.minScore > threshold ? o!.minScore : threshold;
        }
      }
    }
  }

  /**
   * The near buyers of row `i` (see `nearLists`), computed once for every row with the same
   * codes: each buyer's industry is then known (IndustryMemo), so buyers the industry gate
   * excludes are left out, and the rest are sorted by a bound on the mutual score of the
   * buyer with any supplier of these codes: the buyer's side with that industry and every
   * other signal at 1, the supplier's side likewise. Undefined for a row without codes.
   */
  private prepareNear(i: number): Int32Array | undefined {
    const signature = this.signatures[i]!;
    this.memo.select(signature);
    if (signature === this.nearSignature) return this.nearOf;
    this.nearSignature = signature;
    if (++this.nearEpoch === 0x7fffffff) {
      this.inNear.fill(0);
      this.nearEpoch = 1;
    }
    const lists = this.postings.nearLists(i);
    if (!lists) return (this.nearOf = undefined);
    const { ctx, queries, memo, industryKey, inNear, nearKey, nearEpoch, nearIndustry, nearBuyerSide } = this;
    const near: number[] = [];
    for (const list of lists) {
      for (let j = 0; j < list.length; j++) {
        const q = list[j]!;
        if (inNear[q] === nearEpoch) continue;
        inNear[q] = nearEpoch;
        const industry = memo.industry(ctx, queries[q]!, industryKey[q]!, i);
        nearIndustry[q] = industry;
        if (Number.isNaN(industry)) nearKey[q] = 1;
        else if (ctx.industryGate && ctx.coverage.best < ctx.industryThreshold) continue;
        else {
          nearBuyerSide[q] = restBound(ctx, queries[q]!, industry);
          nearKey[q] = mutualScore(nearBuyerSide[q]!, supplierSideRest(industry));
        }
        near.push(q);
      }
    }
    // Best key first, ties by index. The comparator answers -1 / 1 rather than a difference of
    // keys: a double returned from it is boxed on every call (once per group, but groups are many).
    const out = Int32Array.from(near);
    out.sort((x, y) => (nearKey[y]! > nearKey[x]! ? 1 : nearKey[y]! < nearKey[x]! ? -1 : x - y));
    return (this.nearOf = out);
  }

  private nextEpoch(): void {
    if (++this.epoch === 0x7fffffff) {
      this.stamps.fill(0);
      this.epoch = 1;
    }
  }
}
