/** Titles of ISIC Rev.4 codes in English and Chinese, through cuohe/descriptions and an engine's explanations. */
import { describe, expect, it } from 'vitest';
import { createEngine, parseBuyers, parseSuppliers, ValidationError } from '../../src/index.js';
import { describeCode, hsDescription, isicDescription } from '../../src/taxonomy/descriptions.js';
import { ISIC_DESCRIPTIONS } from '../../src/taxonomy/generated/isic-descriptions.generated.js';
import { ASOF } from '../arbitraries.js';

const codes = Object.keys(ISIC_DESCRIPTIONS);
const parentOf = (code: string): string | undefined => (code.length > 2 ? code.slice(0, -1) : undefined);
const han = /\p{Script=Han}/u;

describe('isicDescription', () => {
  it('gives every ISIC Rev.4 code (21 sections, 88 divisions, 238 groups, 419 classes) a Chinese title', () => {
    expect(codes).toHaveLength(766);
    const missing = codes.filter((code) => !han.test(isicDescription(code, 'zh') ?? ''));
    expect(missing).toStrictEqual([]);
    // No English left in a Chinese title (digits and punctuation aside).
    expect(codes.filter((code) => /[A-Za-z]/.test(isicDescription(code, 'zh')!))).toStrictEqual([]);
  });

  it('names the categories of the example fair', () => {
    expect(isicDescription('3100', 'zh')).toBe('家具的制造');
    expect(isicDescription('2610', 'zh')).toContain('电子元件');
    expect(isicDescription('0127', 'zh')).toBe('饮料作物的种植');
    expect(isicDescription('2720', 'zh')).toBe('电池和蓄电池的制造');
    expect(isicDescription('C', 'zh')).toBe('制造业');
    expect(isicDescription('26', 'zh')).toBe('计算机、电子产品和光学产品的制造');
  });

  it('matches a Rev.4 category to the source category that names it, not to the same number', () => {
    // The source tree renumbers (Rev.5): 4661 fuels wholesale is its 4671, section K finance is its L.
    expect(isicDescription('4661', 'zh')).toBe('固体、液体和气体燃料及有关产品的批发');
    expect(isicDescription('K', 'zh')).toBe('金融和保险活动');
    expect(isicDescription('L', 'zh')).toBe('房地产活动');
    expect(isicDescription('U', 'zh')).toBe('国际组织和机构的活动');
    // A Rev.4 category the source splits reads as its parts.
    expect(isicDescription('4510', 'zh')).toBe('机动车的批发；机动车的零售');
    expect(isicDescription('G', 'zh')).toBe('批发和零售贸易；机动车辆及摩托车的维修和保养');
    expect(isicDescription('J', 'zh')).toContain('电信');
  });

  it('falls back to the nearest ancestor where the source has no title for the Rev.4 category', () => {
    expect(isicDescription('3100', 'zh')).toBe(isicDescription('310', 'zh'));
    expect(isicDescription('2610', 'zh')).toBe(isicDescription('261', 'zh'));
    // 478 (retail via stalls and markets) is another category in the source: its classes read as division 47.
    expect(isicDescription('4781', 'zh')).toBe(isicDescription('47', 'zh'));
    // Every title is its own or an ancestor's: a fallback never borrows from a sibling.
    for (const code of codes) {
      const title = isicDescription(code, 'zh');
      const parent = parentOf(code);
      if (parent && title === isicDescription(parent, 'zh')) continue;
      const siblings = codes.filter(
        (other) => other !== code && parentOf(other) === parent && other.length === code.length && parent,
      );
      for (const sibling of siblings) {
        if (isicDescription(sibling, 'zh') === title) expect.fail(`${code} and ${sibling} share the title ${title}`);
      }
    }
  });

  it('keeps the English titles as they were, by default and with "en"', () => {
    expect(isicDescription('2610')).toBe('Manufacture of electronic components and boards');
    expect(isicDescription('2610', 'en')).toBe('Manufacture of electronic components and boards');
    expect(isicDescription('A')).toBe('Agriculture, forestry and fishing');
    for (const code of codes) expect(isicDescription(code, 'en')).toBe(ISIC_DESCRIPTIONS[code]);
  });

  it('returns undefined for an unknown code in both languages', () => {
    for (const locale of ['en', 'zh'] as const) {
      expect(isicDescription('3199', locale)).toBeUndefined();
      expect(isicDescription('toString', locale)).toBeUndefined();
      expect(isicDescription(42 as unknown as string, locale)).toBeUndefined();
    }
  });

  it('rejects a locale other than en or zh with a ValidationError naming the field', () => {
    expect(() => isicDescription('3100', 'fr' as 'en')).toThrow(ValidationError);
    try {
      isicDescription('3100', 'zh-CN' as 'zh');
      expect.fail('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues[0]!.path).toStrictEqual(['locale']);
    }
  });
});

describe('describeCode', () => {
  it('names HS and ISIC codes in the locale asked for', () => {
    expect(describeCode('isic', '3100', 'zh')).toBe('家具的制造');
    expect(describeCode('isic', '3100', 'en')).toBe('Manufacture of furniture');
    expect(describeCode('isic', '3100')).toBe('Manufacture of furniture');
    expect(describeCode('hs', '940161', 'zh')).toBe(hsDescription('940161', 'zh'));
    expect(describeCode('hs', '850760', 'zh')).toBe('锂离子蓄电池');
  });

  it('rejects an unknown scheme or locale with a ValidationError', () => {
    expect(() => describeCode('naics' as 'hs', '3100')).toThrow(ValidationError);
    expect(() => describeCode('isic', '3100', 'de' as 'en')).toThrow(ValidationError);
    expect(() => describeCode('hs', '940161', 'de' as 'en')).toThrow(ValidationError);
  });

  it('makes a Chinese explanation of an ISIC match name the activity in Chinese', () => {
    const suppliers = parseSuppliers([
      { id: 'furniture', name: 'Anji Furniture Works', country: 'CN', activities: ['3100'] },
      { id: 'tea', name: 'Anxi Tea Garden', country: 'CN', activities: ['0127'] },
    ]);
    const [sofaBuyer, teaBuyer] = parseBuyers([
      { id: 'sofa', name: 'Sofa buyer', country: 'DE', wants: ['940161'] },
      { id: 'coffee', name: 'Coffee buyer', country: 'DE', wants: ['090111'] },
    ]);
    const zh = createEngine(suppliers, { asOf: ASOF, locale: 'zh', describeCode });
    const sofa = zh.score(sofaBuyer!, 'furniture').reasons.join('\n');
    expect(sofa).toContain('家具的制造');
    expect(sofa).not.toContain('Manufacture of furniture');
    const en = createEngine(suppliers, { asOf: ASOF, locale: 'en', describeCode });
    expect(en.score(sofaBuyer!, 'furniture').reasons.join('\n')).toContain('Manufacture of furniture');
    const tea = zh.score(teaBuyer!, 'tea').reasons.join('\n');
    expect(tea).toContain('饮料作物的种植');
    expect(tea).not.toContain('Growing of');
  });
});
