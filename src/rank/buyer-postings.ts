/**
 * The buyers of the exhibitor's side by what they want, so a supplier row reads only the
 * buyers it can be eligible for (buyer-index.ts walks them).
 *
 * The index is the candidate index (candidates.ts) turned around: a buyer is listed under
 * each chapter of its wanted codes (each HS section, with the gate at section level), each
 * ISIC section of its activities, and each ISIC division (section) of the classes its wanted
 * codes bridge to; a supplier reads the lists of its own products' chapters, activities'
 * sections and activities' divisions. A supplier without any code (industry unknown) or with
 * the gate off reads every buyer. The buyer-side candidate index lists the suppliers without
 * HS products for every buyer; here an ISIC-only supplier reads only the buyers its
 * activities can reach (the same ISIC section, or wanted goods made in the same division) —
 * every other pair is below the gate. So every eligible pair is visited, and the ranking
 * equals scoring every buyer (a property test checks it).
 *
 * The near lists (`nearLists`) are those whose industry with the row can exceed the chapter level.
 */
import type { QueryBuyer } from '../score/kernel/query.js';
import type { KernelContext } from '../score/kernel/score-pair.js';
import { CODE_SIMILARITY_LEVELS, type IndustryLevel } from '../taxonomy/similarity.js';

/** Industry of a pair without a heading-level (or better) match: at most the chapter level. */
export const FAR_CAP = CODE_SIMILARITY_LEVELS.chapter;

/**
 * Posting keys: chapter, HS section, activity section, bridged division, bridged section
 * (candidates), and activity division (near buyers only).
 */
const KEY = {
  chapter: 0,
  hsSection: 100,
  activitySection: 200,
  bridgeDivision: 300,
  bridgeSection: 400,
  activityDivision: 500,
} as const;
const KEYS = 600;

export class BuyerPostings {
  /** Candidate lists by KEY, each sorted by `farBound` (best first). */
  private readonly postings: (Int32Array | undefined)[];
  /** Buyers by the 4-digit heading of a wanted code. */
  private readonly headings = new Map<number, Int32Array>();
  /** Buyers by a wanted code of 4 or 6 digits as it is (the heading or product itself). */
  private readonly codes = new Map<number, Int32Array>();
  /** Buyers by a wanted 2-digit chapter code. */
  private readonly wholeChapters: (Int32Array | undefined)[];
  /** Buyers by the ISIC group (3 digits) of a class their wanted codes bridge to. */
  private readonly bridgeGroups = new Map<number, Int32Array>();
  /** Buyers by a 2-digit ISIC division their wanted codes bridge to as a whole. */
  private readonly bridgeWholeDivisions: (Int32Array | undefined)[];
  /** Every buyer, by `farBound` (best first). */
  private readonly all: Int32Array;
  private readonly bySection: boolean;
  private readonly keys = new Uint8Array(KEYS);

  /** `farBound`: per buyer, its best possible buyer-side score with an industry at most FAR_CAP. */
  constructor(
    queries: readonly QueryBuyer[],
    private readonly ctx: KernelContext,
    level: IndustryLevel,
    farBound: Float64Array,
  ) {
    this.bySection = level === 'section';
    this.all = Int32Array.from({ length: queries.length }, (_, i) => i).sort(
      (x, y) => farBound[y]! - farBound[x]! || x - y,
    );
    const lists: number[][] = Array.from({ length: KEYS }, () => []);
    const headings = new Map<number, number[]>();
    const codes = new Map<number, number[]>();
    const listIn = (map: Map<number, number[]>, key: number) => {
      let list = map.get(key);
      if (!list) map.set(key, (list = []));
      return list;
    };
    const wholeChapters: number[][] = Array.from({ length: 100 }, () => []);
    const bridgeGroups = new Map<number, number[]>();
    const bridgeWholeDivisions: number[][] = Array.from({ length: 100 }, () => []);
    queries.forEach((q, index) => {
      const add = (list: number[]) => {
        if (list[list.length - 1] !== index) list.push(index);
      };
      this.buyerKeys(q, (key) => add(lists[key]!));
      const w = q.wants;
      for (let k = 0; k < w.codes.length; k++) {
        if (w.headings[k]! >= 0) {
          add(listIn(headings, w.headings[k]!));
          add(listIn(codes, w.codes[k]! * 10 + w.lengths[k]!));
        } else if (w.lengths[k] === 2) add(wholeChapters[w.chapters[k]!]!);
      }
      const c = q.bridge.classes;
      for (let k = 0; k < c.codes.length; k++) {
        if (c.headings[k]! >= 0) add(listIn(bridgeGroups, c.headings[k]!));
        else if (c.lengths[k] === 2) add(bridgeWholeDivisions[c.chapters[k]!]!);
      }
    });
    const byFarBound = (list: number[]) => Int32Array.from(list.sort((x, y) => farBound[y]! - farBound[x]! || x - y));
    this.postings = lists.map((l) => (l.length ? byFarBound(l) : undefined));
    for (const [heading, list] of headings) this.headings.set(heading, Int32Array.from(list));
    for (const [code, list] of codes) this.codes.set(code, Int32Array.from(list));
    this.wholeChapters = wholeChapters.map((l) => (l.length ? Int32Array.from(l) : undefined));
    for (const [group, list] of bridgeGroups) this.bridgeGroups.set(group, Int32Array.from(list));
    this.bridgeWholeDivisions = bridgeWholeDivisions.map((l) => (l.length ? Int32Array.from(l) : undefined));
  }

