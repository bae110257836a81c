/**
 * Industry codes as numbers for the kernel: a code is (value, length), e.g. 850440 → (850440, 6).
 * Similarity levels follow src/taxonomy/similarity.ts exactly (a property test checks that
 * `keyedSimilarity` equals `codeSimilarity` on every pair it is given).
 */
import { CODE_SIMILARITY_LEVELS } from '../../taxonomy/similarity.js';
import { hsSection } from '../../taxonomy/hs.js';
import { isicSection } from '../../taxonomy/isic.js';

const POW10 = [1, 10, 100, 1000, 10000, 100000, 1000000];
const EXACT = CODE_SIMILARITY_LEVELS.exact;
const HEADING = CODE_SIMILARITY_LEVELS.heading;
const CHAPTER = CODE_SIMILARITY_LEVELS.chapter;
const SECTION = CODE_SIMILARITY_LEVELS.section;

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
}

export function keyCodes(codes: Int32Array, lengths: Uint8Array, headingLength: number): KeyedCodes {
  const chapters = new Int32Array(codes.length);
  const headings = new Int32Array(codes.length);
  for (let k = 0; k < codes.length; k++) {
    chapters[k] = truncate(codes[k]!, lengths[k]!, 2);
    headings[k] = lengths[k]! >= headingLength ? truncate(codes[k]!, lengths[k]!, headingLength) : -1;
  }
  return { codes, lengths, chapters, headings };
}

/**
 * Code similarity on keyed codes (the hot path), equal to `codeSimilarity`: the shorter
 * code decides what "contains" means — chapter, heading or the full code.
 */
export function keyedSimilarity(a: KeyedCodes, i: number, b: KeyedCodes, j: number, sections: Int16Array): number {
  const la = a.lengths[i]!;
  const lb = b.lengths[j]!;
  const ca = a.chapters[i]!;
  const cb = b.chapters[j]!;
  if (ca !== cb) {
    const sa = sections[ca]!;
    return sa !== 0 && sa === sections[cb] ? SECTION : 0;
  }
  const shorter = la < lb ? la : lb;
  if (shorter === 2) return EXACT;
  const ha = a.headings[i]!;
  if (ha !== b.headings[j]) return CHAPTER;
  // Same heading: exact when the shorter code is the heading itself or both are equal.
  if (la === lb ? a.codes[i] === b.codes[j] : a.headings[i] === (la < lb ? a.codes[i] : b.codes[j])) return EXACT;
  return HEADING;
}

/**
 * Coverage of wanted codes by offered codes `offered[from..to)` (see src/score/components/industry.ts):
 * 0.6 × best + 0.4 × mean over wanted codes of the best similarity. NaN when a side is empty.
 */
export function numericCoverage(wanted: KeyedCodes, offered: KeyedCodes, from: number, to: number, sections: Int16Array): number {
  const n = wanted.codes.length;
  if (n === 0 || from === to) return Number.NaN;
  let max = 0;
  let sum = 0;
  for (let w = 0; w < n; w++) {
    let best = 0;
    for (let o = from; o < to; o++) {
      const s = keyedSimilarity(wanted, w, offered, o, sections);
      if (s > best) {
        best = s;
        if (best === EXACT) break;
      }
    }
    sum += best;
    if (best > max) max = best;
  }
  return BEST_SHARE * max + (1 - BEST_SHARE) * (sum / n);
}

export const BEST_SHARE = 0.6;
