/**
 * Invariant 8: code similarity is directional, wanted → offered: 1 for a code with itself and
 * any code inside it; an offered code that only contains the wanted one scores less (declared
 * heading > declared chapter); in [0, 1]; the kernel's numeric form agrees on every pair.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyedSimilarity, sectionTable } from '../../src/score/kernel/codes.js';
import { codeRows } from '../../src/score/kernel/supplier-table.js';
import { isicClassesOfHs } from '../../src/taxonomy/bridge.js';
import { hsDescription, hsToIsicDivision, isicDescription, suggestHsCodes } from '../../src/taxonomy/descriptions.js';
import { hsChapterTitle, hsSection, hsSectionTitle, isHsCode } from '../../src/taxonomy/hs.js';
import { isIsicCode, isicSection, isicTitle } from '../../src/taxonomy/isic.js';
import { CHAPTER_LENGTH, type CodeScheme, FULL_LENGTH, HEADING_LENGTH } from '../../src/taxonomy/levels.js';
import { CODE_SIMILARITY_LEVELS, codeMatchLevel, codeSimilarity } from '../../src/taxonomy/similarity.js';
import { HS_CODES, ISIC_CODES } from '../arbitraries.js';

const RUNS = { numRuns: 500 };
// Any well-formed code, known or not, plus the known ones (so matches are common).
const hsArb = fc.oneof(fc.constantFrom(...HS_CODES), fc.stringMatching(/^(\d{2}|\d{4}|\d{6})$/));
const isicArb = fc.oneof(fc.constantFrom(...ISIC_CODES), fc.stringMatching(/^\d{2,4}$/));
const sections = { hs: sectionTable('hs'), isic: sectionTable('isic') };
const { exact, wholeHeading, wholeChapter } = CODE_SIMILARITY_LEVELS;
const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
/** Codes of the most detailed level (subheading, class), known or not: every coarser level lies inside them. */
const fullCode = (scheme: CodeScheme, known: readonly string[]) =>
  fc.oneof(fc.constantFrom(...known.filter((c) => c.length === FULL_LENGTH[scheme])), digits(FULL_LENGTH[scheme]));

describe.each([
  ['hs', hsArb, HS_CODES],
  ['isic', isicArb, ISIC_CODES],
] as const)('%s code similarity', (scheme, arb, known) => {
  const headingLength = HEADING_LENGTH[scheme];
  const full = FULL_LENGTH[scheme];

  it('is in [0, 1] and 1 on identical codes', () => {
    fc.assert(
      fc.property(arb, arb, (wanted, offered) => {
        const s = codeSimilarity(wanted, offered, scheme);
        expect(s >= 0 && s <= 1).toBe(true);
        expect(codeSimilarity(wanted, wanted, scheme)).toBe(1);
      }),
      RUNS,
    );
  });

  it('is 1 on any offered code inside the wanted one', () => {
    // Built so the offered code always lies inside the wanted one: a prefix of a full code, and that code.
    const inside = fullCode(scheme, known).chain((code) =>
      fc.integer({ min: CHAPTER_LENGTH, max: full }).map((n) => ({ wanted: code.slice(0, n), offered: code })),
    );
    fc.assert(
      fc.property(inside, ({ wanted, offered }) => {
        expect(codeSimilarity(wanted, offered, scheme)).toBe(1);
        expect(codeMatchLevel(wanted, offered, scheme)).toBe('exact');
      }),
      RUNS,
    );
  });

  it('is directional: an offered code that only contains the wanted one scores less, a chapter less', () => {
    // Full-length wanted codes: each has a heading and a chapter strictly containing it.
    fc.assert(
      fc.property(fullCode(scheme, known), (wanted) => {
        const chapter = wanted.slice(0, CHAPTER_LENGTH);
        const heading = wanted.slice(0, headingLength);
        expect(codeSimilarity(wanted, heading, scheme)).toBe(wholeHeading);
        expect(codeSimilarity(heading, wanted, scheme)).toBe(exact);
        expect(codeSimilarity(wanted, chapter, scheme)).toBe(wholeChapter);
        expect(codeSimilarity(chapter, wanted, scheme)).toBe(exact);
        expect(codeSimilarity(heading, chapter, scheme)).toBe(wholeChapter);
      }),
      RUNS,
    );
    expect(exact > wholeHeading && wholeHeading > wholeChapter).toBe(true);
    // A declared heading beats a sibling in that heading, a declared chapter a sibling chapter member.
    expect(wholeHeading).toBeGreaterThan(CODE_SIMILARITY_LEVELS.heading);
    expect(wholeChapter).toBeGreaterThan(CODE_SIMILARITY_LEVELS.chapter);
  });

  it('never drops when the codes share a longer prefix (neither containing the other)', () => {
    // Built, not filtered: b shares exactly `near` leading digits with a, c exactly `far` < near
    // (both at least the 2-digit chapter: below it a shared prefix means nothing, as sections
    // are not prefix ranges). All three have full length, so none contains another.
    const other = (d: string, shift: number) => String((Number(d) + shift) % 10);
    const cases = fc
      .tuple(
        fullCode(scheme, known),
        fc.integer({ min: CHAPTER_LENGTH, max: full - 2 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        digits(full),
        digits(full),
      )
      .chain(([a, far, shiftB, shiftC, restB, restC]) =>
        fc.integer({ min: far + 1, max: full - 1 }).map((near) => ({
          a,
          b: a.slice(0, near) + other(a[near]!, shiftB) + restB.slice(near + 1),
          c: a.slice(0, far) + other(a[far]!, shiftC) + restC.slice(far + 1),
        })),
      );
    fc.assert(
      fc.property(cases, ({ a, b, c }) => {
        expect(b.length).toBe(full);
        expect(c.length).toBe(full);
        expect(codeSimilarity(a, b, scheme)).toBeGreaterThanOrEqual(codeSimilarity(a, c, scheme));
      }),
      RUNS,
    );
  });

  it('the kernel’s numeric similarity equals the reference on every pair, in both directions', () => {
    fc.assert(
      fc.property(arb, arb, (wanted, offered) => {
        const keyed = codeRows([[wanted], [offered]], headingLength);
        expect(keyedSimilarity(keyed, 0, keyed, 1, sections[scheme])).toBe(codeSimilarity(wanted, offered, scheme));
        expect(keyedSimilarity(keyed, 1, keyed, 0, sections[scheme])).toBe(codeSimilarity(offered, wanted, scheme));
        expect(codeMatchLevel(wanted, offered, scheme)).toBeTypeOf('string');
      }),
      RUNS,
    );
  });
});

describe('HS ⇄ ISIC bridge table', () => {
  it('names the ISIC classes that make an HS code, and a heading covers its subheadings', () => {
    expect(isicClassesOfHs('940161')).toStrictEqual(['3100']);
    expect(isicClassesOfHs('850760')).toStrictEqual(['2720']);
    expect(isicClassesOfHs('0902')).toContain('0127');
    fc.assert(
      fc.property(fc.constantFrom(...HS_CODES.filter((c) => c.length === 6)), (code) => {
        const classes = isicClassesOfHs(code);
        for (const c of classes) {
          expect(isIsicCode(c)).toBe(true);
          expect(isicClassesOfHs(code.slice(0, 4))).toContain(c);
          expect(isicClassesOfHs(code.slice(0, 2))).toContain(c);
        }
      }),
      { numRuns: 50 },
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
