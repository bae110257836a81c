/**
 * Industry codes as numbers for the kernel: a code is (value, length), e.g. 850440 → (850440, 6),
 * with a flag for codes inferred from words. Similarity levels follow src/taxonomy/similarity.ts
 * exactly (a property test checks that `keyedSimilarity` equals `codeSimilarity` on every pair
 * it is given, and `numericCoverage` the reference coverage of src/score/components/industry.ts).
 */

import { hsSection } from '../../taxonomy/hs.js';
import { isicSection } from '../../taxonomy/isic.js';
import { CHAPTER_LENGTH } from '../../taxonomy/levels.js';
import { BRIDGE_WEIGHT, CODE_SIMILARITY_LEVELS, INFERRED_CODE_WEIGHT } from '../../taxonomy/similarity.js';

const POW10 = [1, 10, 100, 1000, 10000, 100000, 1000000];
const EXACT = CODE_SIMILARITY_LEVELS.exact;
const WHOLE_HEADING = CODE_SIMILARITY_LEVELS.wholeHeading;
const HEADING = CODE_SIMILARITY_LEVELS.heading;
const WHOLE_CHAPTER = CODE_SIMILARITY_LEVELS.wholeChapter;
const CHAPTER = CODE_SIMILARITY_LEVELS.chapter;
const SECTION = CODE_SIMILARITY_LEVELS.section;

/** Share of the industry score that goes to the best-covered wanted code; the rest to the mean over wanted codes. */
export const BEST_SHARE = 0.6;

/** Section number per 2-digit chapter/division (0 = unknown), for one scheme. */
export function sectionTable(scheme: 'hs' | 'isic'): Int16Array {
  const table = new Int16Array(100);
  const ids = new Map<string, number>();
  for (let c = 0; c < 100; c++) {
    const code = String(c).padStart(2, '0');
    const section = scheme === 'hs' ? hsSection(code) : isicSection(code);
    if (section === undefined) continue;
    if (!ids.has(section)) ids.set(section, ids.size + 1);
    table[c] = ids.get(section)!;
  }
  return table;
}

const truncate = (value: number, length: number, to: number): number => Math.floor(value / POW10[length - to]!);

/**
 * Codes with their chapter (2 digits) and heading (4 digits for HS, 3 for ISIC; -1 when the
 * code is shorter) precomputed, so comparing two codes needs no division.
 */
export interface KeyedCodes {
  readonly codes: Int32Array;
  readonly lengths: Uint8Array;
  readonly chapters: Int32Array;
  readonly headings: Int32Array;
  /** 1 for a code inferred from words (weighed INFERRED_CODE_WEIGHT), 0 for a declared one. */
  readonly inferred: Uint8Array;
  /** The heading length these codes were keyed with (4 for HS, 3 for ISIC). */
  readonly headingLength: number;
}

export function keyCodes(
  codes: Int32Array,
  lengths: Uint8Array,
  inferred: Uint8Array,
  headingLength: number,
): KeyedCodes {
  const chapters = new Int32Array(codes.length);
  const headings = new Int32Array(codes.length);
  for (let k = 0; k < codes.length; k++) {
    chapters[k] = truncate(codes[k]!, lengths[k]!, CHAPTER_LENGTH);
    headings[k] = lengths[k]! >= headingLength ? truncate(codes[k]!, lengths[k]!, headingLength) : -1;
  }
  return { codes, lengths, chapters, headings, inferred, headingLength };
}

/**
 * Similarity of offered code `o[j]` to wanted code `w[i]` (the hot path), equal to
 * `codeSimilarity(wanted, offered)`: directional — an offered code inside the wanted one is a
 * full match, one that merely contains it (a whole heading or chapter) less.
 */
export function keyedSimilarity(w: KeyedCodes, i: number, o: KeyedCodes, j: number, sections: Int16Array): number {
  const lw = w.lengths[i]!;
  const lo = o.lengths[j]!;
  const cw = w.chapters[i]!;
  if (cw !== o.chapters[j]!) {
    const sw = sections[cw]!;
    return sw !== 0 && sw === sections[o.chapters[j]!] ? SECTION : 0;
  }
  // Same chapter.
  if (lo === CHAPTER_LENGTH) return lw === CHAPTER_LENGTH ? EXACT : WHOLE_CHAPTER;
  if (lw === CHAPTER_LENGTH) return EXACT;
  if (w.headings[i] !== o.headings[j]) return CHAPTER;
  // Same heading (both codes at least heading-long).
  const hl = w.headingLength;
  if (lo === hl) return lw === hl ? EXACT : WHOLE_HEADING;
  if (lw === hl) return EXACT;
  return w.codes[i] === o.codes[j] ? EXACT : HEADING;
}

