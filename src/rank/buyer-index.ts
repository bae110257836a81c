/**
 * The exhibitor's side of ranking: buyers compiled once against an engine, indexed by what
 * they want, so "which buyers should supplier S meet?" visits only the buyers S can be
 * eligible for and scores only those whose mutual-score bound can still make the list.
 *
 * The index is the candidate index (candidates.ts) turned around: a buyer is listed under
 * each chapter of its wanted codes (each HS section, with the gate at section level), each
 * ISIC section of its activities, and each ISIC division (section) of the classes its wanted
 * codes bridge to; a supplier reads the lists of its own products' chapters, activities'
 * sections and activities' divisions. A supplier without HS products reads every buyer, as
 * it is a candidate of every buyer. The pairs visited are exactly the pairs a buyer-side
 * ranking visits, so the ranking equals scoring every buyer (a property test checks it).
 */
import type { QueryBuyer } from '../score/kernel/query.js';
import { hardExclusions } from '../score/kernel/hard-constraints.js';
import { mutualPairBound } from '../score/kernel/mutual-bound.js';
import { PairScores, scorePair, type KernelContext } from '../score/kernel/score-pair.js';
import type { IndustryLevel } from '../taxonomy/similarity.js';
import { Interner } from '../score/kernel/interner.js';
import type { ResolvedRankOptions } from './options.js';
import { RankedList, type Hit } from './ranked-list.js';

/** Slack for comparing a bound with a score computed by different float operations. */
const EPS = 1e-9;
const BUCKETS = 256;
/**
 * Bounded pairs scored at a time, so the list's threshold rises early (as in top-k.ts): a
 * quarter of the buyers, 4 to 256 (small pools get several chunks too, so tests cross chunk edges).
 */
const chunkFor = (buyers: number) => Math.max(4, Math.min(256, buyers >> 2));

/** Posting keys: chapter, HS section, activity section, bridged division, bridged section. */
const KEY = { chapter: 0, hsSection: 100, activitySection: 200, bridgeDivision: 300, bridgeSection: 400 } as const;
const KEYS = 500;

export class BuyerIndex {
  readonly size: number;
  /** Each buyer's place in id order (ties). */
  readonly idRank: Int32Array;
  readonly country: Int32Array;
  /** Buyer group ids; -1 without a group. */
  readonly group: Int32Array;
  private readonly postings: (Int32Array | undefined)[];
  private readonly all: Int32Array;
  private readonly bySection: boolean;
  private readonly stamps: Int32Array;
  private epoch = 0;
  private readonly rows: Int32Array;
  private readonly bounds: Float64Array;
  private readonly chunk: number;
  private readonly order: Int32Array;
  private readonly counts = new Int32Array(BUCKETS + 1);
  private readonly fill = new Int32Array(BUCKETS + 1);
  private readonly keys = new Uint8Array(KEYS);

  /** `queries`: the buyers compiled against `ctx`'s engine, in the caller's order. */
  constructor(
    readonly queries: readonly QueryBuyer[],
    private readonly ctx: KernelContext,
    level: IndustryLevel,
  ) {
    const n = queries.length;
    this.size = n;
    this.bySection = level === 'section';
    const byId = queries.map((_, i) => i).sort((x, y) => (queries[x]!.profile.id < queries[y]!.profile.id ? -1 : 1));
    this.idRank = new Int32Array(n);
    byId.forEach((q, r) => (this.idRank[q] = r));
    this.country = Int32Array.from(queries, (q) => q.country);
    const groups = new Interner();
    this.group = Int32Array.from(queries, (q) => (q.profile.group === undefined ? -1 : groups.intern(q.profile.group)));
    this.all = Int32Array.from({ length: n }, (_, i) => i);
    this.stamps = new Int32Array(n);
    this.chunk = chunkFor(n);
    this.rows = new Int32Array(this.chunk);
    this.bounds = new Float64Array(this.chunk);
    this.order = new Int32Array(this.chunk);

    const lists: number[][] = Array.from({ length: KEYS }, () => []);
    const seen = new Uint8Array(KEYS);
    queries.forEach((q, index) => {
      seen.fill(0);
      const add = (key: number) => {
        if (seen[key] === 1) return;
        seen[key] = 1;
        lists[key]!.push(index);
      };
      this.buyerKeys(q, add);
    });
    this.postings = lists.map((l) => (l.length ? Int32Array.from(l) : undefined));
  }

