/** Invariant 8: code similarity is symmetric, in [0, 1], and 1 for a code with itself; the kernel's numeric form agrees. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeSimilarity, codeMatchLevel } from '../../src/taxonomy/similarity.js';
import { isHsCode, hsSection, hsChapterTitle, hsSectionTitle } from '../../src/taxonomy/hs.js';
import { isIsicCode, isicSection, isicTitle } from '../../src/taxonomy/isic.js';
import { keyedSimilarity, sectionTable } from '../../src/score/kernel/codes.js';
import { codeRows } from '../../src/score/kernel/supplier-table.js';
import { hsDescription, isicDescription, hsToIsicDivision, suggestHsCodes } from '../../src/taxonomy/descriptions.js';
import { HS_CODES, ISIC_CODES } from '../arbitraries.js';

const RUNS = { numRuns: 500 };
// Any well-formed code, known or not, plus the known ones (so matches are common).
const hsArb = fc.oneof(fc.constantFrom(...HS_CODES), fc.stringMatching(/^(\d{2}|\d{4}|\d{6})$/));
const isicArb = fc.oneof(fc.constantFrom(...ISIC_CODES), fc.stringMatching(/^\d{2,4}$/));
const sections = { hs: sectionTable('hs'), isic: sectionTable('isic') };

describe.each([
  ['hs', hsArb, 4],
  ['isic', isicArb, 3],
] as const)('%s code similarity', (scheme, arb, headingLength) => {
  it('is symmetric, in [0, 1], and 1 on identical codes', () => {
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        const s = codeSimilarity(a, b, scheme);
        expect(s).toBe(codeSimilarity(b, a, scheme));
        expect(s >= 0 && s <= 1).toBe(true);
        expect(codeSimilarity(a, a, scheme)).toBe(1);
      }),
      RUNS,
    );
  });

  it('never drops when the codes share a longer prefix', () => {
    fc.assert(
      fc.property(arb, arb, arb, (a, b, c) => {
        const common = (x: string, y: string) => {
          let i = 0;
          while (i < Math.min(x.length, y.length) && x[i] === y[i]) i++;
          return i;
        };
        // Below 2 digits a shared prefix means nothing (sections are not prefix ranges).
        if (common(a, b) >= 2 && common(a, b) > common(a, c) && codeMatchLevel(a, c, scheme) !== 'exact') {
          expect(codeSimilarity(a, b, scheme)).toBeGreaterThanOrEqual(codeSimilarity(a, c, scheme));
        }
      }),
      RUNS,
    );
  });

  it('the kernel’s numeric similarity equals the reference on every pair', () => {
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        const reference = codeSimilarity(a, b, scheme);
        const keyed = codeRows([[a, b]], headingLength);
        expect(keyedSimilarity(keyed, 0, keyed, 1, sections[scheme])).toBe(reference);
      }),
      RUNS,
    );
  });
});

describe('HS and ISIC tables', () => {
  it('know the HS 2022 codes and their hierarchy', () => {
    expect(isHsCode('8504')).toBe(true);
    expect(isHsCode('850440')).toBe(true);
    expect(isHsCode('010121')).toBe(true);
    expect(isHsCode('854143')).toBe(true); // new in HS 2022
    for (const bad of ['8504x', '850499999', '9999', '99', '', '850']) expect(isHsCode(bad)).toBe(false);
    expect(hsSection('850440')).toBe('XVI');
    expect(hsSection('0901')).toBe('II');
    expect(hsChapterTitle('85')).toMatch(/^Electrical machinery/);
    expect(hsSectionTitle('XVI')).toMatch(/Machinery/);
    expect(hsChapterTitle('__proto__')).toBeUndefined();
  });

  it('know ISIC Rev.4 divisions, groups and classes', () => {
    expect(isIsicCode('2610')).toBe(true);
    expect(isIsicCode('261')).toBe(true);
    expect(isIsicCode('26')).toBe(true);
    expect(isIsicCode('C')).toBe(false);
    expect(isIsicCode('2699')).toBe(false);
    expect(isicSection('2610')).toBe('C');
    expect(isicTitle('C')).toBe('Manufacturing');
  });

  it('the descriptions subpath names every code and suggests codes from text', () => {
    expect(hsDescription('850440')).toMatch(/static converters/i);
    expect(isicDescription('2610')).toMatch(/electronic components/i);
    expect(hsToIsicDivision('847130')).toBe('26');
    const suggestions = suggestHsCodes('coffee roasted', { limit: 5, level: 6 });
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.every((s) => s.code.length === 6 && s.score >= 0 && s.score <= 1)).toBe(true);
    expect(suggestions.some((s) => s.code.startsWith('0901'))).toBe(true);
    expect(() => suggestHsCodes('')).toThrow(/non-empty/);
  });
});