/** What `numericCoverage` leaves besides its result: the best single similarity, for the eligibility gate. */
export class CoverageBest {
  best = 0;
}

/**
 * Coverage of wanted codes by offered codes `offered[from..to)` (see src/score/components/industry.ts):
 * 0.6 × best + 0.4 × mean over wanted codes of the best similarity, a match through an inferred
 * code counting INFERRED_CODE_WEIGHT of its level. NaN when a side is empty. Leaves the best
 * single similarity in `out.best`.
 */
export function numericCoverage(
  wanted: KeyedCodes,
  offered: KeyedCodes,
  from: number,
  to: number,
  sections: Int16Array,
  out: CoverageBest,
): number {
  const n = wanted.codes.length;
  out.best = 0;
  if (n === 0 || from === to) return Number.NaN;
  let max = 0;
  let sum = 0;
  for (let w = 0; w < n; w++) {
    const best = bestOffered(wanted, w, offered, from, to, sections);
    sum += best;
    if (best > max) max = best;
  }
  out.best = max;
  return BEST_SHARE * max + (1 - BEST_SHARE) * (sum / n);
}

/** The best similarity of any offered code `offered[from..to)` to wanted code `w` (inferred codes weighed). */
function bestOffered(
  wanted: KeyedCodes,
  w: number,
  offered: KeyedCodes,
  from: number,
  to: number,
  sections: Int16Array,
): number {
  const wantedInferred = wanted.inferred[w] === 1;
  let best = 0;
  for (let o = from; o < to; o++) {
    let s = keyedSimilarity(wanted, w, offered, o, sections);
    if (s > best && (wantedInferred || offered.inferred[o] === 1)) s *= INFERRED_CODE_WEIGHT;
    if (s > best) {
      best = s;
      if (best === EXACT) break;
    }
  }
  return best;
}

/**
 * The HS ⇄ ISIC bridge (src/taxonomy/bridge.ts) for one buyer: per wanted HS code (a row), the
 * ISIC classes that make its goods.
 */
export interface BridgeRows {
  readonly offsets: Int32Array;
  readonly classes: KeyedCodes;
  /** Per wanted code: 1 when it was inferred. */
  readonly wantedInferred: Uint8Array;
}

/**
 * The best bridged similarity of wanted code `w`: any of its ISIC classes against an activity
 * `activities[from..to)`, × BRIDGE_WEIGHT (at most heading level); an inferred wanted code counts
 * INFERRED_CODE_WEIGHT of it.
 */
function bridgedBest(
  bridge: BridgeRows,
  w: number,
  activities: KeyedCodes,
  from: number,
  to: number,
  sections: Int16Array,
): number {
  const classes = bridge.classes;
  const weight = bridge.wantedInferred[w] === 1 ? INFERRED_CODE_WEIGHT : 1;
  let best = 0;
  for (let c = bridge.offsets[w]!; c < bridge.offsets[w + 1]!; c++) {
    for (let o = from; o < to; o++) {
      const s = keyedSimilarity(classes, c, activities, o, sections) * BRIDGE_WEIGHT * weight;
      if (s > best) {
        best = s;
        if (best === BRIDGE_WEIGHT) return best;
      }
    }
  }
  return best;
}

/**
 * HS coverage with the bridge: per wanted code the best of the supplier's HS products
 * (`products[pFrom..pTo)`) and, where that is below BRIDGE_WEIGHT, of its ISIC activities
 * (`activities[aFrom..aTo)`) through the bridge; then 0.6 × best + 0.4 × mean. NaN when the
 * supplier gives neither. Leaves the best single similarity in `out.best`.
 */
export function hsCoverage(
  wanted: KeyedCodes,
  bridge: BridgeRows,
  products: KeyedCodes,
  pFrom: number,
  pTo: number,
  activities: KeyedCodes,
  aFrom: number,
  aTo: number,
  hsSections: Int16Array,
  isicSections: Int16Array,
  out: CoverageBest,
): number {
  if (aFrom === aTo) return numericCoverage(wanted, products, pFrom, pTo, hsSections, out);
  const n = wanted.codes.length;
  out.best = 0;
  if (n === 0) return Number.NaN;
  let max = 0;
  let sum = 0;
  for (let w = 0; w < n; w++) {
    let best = bestOffered(wanted, w, products, pFrom, pTo, hsSections);
    if (best < BRIDGE_WEIGHT) {
      const bridged = bridgedBest(bridge, w, activities, aFrom, aTo, isicSections);
      if (bridged > best) best = bridged;
    }
    sum += best;
    if (best > max) max = best;
  }
  out.best = max;
  return BEST_SHARE * max + (1 - BEST_SHARE) * (sum / n);
}
