/**
 * The synthetic fair's profiles: each firm's name, keywords, description and codes come from
 * one product line; the generator gives the mix of profile kinds it promises (Chinese-only,
 * ISIC-only, words-only); the bundled sample and its CSV copies are what the generator makes.
 */
import { readFileSync } from 'node:fs';
import { readCsvTable, rowToRecord } from 'cuohe/io';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { INDUSTRIES, type ProductLine } from '../../examples/fair/industries.js';
import { CAPABILITY_DIMENSIONS, generateFair, PROFILE_MIX } from '../../examples/fair/synthetic-fair.js';
import { hsSection, isHsCode } from '../../src/taxonomy/hs.js';
import { isIsicCode } from '../../src/taxonomy/isic.js';

type Row = Record<string, unknown>;
const LINES = INDUSTRIES.flatMap((industry) => industry.lines);
const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;
const share = <T>(items: T[], test: (item: T) => boolean) => items.filter(test).length / items.length;
const list = (value: unknown) => (value ?? []) as string[];
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the line's trade words are in the name: as whole English words, or as Chinese characters. */
function namedAfter(name: string, line: ProductLine): boolean {
  return new RegExp(`(^|\\s)${escapeRegExp(line.trade[0])}(\\s|$)`, 'i').test(name) || name.includes(line.trade[1]);
}

/** Whether everything a profile says about what it makes (or wants) belongs to the line. */
function fitsLine(row: Row, line: ProductLine, codes: string[]): boolean {
  const inLine = (code: string) => line.products.some(([c]) => c === code || (code.length === 4 && c.startsWith(code)));
  const words = new Set([...line.products.flatMap(([, en, zh]) => [en, zh]), ...line.terms.flat()]);
  const description = typeof row.description === 'string' ? row.description : undefined;
  return (
    codes.every(inLine) &&
    list(row.activities).every((code) => code === line.isic) &&
    list(row.keywords).every((k) => words.has(k)) &&
    (description === undefined ||
      line.products.some(([, en, zh]) => description.includes(en) || description.includes(zh)))
  );
}

/** The product line a profile's name is built from, provided its codes, keywords and description agree. */
function lineOf(row: Row, codes: string[]): ProductLine | undefined {
  return LINES.find((line) => namedAfter(String(row.name), line) && fitsLine(row, line, codes));
}

const kind = (s: Row) => (list(s.products).length ? 'hs' : list(s.activities).length ? 'isic' : 'words');
const chineseOnly = (row: Row) => !LATIN.test(String(row.name));

describe('a firm’s name, keywords, description and codes come from one product line', () => {
  const read = (file: string): Row[] =>
    JSON.parse(readFileSync(new URL(`../../examples/fair/${file}`, import.meta.url), 'utf8')) as Row[];
  const suppliers = read('suppliers.json');
  const buyers = read('buyers.json');

  it('holds for every exhibitor of the bundled sample', () => {
    const misfits = suppliers.filter((s) => !lineOf(s, list(s.products))).map((s) => `${s.id} ${s.name}`);
    expect(misfits).toEqual([]);
  });

  it('holds for every buyer of the bundled sample', () => {
    const misfits = buyers.filter((b) => !lineOf(b, list(b.wants))).map((b) => `${b.id} ${b.name}`);
    expect(misfits).toEqual([]);
  });

  it('fails for a window maker that sells ovens, and for a tea grower declaring furniture', () => {
    expect(
      lineOf(
        {
          name: 'Xi’an Aluminium Window Manufacturing',
          products: ['851660'],
          keywords: ['aluminium window', 'electric oven'],
        },
        ['851660'],
      ),
    ).toBeUndefined();
    expect(lineOf({ name: '杭州恒通茶业有限公司', activities: ['3100'], keywords: ['绿茶'] }, [])).toBeUndefined();
    expect(
      lineOf(
        {
          name: '杭州恒通茶业有限公司',
          activities: ['0127'],
          keywords: ['绿茶'],
          description: '杭州茶业种植加工基地，主营绿茶。',
        },
        [],
      )?.key,
    ).toBe('tea');
  });

  it('gives distinct company names', () => {
    expect(new Set(suppliers.map((s) => s.name)).size).toBe(suppliers.length);
    expect(new Set(buyers.map((b) => b.name)).size).toBe(buyers.length);
  });
});

