/** Code levels: one table of lengths, and the helpers that cut codes by it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHsCode } from '../../src/taxonomy/hs.js';
import { isIsicCode } from '../../src/taxonomy/isic.js';
import {
  CHAPTER_LENGTH,
  CODE_LENGTHS,
  CODE_LEVELS,
  chapterOf,
  FULL_LENGTH,
  HEADING_LENGTH,
  headingOf,
  sameHeading,
} from '../../src/taxonomy/levels.js';
import { HS_CODES, ISIC_CODES } from '../arbitraries.js';

describe('code levels', () => {
  it('name each scheme’s digit levels coarse to fine, with strictly growing lengths', () => {
    expect(CODE_LEVELS.hs).toStrictEqual(['chapter', 'heading', 'subheading']);
    expect(CODE_LEVELS.isic).toStrictEqual(['division', 'group', 'class']);
    expect(CODE_LEVELS.hs.map((l) => CODE_LENGTHS.hs[l])).toStrictEqual([2, 4, 6]);
    expect(CODE_LEVELS.isic.map((l) => CODE_LENGTHS.isic[l])).toStrictEqual([2, 3, 4]);
    expect(HEADING_LENGTH).toStrictEqual({ hs: 4, isic: 3 });
    expect(FULL_LENGTH).toStrictEqual({ hs: 6, isic: 4 });
    expect(CHAPTER_LENGTH).toBe(2);
  });

  it('cut every known code to its chapter and heading, which are known codes of that length', () => {
    const codes = fc.oneof(
      fc.tuple(fc.constant('hs' as const), fc.constantFrom(...HS_CODES)),
      fc.tuple(fc.constant('isic' as const), fc.constantFrom(...ISIC_CODES)),
    );
    fc.assert(
      fc.property(codes, ([scheme, code]) => {
        const known = scheme === 'hs' ? isHsCode : isIsicCode;
        expect(chapterOf(code)).toHaveLength(CHAPTER_LENGTH);
        expect(known(chapterOf(code))).toBe(true);
        const heading = headingOf(code, scheme);
        expect(heading).toBe(code.slice(0, Math.min(code.length, HEADING_LENGTH[scheme])));
        expect(known(heading)).toBe(true);
        expect(sameHeading(code, code, scheme)).toBe(code.length >= HEADING_LENGTH[scheme]);
      }),
      { numRuns: 200 },
    );
    expect(sameHeading('2651', '2652', 'isic')).toBe(true);
    expect(sameHeading('2651', '2661', 'isic')).toBe(false);
    expect(sameHeading('850440', '850410', 'hs')).toBe(true);
    expect(sameHeading('850440', '85', 'hs')).toBe(false);
  });
});
