/**
 * Directional code similarity, wanted → offered, for HS (chapter 2 › heading 4 › subheading 6
 * digits) and ISIC (division 2 › group 3 › class 4 digits).
 *
 * An offered code equal to or inside the wanted one is a full match (a buyer of heading 8507
 * is served by a maker of 850760). An offered code that only *contains* the wanted one — a
 * supplier declaring the whole heading 8507, or the whole chapter 85, to a buyer of 850760 —
 * may or may not make the product: it scores less, and the vaguer the less, so declaring a
 * whole chapter cannot game every search in it. Otherwise the deepest level both share
 * decides. In [0, 1]; 1 for identical codes.
 */
import { hsSection } from './hs.js';
import { isicSection } from './isic.js';
import { CHAPTER_LENGTH, type CodeScheme, chapterOf, sameHeading } from './levels.js';

/**
 * How an offered code relates to a wanted one, best first. Named after HS; for ISIC the
 * `heading` is the group (3 digits) and the `chapter` the division (2 digits).
 * - `exact`: the offered code is the wanted one or inside it.
 * - `wholeHeading` / `wholeChapter`: the offered code is a heading / chapter containing the wanted code.
 * - `heading` / `chapter` / `section`: both lie in the same heading / chapter / section.
 */
export type MatchLevel = 'exact' | 'wholeHeading' | 'heading' | 'wholeChapter' | 'chapter' | 'section' | 'none';

/**
 * Similarity per level. A declared heading sits above a sibling in the same heading (it may
 * well make the product; the sibling does not), a declared chapter just above a sibling
 * chapter member.
 */
export const CODE_SIMILARITY_LEVELS: Readonly<Record<MatchLevel, number>> = Object.freeze({
  exact: 1,
  wholeHeading: 0.8,
  heading: 0.7,
  wholeChapter: 0.45,
  chapter: 0.4,
  section: 0.15,
  none: 0,
});

export function codeMatchLevel(wanted: string, offered: string, scheme: CodeScheme): MatchLevel {
  if (offered.startsWith(wanted)) return 'exact';
  if (wanted.startsWith(offered)) return offered.length === CHAPTER_LENGTH ? 'wholeChapter' : 'wholeHeading';
  if (sameHeading(wanted, offered, scheme)) return 'heading';
  if (chapterOf(wanted) === chapterOf(offered)) return 'chapter';
  const section = scheme === 'hs' ? hsSection : isicSection;
  const s = section(wanted);
  return s !== undefined && s === section(offered) ? 'section' : 'none';
}

/** Similarity of an offered code to a wanted one (directional: swap them and it may differ). */
export function codeSimilarity(wanted: string, offered: string, scheme: CodeScheme): number {
  return CODE_SIMILARITY_LEVELS[codeMatchLevel(wanted, offered, scheme)];
}

/**
 * Weight of a code inferred from words rather than declared: any match through it counts this
 * share. Chosen so that an inferred match never falls to the next coarser level's declared
 * value band in the eligibility gate (0.4 × 0.85 > 0.15; 0.7 × 0.85 > 0.45).
 */
export const INFERRED_CODE_WEIGHT = 0.85;

/**
 * HS ⇄ ISIC matches go through the correspondence table and count this share of the level at
 * which the activity meets an ISIC class of the wanted code: at most a heading-level match (a
 * furniture maker, ISIC 3100, may or may not make the sofa wanted), and a neighbour in the same
 * ISIC group (bicycles, 3092, for a motorcycle buyer, 3091) less than the class itself.
 */
export const BRIDGE_WEIGHT = CODE_SIMILARITY_LEVELS.heading;

/**
 * The least industry evidence a pair needs to be eligible, by level: the best match must reach
 * `level` (inferred and bridged matches count at their weighted value).
 * @example
 * createEngine(suppliers, { minIndustryLevel: 'heading' satisfies IndustryLevel });
 */
export type IndustryLevel = 'section' | 'chapter' | 'heading' | 'exact';
export const INDUSTRY_LEVELS: readonly IndustryLevel[] = ['section', 'chapter', 'heading', 'exact'];

/** Smallest best-match similarity that reaches `level`, inferred codes included. */
export function industryThreshold(level: IndustryLevel): number {
  return CODE_SIMILARITY_LEVELS[level] * INFERRED_CODE_WEIGHT;
}
