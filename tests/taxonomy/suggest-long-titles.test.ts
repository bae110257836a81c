import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestHsCodes } from '../../src/taxonomy/descriptions.js';
import { afterFrame, parseQuery, stripSpecWords } from '../../src/taxonomy/suggest/query.js';
import { segmentTitle } from '../../src/taxonomy/suggest/title.js';

const top4 = (text: string): string | undefined => suggestHsCodes(text, { level: 4, limit: 1 })[0]?.code;
const hasWord = (t: string): boolean => /[a-z\p{Script=Han}]{2,}/u.test(t);
const squash = (t: string): string => t.replace(/\s+/g, ' ').trim();

describe('afterFrame: the product named by a catalogue or ruling sentence', () => {
  it.each([
    ['the sample submitted is a travel mug', 'travel mug'],
    ['style 8326101 is a dress constructed', 'dress constructed'],
    [
      'the merchandise under consideration is identified as the wireless phone charger that is described as',
      'wireless phone charger',
    ],
    [
      'you are requesting the tariff classification on an item that is identified as a large plush toy ' +
        'that depicts a unicorn',
      'large plush toy',
    ],
    ['a sample of the kaleidoscope sunglasses was furnished', 'kaleidoscope sunglasses'],
    ['the product is a portable charger that houses a circuit board', 'portable charger'],
    ['three samples of costume wigs were submitted', 'costume wigs'],
  ])('%s → %s', (head, product) => {
    expect(squash(afterFrame(head)).replace(/^(?:a|an|the) /, '')).toBe(product);
  });

  it('leaves a marketplace title (no frame) as it is', () => {
    const title = 'anker power bank portable charger';
    expect(afterFrame(title)).toBe(title);
  });

  it('keeps the whole head when nothing informative follows the frame', () => {
    expect(afterFrame('what it is')).toBe('what it is');
  });
});

describe('stripSpecWords', () => {
  it('drops sizes, capacities, dates and item numbers, and keeps product and material words', () => {
    expect(squash(stripSpecWords('candle measuring approximately 3 inches in height and 2 inches in diameter'))).toBe(
      'candle 3 in and 2 in',
    );
    expect(squash(stripSpecWords('power bank 24000 mah, style number 12, cotton'))).toBe(
      'power bank 24000 , 12, cotton',
    );
  });
});

describe('segmentTitle with brackets', () => {
  it('keeps the words around a bracket together and makes the bracket an attribute', () => {
    const s = segmentTitle('a polyvinyl chloride (pvc) yoga mat, item 12', hasWord);
    expect(squash(s[0]!.text)).toBe('a polyvinyl chloride yoga mat');
    expect(s[0]!.role).toBe('head');
    expect(s.find((x) => squash(x.text) === 'pvc')?.role).toBe('attribute');
    const zh = segmentTitle('【2024新款】女士连衣裙', hasWord);
    expect(zh.find((x) => x.role === 'head')?.text).toBe('女士连衣裙');
  });
});

describe('parseQuery: the product word of a long text', () => {
  it('marks the head word of a long text and none in a short phrase', () => {
    const long = parseQuery('The item concerned is a four-wheeled infant stroller with a detachable mesh bag.');
    expect(long.productGroup).toBeDefined();
    const productTerms = long.terms.filter((t) => t.groups.includes(long.productGroup!)).map((t) => t.term);
    expect(productTerms).toContain('stroller');
    expect(parseQuery('baby stroller').productGroup).toBeUndefined();
  });

  it('skips colour, size and cut words hung after the product ("Midi Dress Casual Short Sleeve")', () => {
    const q = parseQuery("2024 New Women's Summer Floral Midi Dress Casual Short Sleeve V Neck");
    expect(q.terms.filter((t) => t.groups.includes(q.productGroup!)).map((t) => t.term)).toContain('dress');
  });
});

describe('suggestHsCodes on catalogue and ruling sentences', () => {
  it.each([
    [
      'Photographs and a description of a polyvinyl chloride (PVC) yoga mat, item number YS-6MM, ' +
        'were submitted with your inquiry.',
      '9506',
    ],
    [
      'The sample submitted is a scented pillar candle measuring approximately 3 inches high ' +
        'and 3-1/2 inches in diameter.',
      '3406',
    ],
    ['The item concerned is a four-wheeled infant stroller with a detachable mesh bag.', '8715'],
    ['The product under consideration is a stainless steel vacuum flask that keeps drinks hot for 12 hours.', '9617'],
  ])('%s → %s first', (text, heading) => {
    expect(top4(text)).toBe(heading);
  });

  it('measurements added to a long description do not change the first heading', () => {
    const titles = [
      'The sample submitted is a scented pillar candle',
      'Stainless Steel Vacuum Flask with Tea Infuser, Leak Proof',
      'The item concerned is a four-wheeled infant stroller with a detachable mesh bag',
    ];
    const unit = fc.constantFrom('inches', 'cm', 'mm', 'oz', 'mAh', 'percent');
    const dimension = fc.constantFrom('height', 'width', 'length', 'diameter', 'depth');
    fc.assert(
      fc.property(fc.constantFrom(...titles), fc.integer({ min: 1, max: 999 }), unit, dimension, (title, n, u, d) => {
        expect(top4(`${title}, measuring approximately ${n} ${u} in ${d}`)).toBe(top4(title));
      }),
      { numRuns: 200 },
    );
  });
});