describe('generateFair', () => {
  const { suppliers, buyers } = generateFair({ suppliers: 20_000, buyers: 2_000, seed: 7 });
  const chapter = (code: unknown) => String(code).slice(0, 2);
  const chinese = suppliers.filter((s) => s.country === 'CN');

  it('is deterministic for a seed', () => {
    const small = generateFair({ suppliers: 300, buyers: 50, seed: 7 });
    expect(generateFair({ suppliers: 300, buyers: 50, seed: 7 })).toStrictEqual(small);
    expect(small.suppliers).toStrictEqual(suppliers.slice(0, 300));
    expect(generateFair({ suppliers: 300, buyers: 50, seed: 8 }).suppliers).not.toStrictEqual(small.suppliers);
  });

  it('writes exhibitors as promised: most with HS codes, some ISIC or words only, some Chinese only', () => {
    expect(share(suppliers, (s) => kind(s) === 'isic')).toBeCloseTo(PROFILE_MIX.isicOnly, 1);
    expect(Math.abs(share(suppliers, (s) => kind(s) === 'isic') - PROFILE_MIX.isicOnly)).toBeLessThan(0.01);
    expect(Math.abs(share(suppliers, (s) => kind(s) === 'words') - PROFILE_MIX.wordsOnly)).toBeLessThan(0.01);
    expect(share(suppliers, (s) => kind(s) === 'hs')).toBeGreaterThan(0.8);
    expect(Math.abs(share(chinese, chineseOnly) - PROFILE_MIX.chineseOnly)).toBeLessThan(0.02);
    expect(suppliers.filter((s) => s.country !== 'CN').some(chineseOnly)).toBe(false);
    // Every kind meets every other: Chinese-only exhibitors with codes, with ISIC only, with words only.
    for (const k of ['hs', 'isic', 'words'])
      expect(
        chinese.filter(chineseOnly).some((s) => kind(s) === k),
        k,
      ).toBe(true);
  });

  it('gives a profile without HS codes words to infer them from, and a Chinese-only one nothing but Chinese', () => {
    for (const s of suppliers.filter((s) => kind(s) !== 'hs' || chineseOnly(s)))
      expect(typeof s.description, String(s.id)).toBe('string');
    for (const s of chinese.filter(chineseOnly)) {
      expect(
        list(s.keywords).every((k) => HAN.test(k)),
        String(s.id),
      ).toBe(true);
      expect(String(s.description), String(s.id)).toMatch(HAN);
      expect(s.languages).toEqual(['zh']);
    }
    for (const s of suppliers.filter((s) => !chineseOnly(s) && s.description !== undefined))
      expect(String(s.description), String(s.id)).not.toMatch(HAN);
    for (const s of suppliers.filter((s) => kind(s) === 'isic'))
      for (const code of list(s.activities)) expect(isIsicCode(code), code).toBe(true);
  });

  it('writes buyers as promised: some with words only, Chinese ones in Chinese, the rest in English', () => {
    const wordsOnly = buyers.filter((b) => list(b.wants).length === 0);
    expect(Math.abs(wordsOnly.length / buyers.length - PROFILE_MIX.buyerWordsOnly)).toBeLessThan(0.025);
    for (const b of wordsOnly) expect(typeof b.description, String(b.id)).toBe('string');
    for (const b of buyers.filter((b) => b.country === 'CN'))
      expect(
        list(b.keywords).every((k) => HAN.test(k)),
        String(b.id),
      ).toBe(true);
    const englishBuyers = buyers.filter((b) => list(b.keywords).every((k) => !HAN.test(k)));
    expect(englishBuyers.length / buyers.length).toBeGreaterThan(0.9);
    expect(buyers.some((b) => b.country !== 'CN' && list(b.keywords).some((k) => HAN.test(k)))).toBe(true);
  });

  it('keeps every firm in its product line (names, keywords, descriptions, codes)', () => {
    expect(
      suppliers
        .slice(0, 3000)
        .filter((s) => !lineOf(s, list(s.products)))
        .map((s) => s.name),
    ).toEqual([]);
    expect(buyers.filter((b) => !lineOf(b, list(b.wants))).map((b) => b.name)).toEqual([]);
  });

  it('spreads suppliers over 30+ countries (China about two thirds) and about 60 chapters, Zipf-like', () => {
    const countries = new Set(suppliers.map((s) => s.country));
    expect(countries.size).toBeGreaterThanOrEqual(30);
    const china = share(suppliers, (s) => s.country === 'CN');
    expect(china).toBeGreaterThan(0.6);
    expect(china).toBeLessThan(0.75);
    const main = suppliers.filter((s) => kind(s) === 'hs').map((s) => chapter(list(s.products)[0]));
    const counts = [...main.reduce((m, c) => m.set(c, (m.get(c) ?? 0) + 1), new Map<string, number>()).values()].sort(
      (a, b) => b - a,
    );
    expect(counts.length).toBeGreaterThanOrEqual(55);
    expect(counts[0]! / main.length).toBeLessThan(0.3);
    expect(counts[9]! / main.length).toBeLessThan(0.05);
    expect(share(main, (c) => hsSection(c) === 'XVI')).toBeLessThan(0.5);
  });

  it('gives buyers the same skew, and every record the shape the library parses', () => {
    expect(new Set(buyers.map((b) => b.country)).size).toBeGreaterThanOrEqual(30);
    const wanted = buyers.filter((b) => list(b.wants).length).map((b) => chapter(list(b.wants)[0]));
    expect(new Set(wanted).size).toBeGreaterThanOrEqual(50);
    expect(share(wanted, (c) => hsSection(c) === 'XVI')).toBeLessThan(0.5);
    for (const s of suppliers.slice(0, 500)) {
      expect((s.capabilities as number[]).length).toBe(CAPABILITY_DIMENSIONS);
      for (const code of list(s.products)) expect(isHsCode(code), code).toBe(true);
    }
  });
});

