/**
 * Industry codes as numbers for the kernel: a code is (value, length), e.g. 850440 → (850440, 6).
 * Similarity levels follow src/taxonomy/similarity.ts exactly (a property test checks that
 * `numericCodeSimilarity` equals `codeSimilarity` on every pair it is given).
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

/** Similarity of two numeric codes; `headingLength` is 4 for HS, 3 for ISIC. */
export function numericCodeSimilarity(
  a: number,
  aLength: number,
  b: number,
  bLength: number,
  headingLength: number,
  sections: Int16Array,
): number {
  const shorter = aLength < bLength ? aLength : bLength;
  if (truncate(a, aLength, shorter) === truncate(b, bLength, shorter)) return EXACT;
  if (shorter >= headingLength && truncate(a, aLength, headingLength) === truncate(b, bLength, headingLength)) return HEADING;
  const ca = truncate(a, aLength, 2);
  const cb = truncate(b, bLength, 2);
  if (ca === cb) return CHAPTER;
  const sa = sections[ca]!;
  return sa !== 0 && sa === sections[cb] ? SECTION : 0;
}

/**
 * Coverage of wanted codes by offered codes (see src/score/industry.ts for the formula):
 * 0.6 × best + 0.4 × mean over wanted codes of the best similarity. NaN when a side is empty.
 */
export function numericCoverage(
  wanted: Int32Array,
  wantedLength: Uint8Array,
  offered: Int32Array,
  offeredLength: Uint8Array,
  from: number,
  to: number,
  headingLength: number,
  sections: Int16Array,
): number {
  if (wanted.length === 0 || from === to) return Number.NaN;
  let max = 0;
  let sum = 0;
  for (let w = 0; w < wanted.length; w++) {
    let best = 0;
    for (let o = from; o < to; o++) {
      const s = numericCodeSimilarity(wanted[w]!, wantedLength[w]!, offered[o]!, offeredLength[o]!, headingLength, sections);
      if (s > best) {
        best = s;
        if (best === EXACT) break;
      }
    }
    sum += best;
    if (best > max) max = best;
  }
  return BEST_SHARE * max + (1 - BEST_SHARE) * (sum / wanted.length);
}

export const BEST_SHARE = 0.6;
