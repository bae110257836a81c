/** The synthetic fair's tables use real codes, and the generator gives the spread it promises. */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { BUYER_COUNTRIES, SUPPLIER_COUNTRIES } from '../../examples/fair/countries.js';
import { FAIR_INDUSTRIES, INDUSTRIES } from '../../examples/fair/industries.js';
import { CAPABILITY_DIMENSIONS, generateFair } from '../../examples/fair/synthetic-fair.js';
import { isCountryCode } from '../../src/geo/countries.js';
import { hsSection, isHsCode } from '../../src/taxonomy/hs.js';

const share = <T>(items: T[], test: (item: T) => boolean) => items.filter(test).length / items.length;

describe('synthetic fair tables', () => {
  it('use only HS 2022 subheadings, each once per industry, with English and Chinese keywords', () => {
    for (const industry of INDUSTRIES) {
      const codes = industry.products.map(([code]) => code);
      expect(codes.filter((code) => !/^\d{6}$/.test(code) || !isHsCode(code) || !isHsCode(code.slice(0, 4))), industry.key).toEqual([]);
      expect(new Set(codes).size, industry.key).toBe(codes.length);
      for (const [code, en, zh] of industry.products) {
        expect(en, code).toMatch(/^[\x20-\x7e]+$/);
        expect(zh, code).toMatch(/\p{Script=Han}/u);
      }
      for (const [cert, rate] of industry.certificates) expect(rate, `${industry.key} ${cert}`).toBeGreaterThan(0);
      for (const [cert, rate] of industry.certificates) expect(rate, `${industry.key} ${cert}`).toBeLessThanOrEqual(1);
    }
    expect(new Set(INDUSTRIES.map((i) => i.key)).size).toBe(INDUSTRIES.length);
  });

  it('span about 60 HS chapters, the fair’s six industries the biggest', () => {
    const chapters = new Set(INDUSTRIES.flatMap((i) => i.products.map(([code]) => code.slice(0, 2))));
    expect(chapters.size).toBeGreaterThanOrEqual(55);
    const smallestNamed = Math.min(...FAIR_INDUSTRIES.map((i) => i.share));
    for (const industry of INDUSTRIES.slice(FAIR_INDUSTRIES.length)) expect(industry.share, industry.key).toBeLessThan(smallestNamed);
  });

  it('use ISO 3166-1 countries the library knows, and names the GBK sample can encode', () => {
    const countries = [...SUPPLIER_COUNTRIES.map((c) => c.code), ...BUYER_COUNTRIES.map(([c]) => c)];
    expect(countries.filter((c) => !isCountryCode(c))).toEqual([]);
    expect(new Set(SUPPLIER_COUNTRIES.map((c) => c.code)).size).toBe(SUPPLIER_COUNTRIES.length);
    const keys = new Set(INDUSTRIES.map((i) => i.key));
    for (const country of SUPPLIER_COUNTRIES) expect(country.strengths.filter((k) => !keys.has(k)), country.code).toEqual([]);
    const text = [...SUPPLIER_COUNTRIES.flatMap((c) => [...c.cities, ...c.suffixes]), ...INDUSTRIES.flatMap((i) => i.products.flat())].join('\n');
    expect(iconv.decode(iconv.encode(text, 'gbk'), 'gbk')).toBe(text);
  });
});

describe('generateFair', () => {
  const { suppliers, buyers } = generateFair({ suppliers: 20_000, buyers: 2_000, seed: 7 });
  const chapter = (code: unknown) => String(code).slice(0, 2);

  it('is deterministic for a seed', () => {
    const small = generateFair({ suppliers: 300, buyers: 50, seed: 7 });
    expect(generateFair({ suppliers: 300, buyers: 50, seed: 7 })).toStrictEqual(small);
    expect(small.suppliers).toStrictEqual(suppliers.slice(0, 300));
    expect(generateFair({ suppliers: 300, buyers: 50, seed: 8 }).suppliers).not.toStrictEqual(small.suppliers);
  });

  it('spreads suppliers over 30+ countries (China about two thirds) and about 60 chapters, Zipf-like', () => {
    const countries = new Set(suppliers.map((s) => s.country));
    expect(countries.size).toBeGreaterThanOrEqual(30);
    const china = share(suppliers, (s) => s.country === 'CN');
    expect(china).toBeGreaterThan(0.6);
    expect(china).toBeLessThan(0.75);
    const main = suppliers.map((s) => chapter((s.products as string[])[0]));
    const counts = [...main.reduce((m, c) => m.set(c, (m.get(c) ?? 0) + 1), new Map<string, number>()).values()].sort((a, b) => b - a);
    expect(counts.length).toBeGreaterThanOrEqual(55);
    expect(counts[0]! / main.length).toBeLessThan(0.3);
    expect(counts[9]! / main.length).toBeLessThan(0.05);
    expect(share(main, (c) => hsSection(c) === 'XVI')).toBeLessThan(0.5);
  });

  it('gives buyers the same skew, and every record the shape the library parses', () => {
    expect(new Set(buyers.map((b) => b.country)).size).toBeGreaterThanOrEqual(30);
    const wanted = buyers.map((b) => chapter((b.wants as string[])[0]));
    expect(new Set(wanted).size).toBeGreaterThanOrEqual(50);
    expect(share(wanted, (c) => hsSection(c) === 'XVI')).toBeLessThan(0.5);
    for (const s of suppliers.slice(0, 500)) {
      expect((s.capabilities as number[]).length).toBe(CAPABILITY_DIMENSIONS);
      for (const code of s.products as string[]) expect(isHsCode(code), code).toBe(true);
    }
  });

  it('is what the bundled sample holds (regenerate with examples/fair/write-sample.ts)', () => {
    const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../examples/fair/${file}`, import.meta.url), 'utf8'));
    const sample = generateFair({ suppliers: 2000, buyers: 300, seed: 20261122 });
    expect(read('suppliers.json')).toStrictEqual(sample.suppliers);
    expect(read('buyers.json')).toStrictEqual(sample.buyers);
  });
});