  /** The candidate keys a buyer is listed under (see the file comment). */
  private buyerKeys(q: QueryBuyer, add: (key: number) => void): void {
    const { hsSections, isicSections } = this.ctx;
    for (const chapter of q.wants.chapters) {
      // By chapter at every level: a supplier declaring a whole chapter reads it (nearLists).
      add(KEY.chapter + chapter);
      if (this.bySection && hsSections[chapter]! > 0) add(KEY.hsSection + hsSections[chapter]!);
    }
    for (const division of q.activities.chapters) {
      if (isicSections[division]! > 0) add(KEY.activitySection + isicSections[division]!);
      add(KEY.activityDivision + division);
    }
    for (const division of q.bridge.classes.chapters) {
      // By division at every level: a supplier's near band reads it (nearLists).
      add(KEY.bridgeDivision + division);
      if (this.bySection && isicSections[division]! > 0) add(KEY.bridgeSection + isicSections[division]!);
    }
  }

  /** The buyer lists supplier row `i` reads: its candidates, possibly overlapping. */
  candidateLists(i: number): readonly ArrayLike<number>[] {
    const { table: t, hsSections, isicSections, industryGate } = this.ctx;
    const p = t.products;
    const a = t.activities;
    // Without any code the industry is unknown, and the gate lets the pair through.
    if (!industryGate || (p.offsets[i + 1] === p.offsets[i] && a.offsets[i + 1] === a.offsets[i])) return [this.all];
    const keys = this.keys;
    keys.fill(0);
    for (let k = p.offsets[i]!; k < p.offsets[i + 1]!; k++) {
      const chapter = p.chapters[k]!;
      if (!this.bySection) keys[KEY.chapter + chapter] = 1;
      else if (hsSections[chapter]! > 0) keys[KEY.hsSection + hsSections[chapter]!] = 1;
    }
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
   * The buyers whose industry with row `i` can exceed the chapter level; undefined when the
   * supplier gives no code (its industry is unknown: one band). Every other buyer's industry
   * is at most the chapter level: its wanted codes share at most a chapter with the
   * products, its ISIC classes at most a division with the activities (bridged: ≤ 0.45 × 0.7),
   * and its own activities no division with them (same section: 0.15).
   */
  nearLists(i: number): ArrayLike<number>[] | undefined {
    const { products: p, activities: a } = this.ctx.table;
    if (p.offsets[i + 1] === p.offsets[i] && a.offsets[i + 1] === a.offsets[i]) return undefined;
    // Buyers wanting a product itself first: their scores raise the bar early.
    const lists: ArrayLike<number>[] = [];
    for (let k = p.offsets[i]!; k < p.offsets[i + 1]!; k++) {
      const same = this.codes.get(p.codes[k]! * 10 + p.lengths[k]!);
      if (same) lists.push(same);
    }
    for (let k = p.offsets[i]!; k < p.offsets[i + 1]!; k++) {
      const chapter = p.chapters[k]!;
      const whole = this.wholeChapters[chapter];
      if (whole) lists.push(whole);
      if (p.headings[k]! >= 0) {
        const same = this.headings.get(p.headings[k]!);
        if (same) lists.push(same);
      } else {
        // A declared whole chapter: any wanted code in it matches above the chapter level.
        const list = this.postings[KEY.chapter + chapter];
        if (list) lists.push(list);
      }
    }
    for (let k = a.offsets[i]!; k < a.offsets[i + 1]!; k++) {
      const division = a.chapters[k]!;
      // A bridged match counts BRIDGE_WEIGHT (0.7) × its level: above 0.4 within an ISIC group, or
      // a whole division bridged to exactly; a supplier's whole division gives at most 0.7 × 0.45.
      const whole = this.bridgeWholeDivisions[division];
      if (whole) lists.push(whole);
      const group = a.headings[k]! >= 0 ? this.bridgeGroups.get(a.headings[k]!) : undefined;
      if (group) lists.push(group);
      // Activities match above the chapter level only within a division (a whole division counts 0.45).
      const active = this.postings[KEY.activityDivision + division];
      if (active) lists.push(active);
    }
    return lists;
  }
}