  /** The posting keys a buyer is listed under (see the file comment). */
  private buyerKeys(q: QueryBuyer, add: (key: number) => void): void {
    const { hsSections, isicSections } = this.ctx;
    for (const chapter of q.wants.chapters) {
      if (!this.bySection) add(KEY.chapter + chapter);
      else if (hsSections[chapter]! > 0) add(KEY.hsSection + hsSections[chapter]!);
    }
    for (const division of q.activities.chapters) if (isicSections[division]! > 0) add(KEY.activitySection + isicSections[division]!);
    for (const division of q.bridge.classes.chapters) {
      if (!this.bySection) add(KEY.bridgeDivision + division);
      else if (isicSections[division]! > 0) add(KEY.bridgeSection + isicSections[division]!);
    }
  }

  /** The buyer lists supplier row `i` reads: its candidates, possibly overlapping. */
  private candidateLists(i: number): readonly ArrayLike<number>[] {
    const { table: t, hsSections, isicSections, industryGate } = this.ctx;
    const p = t.products;
    if (!industryGate || p.offsets[i + 1] === p.offsets[i]) return [this.all];
    const keys = this.keys;
    keys.fill(0);
    for (let k = p.offsets[i]!; k < p.offsets[i + 1]!; k++) {
      const chapter = p.chapters[k]!;
      if (!this.bySection) keys[KEY.chapter + chapter] = 1;
      else if (hsSections[chapter]! > 0) keys[KEY.hsSection + hsSections[chapter]!] = 1;
    }
    const a = t.activities;
    for (let k = a.offsets[i]!; k < a.offsets[i + 1]!; k++) {
      const division = a.chapters[k]!;
      const section = isicSections[division]!;
      if (section > 0) keys[KEY.activitySection + section] = 1;
      if (!this.bySection) keys[KEY.bridgeDivision + division] = 1;
      else if (section > 0) keys[KEY.bridgeSection + section] = 1;
    }
    const lists: Int32Array[] = [];
    for (let key = 0; key < KEYS; key++) if (keys[key] === 1 && this.postings[key]) lists.push(this.postings[key]!);
    return lists;
  }

  /**
   * The buyers `o` asks for, for supplier row `i`, best mutual score first: eligible, mutual
   * score at least `minScore`, at most `limit`, capped per buyer country and group. `row` of
   * each hit is the buyer's index. `scratch` receives the kernel's numbers.
   */
  top(i: number, o: ResolvedRankOptions, scratch: PairScores): Hit[] {
    const { ctx, queries, rows, bounds } = this;
    const list = new RankedList(o.limit, this.idRank, [
      { key: this.country, max: o.maxPerCountry },
      { key: this.group, max: o.maxPerGroup },
    ]);
    const bar = () => (o.minScore > list.threshold ? o.minScore : list.threshold);
    const visit = (n: number) => {
      const { counts, fill, order } = this;
      counts.fill(0);
      for (let j = 0; j < n; j++) counts[bucketOf(bounds[j]!) + 1]!++;
      for (let c = 1; c <= BUCKETS; c++) counts[c]! += counts[c - 1]!;
      fill.set(counts);
      for (let j = 0; j < n; j++) order[fill[bucketOf(bounds[j]!)]!++] = j;
      for (let bucket = BUCKETS - 1; bucket >= 0; bucket--) {
        if ((bucket + 1) / BUCKETS + EPS < bar()) return;
        for (let q = counts[bucket]!; q < counts[bucket + 1]!; q++) {
          const j = order[q]!;
          if (bounds[j]! + EPS < bar()) continue;
          const r = scorePair(ctx, queries[rows[j]!]!, i, scratch);
          if (r.excluded === 0 && r.mutual >= o.minScore) list.offer(rows[j]!, r.mutual);
        }
      }
    };

    this.nextEpoch();
    const t = ctx.table;
    let n = 0;
    let floor = bar() - EPS;
    for (const candidates of this.candidateLists(i)) {
      for (let j = 0; j < candidates.length; j++) {
        const q = candidates[j]!;
        if (this.stamps[q] === this.epoch) continue;
        this.stamps[q] = this.epoch;
        const b = queries[q]!;
        if (hardExclusions(t, b, i) !== 0) continue;
        const ub = mutualPairBound(ctx, b, i, floor);
        if (ub < floor) continue;
        rows[n] = q;
        bounds[n++] = ub;
        if (n === this.chunk) {
          visit(n);
          n = 0;
          floor = bar() - EPS;
        }
      }
    }
    visit(n);
    return list.result();
  }

  private nextEpoch(): void {
    if (++this.epoch === 0x7fffffff) {
      this.stamps.fill(0);
      this.epoch = 1;
    }
  }
}

function bucketOf(ub: number): number {
  const b = Math.floor(ub * BUCKETS);
  return b < 0 ? 0 : b >= BUCKETS ? BUCKETS - 1 : b;
}
