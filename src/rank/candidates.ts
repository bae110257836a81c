/**
 * Candidate index: which suppliers can reach the industry gate for a buyer. With the gate at
 * chapter level (the default) only suppliers offering an HS code in a wanted chapter can be
 * eligible, at section level those sharing an HS section — plus, either way, suppliers sharing
 * an ISIC section with a wanted activity, suppliers whose activities the wanted goods bridge to
 * (HS ⇄ ISIC) and suppliers without any code (their industry is unknown, so the gate lets them
 * through). A supplier with activities but no HS products is a candidate only through the
 * first two: elsewhere its industry is 0 and the gate excludes it. Everyone else is skipped
 * without being scored; the property tests check that this never changes a ranking. Inferred
 * codes are indexed like declared ones.
 *
 * Each method returns a buyer's rows as a few posting-list views, possibly overlapping: the
 * ranking visits each row once however many lists hold it, so nothing is merged per query.
 */

import type { Buyer, Supplier } from '../model/types.js';
import { isicClassesOfHs } from '../taxonomy/bridge.js';
import { hsSection } from '../taxonomy/hs.js';
import { isicSection } from '../taxonomy/isic.js';
import { CHAPTER_LENGTH, HEADING_LENGTH } from '../taxonomy/levels.js';
import { CODE_SIMILARITY_LEVELS, type IndustryLevel } from '../taxonomy/similarity.js';

/** A supplier's HS codes, declared and inferred. */
const offeredCodes = (s: Supplier): string[] => [
  ...(s.products ?? []),
  ...(s.inferredProducts ?? []).map((c) => c.code),
];
/** A buyer's wanted HS codes, declared and inferred, each once. */
const wantedCodes = (b: Buyer): string[] => [...new Set([...b.wants, ...(b.inferredWants ?? []).map((c) => c.code)])];

import { Postings, PostingsBuilder, type PostingsParts } from './postings.js';

/** HS digits of a chapter and of a heading: the keys of the posting lists. */
const CHAPTER = CHAPTER_LENGTH;
const HEADING = HEADING_LENGTH.hs;

/**
 * The most industry a row of each candidate band can have (`exactBand`, `headingBand`,
 * `chapterBand`, then every other candidate): the code-similarity levels the bands are cut at.
 */
export const BAND_LEVELS = {
  exact: CODE_SIMILARITY_LEVELS.exact,
  heading: CODE_SIMILARITY_LEVELS.heading,
  chapter: CODE_SIMILARITY_LEVELS.chapter,
  section: CODE_SIMILARITY_LEVELS.section,
} as const;

/** Rows of one buyer's candidates, as several ascending lists that may share rows. */
export type RowLists = readonly ArrayLike<number>[];

/** The posting lists of a candidate index (plain typed arrays and strings, so they can be packed). */
export interface CandidateParts {
  hsSections: PostingsParts;
  isicSections: PostingsParts;
  /** Rows by the 2-digit division of each ISIC activity. */
  isicDivisions: PostingsParts;
  /** Rows by the 4-digit heading of a 4- or 6-digit product. */
  headings: PostingsParts;
  /** Rows by the chapter of any product. */
  chapters: PostingsParts;
  /** Rows by each product code as given (6-digit subheading, 4-digit heading or 2-digit chapter). */
  codes: PostingsParts;
  /** Rows with neither HS products nor ISIC activities (industry unknown). */
  withoutCodes: Int32Array;
}

/**
 * The parts as saved by an older build, which kept every row without HS products instead of
 * `withoutCodes`: a superset, so ranking from them stays exact (only slower).
 */
type SavedCandidateParts = Omit<CandidateParts, 'withoutCodes'> & {
  withoutCodes?: Int32Array;
  withoutProducts?: Int32Array;
};

export class CandidateIndex {
  private readonly hsSections: Postings;
  private readonly isicSections: Postings;
  private readonly isicDivisions: Postings;
  private readonly headings: Postings;
  private readonly chapters: Postings;
  private readonly codes: Postings;
  private readonly withoutCodes: Int32Array;
  readonly parts: CandidateParts;

  constructor(saved: CandidateParts | SavedCandidateParts) {
    const {
      withoutProducts,
      withoutCodes = withoutProducts ?? new Int32Array(0),
      ...lists
    } = saved as SavedCandidateParts;
    const parts: CandidateParts = { ...lists, withoutCodes };
    this.parts = parts;
    this.hsSections = new Postings(parts.hsSections);
    this.isicSections = new Postings(parts.isicSections);
    this.isicDivisions = new Postings(parts.isicDivisions);
    this.headings = new Postings(parts.headings);
    this.chapters = new Postings(parts.chapters);
    this.codes = new Postings(parts.codes);
    this.withoutCodes = withoutCodes;
  }

