/**
 * Candidate index: which suppliers can have any industry overlap with a buyer. Industry
 * similarity is 0 unless two codes share at least a section, so with the industry gate on
 * only suppliers sharing an HS section with a wanted code, or an ISIC section with a wanted
 * activity, can be eligible — plus suppliers whose industry is unknown (no HS products,
 * when the buyer gives no activities). Everyone else is skipped without being scored;
 * the property tests check that this never changes a ranking.
 */
import { hsSection } from '../taxonomy/hs.js';
import { isicSection } from '../taxonomy/isic.js';
import type { Buyer, Supplier } from '../model/types.js';

export class CandidateIndex {
  private readonly byHsSection = new Map<string, number[]>();
  private readonly byIsicSection = new Map<string, number[]>();
  private readonly withoutProducts: number[] = [];
  /** Rows by the 4-digit heading of a 4- or 6-digit product. */
  private readonly byHeading = new Map<string, number[]>();
  /** Rows by the chapter of any product. */
  private readonly byChapter = new Map<string, number[]>();
  /** Rows offering a whole chapter (a 2-digit product code). */
  private readonly byChapterCode = new Map<string, number[]>();

  /** `suppliers[i]` is row i of the engine's tables. */
  constructor(suppliers: readonly Supplier[]) {
    suppliers.forEach((s, i) => {
      for (const section of new Set((s.products ?? []).map(hsSection))) if (section) push(this.byHsSection, section, i);
      for (const section of new Set((s.activities ?? []).map(isicSection))) if (section) push(this.byIsicSection, section, i);
      if (!s.products?.length) this.withoutProducts.push(i);
      const products = s.products ?? [];
      for (const h of new Set(products.filter((c) => c.length >= 4).map((c) => c.slice(0, 4)))) push(this.byHeading, h, i);
      for (const c of new Set(products.map((c) => c.slice(0, 2)))) push(this.byChapter, c, i);
      for (const c of new Set(products.filter((c) => c.length === 2))) push(this.byChapterCode, c, i);
    });
  }

  /**
   * Rows whose industry can exceed the chapter level (0.4): an HS match at heading level or
   * better, or no HS products at all (industry unknown). Every other candidate has industry
   * ≤ 0.4. Undefined when the buyer gives activities (ISIC could score any row higher).
   */
  headingTier(buyer: Buyer): number[] | undefined {
    if (buyer.activities?.length) return undefined;
    const lists: number[][] = [this.withoutProducts];
    for (const want of new Set(buyer.wants)) {
      const chapter = want.slice(0, 2);
      const add = (list: number[] | undefined) => list && lists.push(list);
      if (want.length === 2) add(this.byChapter.get(chapter));
      else {
        add(this.byHeading.get(want.slice(0, 4)));
        add(this.byChapterCode.get(chapter));
      }
    }
    return mergeSorted(lists);
  }

  /**
   * Rows sharing a chapter with a wanted code (industry ≤ 0.4 unless in the heading tier);
   * every other candidate shares at most a section (industry ≤ 0.15). Undefined when the
   * buyer gives activities.
   */
  chapterTier(buyer: Buyer): number[] | undefined {
    if (buyer.activities?.length) return undefined;
    return mergeSorted([...new Set(buyer.wants.map((w) => w.slice(0, 2)))].map((c) => this.byChapter.get(c) ?? []));
  }

  /** Supplier indices that may be eligible for `buyer`, ascending (= id order). */
  candidates(buyer: Buyer): number[] {
    const lists: number[][] = [];
    for (const section of new Set(buyer.wants.map(hsSection))) {
      const list = section && this.byHsSection.get(section);
      if (list) lists.push(list);
    }
    for (const section of new Set((buyer.activities ?? []).map(isicSection))) {
      const list = section && this.byIsicSection.get(section);
      if (list) lists.push(list);
    }
    if (!buyer.activities?.length) lists.push(this.withoutProducts);
    return mergeSorted(lists);
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Union of ascending lists, ascending and without duplicates (a k-way merge). */
function mergeSorted(lists: number[][]): number[] {
  const nonEmpty = lists.filter((l) => l.length > 0);
  if (nonEmpty.length === 0) return [];
  if (nonEmpty.length === 1) return nonEmpty[0]!;
  const at = new Array<number>(nonEmpty.length).fill(0);
  const out: number[] = [];
  for (;;) {
    let min = Infinity;
    for (let l = 0; l < nonEmpty.length; l++) {
      const v = nonEmpty[l]![at[l]!];
      if (v !== undefined && v < min) min = v;
    }
    if (min === Infinity) return out;
    out.push(min);
    for (let l = 0; l < nonEmpty.length; l++) if (nonEmpty[l]![at[l]!] === min) at[l]!++;
  }
}
