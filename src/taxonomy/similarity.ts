/**
 * Hierarchical code similarity, for HS (chapter 2 › heading 4 › subheading 6 digits) and
 * ISIC (division 2 › group 3 › class 4 digits). A code inside another (a subheading under
 * a wanted heading) is a full match; otherwise the deepest shared level decides.
 * Symmetric, in [0, 1], and 1 for identical codes.
 */
import { hsSection } from './hs.js';
import { isicSection } from './isic.js';

export type CodeScheme = 'hs' | 'isic';
/** Match levels, named after HS; for ISIC `heading` is the group (3 digits) and `chapter` the division. */
export type MatchLevel = 'exact' | 'heading' | 'chapter' | 'section' | 'none';

export const CODE_SIMILARITY_LEVELS: Readonly<Record<MatchLevel, number>> = Object.freeze({
  exact: 1,
  heading: 0.7,
  chapter: 0.4,
  section: 0.15,
  none: 0,
});

export function codeMatchLevel(a: string, b: string, scheme: CodeScheme): MatchLevel {
  if (a.startsWith(b) || b.startsWith(a)) return 'exact';
  const headingLength = scheme === 'hs' ? 4 : 3;
  if (a.length >= headingLength && b.length >= headingLength && a.slice(0, headingLength) === b.slice(0, headingLength)) return 'heading';
  if (a.slice(0, 2) === b.slice(0, 2)) return 'chapter';
  const section = scheme === 'hs' ? hsSection : isicSection;
  const sa = section(a);
  return sa !== undefined && sa === section(b) ? 'section' : 'none';
}

export function codeSimilarity(a: string, b: string, scheme: CodeScheme): number {
  return CODE_SIMILARITY_LEVELS[codeMatchLevel(a, b, scheme)];
}
