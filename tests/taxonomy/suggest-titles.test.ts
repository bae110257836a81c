import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestHsCodes } from '../../src/taxonomy/descriptions.js';
import { segmentTitle } from '../../src/taxonomy/suggest/title.js';

const top4 = (text: string): string | undefined => suggestHsCodes(text, { level: 4, limit: 1 })[0]?.code;
const hasWord = (t: string): boolean => /[a-z\p{Script=Han}]{2,}/u.test(t);

describe('suggestHsCodes on long product titles', () => {
  it.each([
    ['Wireless Bluetooth Earbuds with Charging Case, IPX7 Waterproof, 40H Playtime', '8518'],
    ['304不锈钢保温杯 大容量 男女学生 便携水杯', '9617'],
    ['Premium Yoga Mat Non Slip 6mm Thick with Carrying Strap', '9506'],
    ["Men's Cotton Crew Neck T-Shirt Short Sleeve Pack of 3", '6109'],
    ['Portable Charger Power Bank 20000mAh USB C Fast Charging', '8507'],
    ['新款女士连衣裙 夏季 雪纺 碎花 长裙', '6204'],
  ])('%s → %s first', (title, heading) => {
    expect(top4(title)).toBe(heading);
  });

  it('a case for a phone is not a phone', () => {
    expect(top4('Phone Case for iPhone 15 Pro Max, Shockproof Silicone Cover')).not.toBe('8517');
    // …while the phone itself still is.
    expect(top4('Unlocked Smartphone 128GB, 6.1 inch Display, Dual SIM')).toBe('8517');
  });

  it('attributes after "with" count less than the product before it', () => {
    // The same words, product and attribute swapped: the head decides.
    expect(top4('Stainless Steel Vacuum Flask with Tea Infuser, 500ml, Leak Proof')).toBe('9617');
    expect(top4('Loose Leaf Green Tea with Stainless Steel Infuser, Gift Box')).toBe('0902');
  });

  it('selling words change nothing', () => {
    const plain = suggestHsCodes('LED desk lamp with USB charging port, touch dimmer', { level: 4, limit: 3 }).map(
      (s) => s.code,
    );
    const sold = suggestHsCodes('Upgraded Premium LED desk lamp with USB charging port, touch dimmer, perfect gift', {
      level: 4,
      limit: 3,
    }).map((s) => s.code);
    expect(sold).toEqual(plain);
  });

  it('a title made only of selling words and sizes gives nothing', () => {
    expect(suggestHsCodes('Premium Upgraded 2024 New Best Quality, 100 PCS, Free Shipping')).toEqual([]);
    expect(suggestHsCodes('新款 爆款 包邮 大容量 男女款 网红同款')).toEqual([]);
  });

  it('short phrases keep their qualifiers (what follows a comma still counts in full)', () => {
    expect(top4('coffee cups, porcelain or china')).toBe('6911');
    expect(top4('coffee cups, plastic')).toBe('3924');
    expect(top4('boxes, wood')).toBe('4415');
    expect(top4('boxes, plastic')).toBe('3923');
  });
});

describe('segmentTitle', () => {
  it('finds the head, the attributes, the material and the "for X"', () => {
    const s = segmentTitle('phone case for iphone 15, shockproof silicone cover with stand', hasWord);
    expect(s.map((x) => x.role)).toEqual(['head', 'for', 'attribute', 'attribute']);
    expect(s[0]!.text.trim()).toBe('phone case');
    expect(segmentTitle('t-shirt made of 100% cotton', hasWord).map((x) => x.role)).toEqual(['head', 'material']);
    const zh = segmentTitle('手机壳 适用iphone15 硅胶 防摔', hasWord);
    expect(zh.map((x) => x.role)).toEqual(['head', 'for', 'attribute', 'attribute']);
  });

  it('skips a leading piece that says nothing', () => {
    const s = segmentTitle('2024, sofa bed with storage', hasWord);
    expect(s.find((x) => x.role === 'head')?.text.trim()).toBe('sofa bed');
  });

  it('has exactly one head when any piece says something, and keeps every character of the words', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('sofa', 'led lamp', ',', ' for ', ' with ', ' made of ', '保温杯', ' ', '适用', '2024', '|'),
          { maxLength: 12 },
        ),
        (parts) => {
          const text = parts.join('');
          const segments = segmentTitle(text, hasWord);
          const heads = segments.filter((x) => x.role === 'head').length;
          expect(heads).toBe(segments.some((x) => hasWord(x.text)) ? 1 : 0);
          const letters = (t: string): string => (t.match(/[a-z\p{Script=Han}]/gu) ?? []).join('');
          const connectors = /for|with|madeof|适用/g;
          expect(letters(segments.map((x) => x.text).join('')).replace(connectors, '')).toBe(
            letters(text).replace(connectors, ''),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
