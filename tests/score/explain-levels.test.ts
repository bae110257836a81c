/**
 * Explanation lines name the code both sides share at the level of the match: the 3-digit ISIC
 * group, the 4-digit HS heading, the 2-digit chapter or division — in English and Chinese.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine, type Locale, parseBuyers, parseSuppliers } from '../../src/index.js';
import { CHAPTER_LENGTH, FULL_LENGTH, HEADING_LENGTH, sharedCode } from '../../src/taxonomy/levels.js';
import { codeMatchLevel } from '../../src/taxonomy/similarity.js';
import { ASOF } from '../arbitraries.js';

function industryLine(locale: Locale, buyer: Record<string, unknown>, supplier: Record<string, unknown>): string {
  const [s] = parseSuppliers([{ id: 'S', name: 'Maker', country: 'CN', ...supplier }]);
  const [b] = parseBuyers([{ id: 'B', name: 'Buyer', country: 'DE', wants: ['010121'], ...buyer }]);
  const line = createEngine([s!], { asOf: ASOF, locale, requireIndustryOverlap: false })
    .score(b!, 'S')
    .reasons.find((r) => r.startsWith(locale === 'zh' ? '行业' : 'Industry'));
  expect(line).toBeDefined();
  return line!;
}

describe('industry explanation levels', () => {
  it('an ISIC group match names the 3-digit group (wanted 2651, offered 2652 → 265)', () => {
    const buyer = { activities: ['2651'] };
    const supplier = { activities: ['2652'] };
    const en = industryLine('en', buyer, supplier);
    expect(en).toContain('same ISIC group 265 (wanted 2651, offers 2652)');
    expect(en).not.toContain('group 2651');
    const zh = industryLine('zh', buyer, supplier);
    expect(zh).toContain('同一ISIC组 265（需求 2651，供应 2652）');
    expect(zh).not.toContain('组 2651');
  });

  it('an HS heading match names the 4-digit heading, a chapter match the 2-digit chapter', () => {
    expect(industryLine('en', { wants: ['850440'] }, { products: ['850410'] })).toContain('same HS heading 8504');
    expect(industryLine('zh', { wants: ['850440'] }, { products: ['850410'] })).toContain('同一HS品目 8504');
    expect(industryLine('en', { wants: ['850440'] }, { products: ['850110'] })).toContain('same HS chapter 85');
    expect(industryLine('zh', { activities: ['2651'] }, { activities: ['2610'] })).toContain('同一ISIC大类 26');
  });

  it('a heading or chapter match shares a prefix of exactly that level’s length, and sharedCode returns it', () => {
    // Built so the guard always holds: both codes full length, equal up to the level, then different.
    const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n });
    const cases = fc
      .record({ scheme: fc.constantFrom('hs' as const, 'isic' as const), level: fc.constantFrom('heading', 'chapter') })
      .chain(({ scheme, level }) => {
        const keep = level === 'heading' ? HEADING_LENGTH[scheme] : CHAPTER_LENGTH;
        const full = FULL_LENGTH[scheme];
        return fc
          .record({ a: digits(full), b: digits(full), shift: fc.integer({ min: 1, max: 9 }) })
          .map(({ a, b, shift }) => {
            const wanted = a.join('');
            const next = String((a[keep]! + shift) % 10);
            return { scheme, level, keep, wanted, offered: wanted.slice(0, keep) + next + b.slice(keep + 1).join('') };
          });
      });
    fc.assert(
      fc.property(cases, ({ scheme, level, keep, wanted, offered }) => {
        expect(codeMatchLevel(wanted, offered, scheme)).toBe(level);
        const shared = sharedCode(codeMatchLevel(wanted, offered, scheme), wanted, offered, scheme);
        expect(shared).toBe(wanted.slice(0, keep));
        expect(offered.startsWith(shared)).toBe(true);
        expect(offered[keep]).not.toBe(wanted[keep]);
      }),
      { numRuns: 300 },
    );
  });
});
