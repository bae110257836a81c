import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/model/validation-error.js';
import { hsConcepts, hsDescription, suggestHsCodes } from '../../src/taxonomy/descriptions.js';

const top4 = (text: string): string | undefined => suggestHsCodes(text, { level: 4, limit: 1 })[0]?.code;

describe('suggestHsCodes', () => {
  it.each([
    ['sofa', ['9401']],
    ['sofa sectional', ['9401']],
    ['LED lamps', ['9405', '8539']],
    ['drones', ['8806']],
    ['solar panels', ['8541']],
    ['lithium-ion batteries', ['8507']],
    ['battery packs', ['8507']],
    ['green tea', ['0902']],
    ['锂电池', ['8507']],
    ['茶叶', ['0902']],
    ['绿茶', ['0902']],
    ['无人机', ['8806']],
    ['沙发', ['9401']],
    ['不锈钢保温杯', ['9617']],
    ['锂电池储能系统', ['8507']],
    ['LED灯', ['9405', '8539']],
  ])('%s → heading %j first', (text, headings) => {
    expect(headings).toContain(top4(text));
  });

  it('default level is 6 digits, inside the best heading', () => {
    const [best] = suggestHsCodes('lithium-ion batteries');
    expect(best?.code).toBe('850760');
    expect(best?.description).toMatch(/accumulators/i);
    expect(best?.descriptionZh).toBe('锂离子蓄电池');
  });

  it('rechargeable batteries rank before primary cells', () => {
    const codes = suggestHsCodes('battery packs', { level: 4 }).map((s) => s.code);
    expect(codes.indexOf('8507')).toBeLessThan(codes.indexOf('8506') === -1 ? Infinity : codes.indexOf('8506'));
  });

  it('level 2 gives chapters and level 4 headings', () => {
    expect(suggestHsCodes('green tea', { level: 2 })[0]?.code).toBe('09');
    expect(suggestHsCodes('green tea', { level: 4 }).every((s) => s.code.length === 4)).toBe(true);
  });

  it.each(['goods', '产品', 'products', '其他', 'quality products wholesale', '优质产品 厂家直销'])(
    'vague %s gives []',
    (text) => {
      expect(suggestHsCodes(text)).toEqual([]);
    },
  );

  it('respects the limit, sorts best first, scores in [0, 1], is deterministic', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'sofa',
          '锂电池',
          'LED lamp',
          'stainless steel vacuum flask',
          '绿茶 500g 礼盒',
          'cotton t-shirts for men',
        ),
        fc.integer({ min: 1, max: 15 }),
        fc.constantFrom(2, 4, 6) as fc.Arbitrary<2 | 4 | 6>,
        (text, limit, level) => {
          const a = suggestHsCodes(text, { limit, level });
          expect(a.length).toBeLessThanOrEqual(limit);
          for (let i = 0; i < a.length; i++) {
            expect(a[i]!.score).toBeGreaterThanOrEqual(0);
            expect(a[i]!.score).toBeLessThanOrEqual(1);
            expect(a[i]!.code).toHaveLength(level);
            if (i > 0) expect(a[i]!.score).toBeLessThanOrEqual(a[i - 1]!.score);
          }
          expect(suggestHsCodes(text, { limit, level })).toEqual(a);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('any text gives a valid answer and never throws', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0),
        (text) => {
          for (const s of suggestHsCodes(text, { limit: 3 })) {
            expect(s.code).toMatch(/^\d{6}$/);
            expect(Number.isFinite(s.score)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rejects bad input with a ValidationError naming the field', () => {
    expect(() => suggestHsCodes('')).toThrow(ValidationError);
    expect(() => suggestHsCodes(42 as unknown as string)).toThrow(/text/);
    expect(() => suggestHsCodes('sofa', { limit: 0 })).toThrow(/limit/);
    expect(() => suggestHsCodes('sofa', { level: 3 as 4 })).toThrow(/level/);
  });
});

describe('hsConcepts', () => {
  it.each([
    ['锂电池', 'lithium battery'],
    ['沙发', 'sofa'],
    ['绿茶', 'green tea'],
    ['LED灯', 'LED lamp'],
    ['无人机', 'drone'],
  ])('%s and %s share a heading', (zh, en) => {
    const a = hsConcepts(zh);
    const b = hsConcepts(en);
    expect(a.length).toBeGreaterThan(0);
    expect(a.some((h) => b.includes(h))).toBe(true);
  });

  it.each([
    ['沙发', 'lithium battery'],
    ['绿茶', 'drone'],
    ['无人机', 'sofa'],
  ])('%s and %s share none', (x, y) => {
    const a = hsConcepts(x);
    expect(a.some((h) => hsConcepts(y).includes(h))).toBe(false);
  });

  it('gives at most two 4-digit headings, [] when vague, and the same answer every time', () => {
    for (const text of ['锂电池', 'sofa', 'goods', '产品', 'steel', '']) {
      const c = hsConcepts(text);
      expect(c.length).toBeLessThanOrEqual(2);
      for (const h of c) expect(h).toMatch(/^\d{4}$/);
      expect(hsConcepts(text)).toEqual(c);
    }
    expect(hsConcepts('goods')).toEqual([]);
    expect(hsConcepts('产品')).toEqual([]);
    expect(() => hsConcepts(1 as unknown as string)).toThrow(ValidationError);
  });

  it('returns a fresh array (the memo cannot be mutated through it)', () => {
    const first = hsConcepts('沙发');
    first.push('0000');
    expect(hsConcepts('沙发')).not.toContain('0000');
  });
});

describe('hsDescription', () => {
  it('keeps the English signature and adds Chinese names at every level', () => {
    expect(hsDescription('850440')).toBe('Electrical static converters');
    expect(hsDescription('850760', 'zh')).toBe('锂离子蓄电池');
    expect(hsDescription('0902', 'zh')).toMatch(/茶/);
    expect(hsDescription('94', 'zh')).toMatch(/家具/);
    expect(hsDescription('XVI', 'zh')).toMatch(/机械/);
    expect(hsDescription('8806', 'zh')).toBe('无人驾驶航空器');
    expect(hsDescription('999999', 'zh')).toBeUndefined();
    expect(() => hsDescription('8507', 'fr' as 'zh')).toThrow(ValidationError);
  });
});
