/**
 * Code-level knowledge, in one place: how many digits each level of the HS and ISIC hierarchies
 * has, how to cut a code to a level, and which part two codes of a match share.
 *
 * | scheme | levels (coarse › fine) | digits |
 * |---|---|---|
 * | HS 2022 | section (I–XXI) › chapter › heading › subheading | –, 2, 4, 6 |
 * | ISIC Rev.4 | section (A–U) › division › group › class | –, 2, 3, 4 |
 *
 * Sections are not digit prefixes (they are looked up by chapter or division, hs.ts / isic.ts).
 * Similarity (similarity.ts) names its levels after HS: for ISIC its `heading` is the group and
 * its `chapter` the division.
 */
import type { MatchLevel } from './similarity.js';

export type CodeScheme = 'hs' | 'isic';

/** The digit levels of each scheme, coarse to fine. */
export const CODE_LEVELS = Object.freeze({
  hs: Object.freeze(['chapter', 'heading', 'subheading'] as const),
  isic: Object.freeze(['division', 'group', 'class'] as const),
});
export type HsLevel = (typeof CODE_LEVELS.hs)[number];
export type IsicLevel = (typeof CODE_LEVELS.isic)[number];

/** Digits of each level. */
export const CODE_LENGTHS: Readonly<{ hs: Record<HsLevel, number>; isic: Record<IsicLevel, number> }> = Object.freeze({
  hs: Object.freeze({ chapter: 2, heading: 4, subheading: 6 }),
  isic: Object.freeze({ division: 2, group: 3, class: 4 }),
});

/** Digits of a chapter (HS) or division (ISIC). */
export const CHAPTER_LENGTH = CODE_LENGTHS.hs.chapter;
/** Digits of a heading: 4 for HS, 3 (the group) for ISIC. */
export const HEADING_LENGTH: Readonly<Record<CodeScheme, number>> = Object.freeze({
  hs: CODE_LENGTHS.hs.heading,
  isic: CODE_LENGTHS.isic.group,
});
/** Digits of the most detailed code: the HS subheading (6), the ISIC class (4). */
export const FULL_LENGTH: Readonly<Record<CodeScheme, number>> = Object.freeze({
  hs: CODE_LENGTHS.hs.subheading,
  isic: CODE_LENGTHS.isic.class,
});

/** The chapter (HS) or division (ISIC) of a code: its first two digits. */
export function chapterOf(code: string): string {
  return code.slice(0, CHAPTER_LENGTH);
}

/**
 * The heading (HS, 4 digits) or group (ISIC, 3 digits) of a code; a shorter code (a chapter or
 * division) is returned whole.
 */
export function headingOf(code: string, scheme: CodeScheme): string {
  return code.slice(0, HEADING_LENGTH[scheme]);
}

/** True iff both codes are at least heading-long and lie in the same heading (HS) or group (ISIC). */
export function sameHeading(a: string, b: string, scheme: CodeScheme): boolean {
  const n = HEADING_LENGTH[scheme];
  return a.length >= n && b.length >= n && a.slice(0, n) === b.slice(0, n);
}

/**
 * The code both codes of a match share at `level` ('' for section and none): the heading (HS,
 * 4 digits) or group (ISIC, 3 digits) for `heading`, the chapter or division for `chapter`, the
 * narrower code for `exact`, the offered code for a declared whole heading or chapter.
 * @example
 * sharedCode('heading', '2651', '2652', 'isic'); // '265', the ISIC group
 */
export function sharedCode(level: MatchLevel, wanted: string, offered: string, scheme: CodeScheme): string {
  switch (level) {
    case 'exact':
      return offered.length >= wanted.length ? wanted : offered;
    case 'wholeHeading':
    case 'wholeChapter':
      return offered;
    case 'heading':
      return headingOf(wanted, scheme);
    case 'chapter':
      return chapterOf(wanted);
    default:
      return '';
  }
}