describe('the bundled sample', () => {
  const read = (file: string): unknown =>
    JSON.parse(readFileSync(new URL(`../../examples/fair/${file}`, import.meta.url), 'utf8'));
  const sample = generateFair({ suppliers: 2000, buyers: 300, seed: 20261122 });
  const data = (file: string) => readFileSync(new URL(`../../examples/data/${file}`, import.meta.url));
  /** A CSV file's rows as the raw records the library's CSV readers hand to parsing. */
  const records = (text: string, columns?: Record<string, string>) =>
    readCsvTable(text, 'sample').rows.map((r) => rowToRecord(r.cells, columns));

  it('is what the generator makes (regenerate with examples/fair/write-sample.ts)', () => {
    expect(read('suppliers.json')).toStrictEqual(sample.suppliers);
    expect(read('buyers.json')).toStrictEqual(sample.buyers);
  });

  it('has CSV copies holding the same rows (regenerate with examples/data/make-csv.ts)', () => {
    expect(records(data('exhibitors.csv').toString('utf8'))).toEqual(sample.suppliers);
    // Buyers' empty wants are a blank cell in a spreadsheet.
    expect(records(data('buyers.csv').toString('utf8'))).toEqual(
      sample.buyers.map(({ wants, ...b }) => (list(wants).length ? { ...b, wants } : b)),
    );
  });

  it('has a GBK copy whose Chinese headers columns-zh.json maps back to the same rows', () => {
    const columns = JSON.parse(data('columns-zh.json').toString('utf8')) as Record<string, string>;
    const text = iconv.decode(data('exhibitors-gbk.csv'), 'gbk');
    expect(
      text
        .split('\r\n')[0]!
        .split(',')
        .every((header) => HAN.test(header) && header in columns),
    ).toBe(true);
    expect(records(text, columns)).toEqual(sample.suppliers.slice(0, 500));
    expect(sample.suppliers.slice(0, 500).some(chineseOnly)).toBe(true);
  });
});