  /** `suppliers[i]` is row i of the engine's tables. */
  static build(suppliers: readonly Supplier[]): CandidateIndex {
    const hsSections = new PostingsBuilder();
    const isicSections = new PostingsBuilder();
    const isicDivisions = new PostingsBuilder();
    const headings = new PostingsBuilder();
    const chapters = new PostingsBuilder();
    const codes = new PostingsBuilder();
    const withoutCodes: number[] = [];
    suppliers.forEach((s, i) => {
      const products = offeredCodes(s);
      if (products.length === 0 && !s.activities?.length) withoutCodes.push(i);
      hsSections.add(i, products.map(hsSection));
      isicSections.add(i, (s.activities ?? []).map(isicSection));
      isicDivisions.add(
        i,
        (s.activities ?? []).map((c) => c.slice(0, CHAPTER)),
      );
      headings.add(
        i,
        products.filter((c) => c.length >= HEADING).map((c) => c.slice(0, HEADING)),
      );
      chapters.add(
        i,
        products.map((c) => c.slice(0, CHAPTER)),
      );
      codes.add(i, products);
    });
    return new CandidateIndex({
      hsSections: hsSections.build(),
      isicSections: isicSections.build(),
      isicDivisions: isicDivisions.build(),
      headings: headings.build(),
      chapters: chapters.build(),
      codes: codes.build(),
      withoutCodes: Int32Array.from(withoutCodes),
    });
  }

  /**
   * Rows whose industry can exceed the chapter level (`BAND_LEVELS.chapter`) through the HS ⇄ ISIC bridge: an
   * activity in the division of an ISIC class of a wanted code. Elsewhere the bridge gives at
   * most the section level (`BAND_LEVELS.section`).
   */
  private bridgeRows(buyer: Buyer, level: 'division' | 'section'): Int32Array[] {
    const classes = new Set(wantedCodes(buyer).flatMap((w) => isicClassesOfHs(w)));
    const keys = new Set([...classes].map((c) => (level === 'division' ? c.slice(0, CHAPTER) : isicSection(c))));
    const postings = level === 'division' ? this.isicDivisions : this.isicSections;
    return present([...keys].map((k) => (k === undefined ? undefined : postings.get(k)))) as Int32Array[];
  }

  /**
   * Rows whose industry can exceed the heading level (`BAND_LEVELS.heading`): an exact HS match — a product
   * equal to, inside, or containing a wanted code — or no codes at all (industry unknown).
   * Every other candidate has industry ≤ that level: the bridge never gives more (BRIDGE_WEIGHT), so
   * the rows it reaches wait for the heading band. Undefined when the buyer gives activities.
   */
  exactBand(buyer: Buyer): RowLists | undefined {
    if (buyer.activities?.length) return undefined;
    const lists: ArrayLike<number>[] = [this.withoutCodes];
    const add = (list: Int32Array | undefined) => list && lists.push(list);
    for (const want of wantedCodes(buyer)) {
      if (want.length === CHAPTER) add(this.chapters.get(want));
      else if (want.length === HEADING) add(this.headings.get(want));
      else {
        add(this.codes.get(want));
        add(this.codes.get(want.slice(0, HEADING)));
      }
      if (want.length > CHAPTER) add(this.codes.get(want.slice(0, CHAPTER)));
    }
    return lists;
  }

  /**
   * Rows whose industry can exceed the chapter level (`BAND_LEVELS.chapter`): an HS match at heading level or
   * better, an activity the bridge can lift above the chapter level (in the division of an
   * ISIC class of a wanted code), or no codes at all (industry unknown). Every other candidate
   * has industry ≤ that level, from its HS products alone. Undefined when the buyer gives activities
   * (ISIC could score any row higher).
   */
  headingBand(buyer: Buyer): RowLists | undefined {
    if (buyer.activities?.length) return undefined;
    // Each band holds the rows of the bands before it (the ranking visits a row once).
    const lists: ArrayLike<number>[] = [this.withoutCodes, ...this.bridgeRows(buyer, 'division')];
    const add = (list: Int32Array | undefined) => list && lists.push(list);
    for (const want of wantedCodes(buyer)) {
      const chapter = want.slice(0, CHAPTER);
      if (want.length === CHAPTER) add(this.chapters.get(chapter));
      else {
        add(this.headings.get(want.slice(0, HEADING)));
        add(this.codes.get(chapter));
      }
    }
    return lists;
  }

  /**
   * Rows sharing a chapter with a wanted code (industry ≤ `BAND_LEVELS.chapter` unless in the heading band);
   * every other candidate shares at most a section (industry ≤ `BAND_LEVELS.section`). Undefined when the
   * buyer gives activities.
   */
  chapterBand(buyer: Buyer): RowLists | undefined {
    if (buyer.activities?.length) return undefined;
    return [
      ...present([...new Set(wantedCodes(buyer).map((w) => w.slice(0, CHAPTER)))].map((c) => this.chapters.get(c))),
      this.withoutCodes,
      ...this.bridgeRows(buyer, 'division'),
    ];
  }

  /** Every row that may be eligible for `buyer` with the gate at `level`. */
  candidates(buyer: Buyer, level: IndustryLevel): RowLists {
    const wanted = wantedCodes(buyer);
    const lists =
      level === 'section'
        ? present(
            [...new Set(wanted.map(hsSection))].map((s) => (s === undefined ? undefined : this.hsSections.get(s))),
          )
        : present([...new Set(wanted.map((w) => w.slice(0, CHAPTER)))].map((c) => this.chapters.get(c)));
    for (const section of new Set((buyer.activities ?? []).map(isicSection))) {
      const list = section === undefined ? undefined : this.isicSections.get(section);
      if (list) lists.push(list);
    }
    lists.push(this.withoutCodes, ...this.bridgeRows(buyer, level === 'section' ? 'section' : 'division'));
    return lists;
  }
}

function present(lists: (Int32Array | undefined)[]): ArrayLike<number>[] {
  return lists.filter((l): l is Int32Array => l !== undefined && l.length > 0);
}
