/**
 * Candidate index: which suppliers can have any industry overlap with a buyer. Industry
 * similarity is 0 unless two codes share at least a section, so with the industry gate on
 * only suppliers sharing an HS section with a wanted code, or an ISIC section with a wanted
 * activity, can be eligible — plus suppliers whose industry is unknown (no HS products,
 * when the buyer gives no activities). Everyone else is skipped without being scored;
 * the property tests check that this never changes a ranking.
 *
 * Each method returns a buyer's rows as a few posting-list views, possibly overlapping: the
 * ranking visits each row once however many lists hold it, so nothing is merged per query.
 */
import { hsSection } from '../taxonomy/hs.js';
import { isicSection } from '../taxonomy/isic.js';
import type { Buyer, Supplier } from '../model/types.js';
import { Postings, PostingsBuilder, type PostingsParts } from './postings.js';

/** Rows of one buyer's candidates, as several ascending lists that may share rows. */
export type RowLists = readonly ArrayLike<number>[];

/** The posting lists of a candidate index (plain typed arrays and strings, so they can be packed). */
export interface CandidateParts {
  hsSections: PostingsParts;
  isicSections: PostingsParts;
  /** Rows by the 4-digit heading of a 4- or 6-digit product. */
  headings: PostingsParts;
  /** Rows by the chapter of any product. */
  chapters: PostingsParts;
  /** Rows by each product code as given (6-digit subheading, 4-digit heading or 2-digit chapter). */
  codes: PostingsParts;
  withoutProducts: Int32Array;
}

export class CandidateIndex {
  private readonly hsSections: Postings;
  private readonly isicSections: Postings;
  private readonly headings: Postings;
  private readonly chapters: Postings;
  private readonly codes: Postings;
  private readonly withoutProducts: Int32Array;

  constructor(readonly parts: CandidateParts) {
    this.hsSections = new Postings(parts.hsSections);
    this.isicSections = new Postings(parts.isicSections);
    this.headings = new Postings(parts.headings);
    this.chapters = new Postings(parts.chapters);
    this.codes = new Postings(parts.codes);
    this.withoutProducts = parts.withoutProducts;
  }

  /** `suppliers[i]` is row i of the engine's tables. */
  static build(suppliers: readonly Supplier[]): CandidateIndex {
    const hsSections = new PostingsBuilder();
    const isicSections = new PostingsBuilder();
    const headings = new PostingsBuilder();
    const chapters = new PostingsBuilder();
    const codes = new PostingsBuilder();
    const withoutProducts: number[] = [];
    suppliers.forEach((s, i) => {
      const products = s.products ?? [];
      if (products.length === 0) withoutProducts.push(i);
      hsSections.add(i, products.map(hsSection));
      isicSections.add(i, (s.activities ?? []).map(isicSection));
      headings.add(i, products.filter((c) => c.length >= 4).map((c) => c.slice(0, 4)));
      chapters.add(i, products.map((c) => c.slice(0, 2)));
      codes.add(i, products);
    });
    return new CandidateIndex({
      hsSections: hsSections.build(),
      isicSections: isicSections.build(),
      headings: headings.build(),
      chapters: chapters.build(),
      codes: codes.build(),
      withoutProducts: Int32Array.from(withoutProducts),
    });
  }

  /**
   * Rows whose industry can exceed the heading level (0.7): an exact HS match — a product
   * equal to, inside, or containing a wanted code — or no HS products at all (industry
   * unknown). Every other candidate has industry ≤ 0.7. Undefined when the buyer gives
   * activities.
   */
  exactTier(buyer: Buyer): RowLists | undefined {
    if (buyer.activities?.length) return undefined;
    const lists: ArrayLike<number>[] = [this.withoutProducts];
    const add = (list: Int32Array | undefined) => list && lists.push(list);
    for (const want of new Set(buyer.wants)) {
      if (want.length === 2) add(this.chapters.get(want));
      else if (want.length === 4) add(this.headings.get(want));
      else (add(this.codes.get(want)), add(this.codes.get(want.slice(0, 4))));
      if (want.length > 2) add(this.codes.get(want.slice(0, 2)));
    }
    return lists;
  }

  /**
   * Rows whose industry can exceed the chapter level (0.4): an HS match at heading level or
   * better, or no HS products at all (industry unknown). Every other candidate has industry
   * ≤ 0.4. Undefined when the buyer gives activities (ISIC could score any row higher).
   */
  headingTier(buyer: Buyer): RowLists | undefined {
    if (buyer.activities?.length) return undefined;
    const lists: ArrayLike<number>[] = [this.withoutProducts];
    const add = (list: Int32Array | undefined) => list && lists.push(list);
    for (const want of new Set(buyer.wants)) {
      const chapter = want.slice(0, 2);
      if (want.length === 2) add(this.chapters.get(chapter));
      else {
        add(this.headings.get(want.slice(0, 4)));
        add(this.codes.get(chapter));
      }
    }
    return lists;
  }

  /**
   * Rows sharing a chapter with a wanted code (industry ≤ 0.4 unless in the heading tier);
   * every other candidate shares at most a section (industry ≤ 0.15). Undefined when the
   * buyer gives activities.
   */
  chapterTier(buyer: Buyer): RowLists | undefined {
    if (buyer.activities?.length) return undefined;
    return present([...new Set(buyer.wants.map((w) => w.slice(0, 2)))].map((c) => this.chapters.get(c)));
  }

  /** Every row that may be eligible for `buyer`. */
  candidates(buyer: Buyer): RowLists {
    const lists = present([...new Set(buyer.wants.map(hsSection))].map((s) => (s === undefined ? undefined : this.hsSections.get(s))));
    const activities = buyer.activities ?? [];
    for (const section of new Set(activities.map(isicSection))) {
      const list = section === undefined ? undefined : this.isicSections.get(section);
      if (list) lists.push(list);
    }
    if (activities.length === 0) lists.push(this.withoutProducts);
    return lists;
  }
}

function present(lists: (Int32Array | undefined)[]): ArrayLike<number>[] {
  return lists.filter((l): l is Int32Array => l !== undefined && l.length > 0);
}
