/** The synthetic fair's tables use real codes, and each product line hangs together. */

import { hsToIsicDivision } from 'cuohe/descriptions';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  BRANDS,
  BUYER_COUNTRIES,
  BUYER_PLACES,
  CHINESE_BRANDS,
  CHINESE_CITIES,
  SUPPLIER_COUNTRIES,
} from '../../examples/fair/countries.js';
import { FAIR_INDUSTRIES, INDUSTRIES } from '../../examples/fair/industries.js';
import { isCountryCode } from '../../src/geo/countries.js';
import { isHsCode } from '../../src/taxonomy/hs.js';
import { isIsicCode } from '../../src/taxonomy/isic.js';

const LINES = INDUSTRIES.flatMap((industry) => industry.lines.map((line) => ({ industry, line })));
const HAN = /\p{Script=Han}/u;
const ASCII = /^[\x20-\x7e]+$/;

describe('synthetic fair tables', () => {
  it('use only HS 2022 subheadings, each once per line, with English and Chinese names', () => {
    for (const { line } of LINES) {
      const codes = line.products.map(([code]) => code);
      expect(
        codes.filter((code) => !/^\d{6}$/.test(code) || !isHsCode(code) || !isHsCode(code.slice(0, 4))),
        line.key,
      ).toEqual([]);
      expect(new Set(codes).size, line.key).toBe(codes.length);
      for (const [code, en, zh] of line.products) {
        expect(en, code).toMatch(ASCII);
        expect(zh, code).toMatch(HAN);
      }
    }
    for (const industry of INDUSTRIES) {
      for (const [cert, rate] of industry.certificates) expect(rate, `${industry.key} ${cert}`).toBeGreaterThan(0);
      for (const [cert, rate] of industry.certificates) expect(rate, `${industry.key} ${cert}`).toBeLessThanOrEqual(1);
    }
    expect(new Set(INDUSTRIES.map((i) => i.key)).size).toBe(INDUSTRIES.length);
    expect(new Set(LINES.map(({ line }) => line.key)).size).toBe(LINES.length);
  });

  it('give every line an ISIC Rev.4 class that the HS → ISIC correspondence confirms for one of its products', () => {
    for (const { line } of LINES) {
      expect(isIsicCode(line.isic) && line.isic.length === 4, `${line.key} ${line.isic}`).toBe(true);
      const divisions = line.products.map(([code]) => hsToIsicDivision(code));
      expect(divisions, `${line.key}: ISIC ${line.isic}`).toContain(line.isic.slice(0, 2));
    }
    // The brief's examples are there as real exhibitors write them.
    const byKey = new Map(LINES.map(({ line }) => [line.key, line]));
    expect(byKey.get('tea')).toMatchObject({ isic: '0127', grows: true });
    expect(byKey.get('upholstery')).toMatchObject({ isic: '3100', trade: ['Sofa', '沙发'] });
  });

  it('name each line in both languages and give it trade words beyond the product names', () => {
    for (const { line } of LINES) {
      expect(line.trade[0], line.key).toMatch(ASCII);
      expect(line.trade[1], line.key).toMatch(HAN);
      expect(line.terms.length, line.key).toBeGreaterThanOrEqual(3);
      for (const [en, zh] of line.terms) {
        expect(en, line.key).toMatch(ASCII);
        expect(zh, line.key).toMatch(HAN);
      }
      for (const [en, zh] of line.clusters ?? []) {
        expect(en, line.key).toMatch(/^[A-Z][a-z’]+$/);
        expect(zh, line.key).toMatch(/^\p{Script=Han}{2,4}$/u);
      }
      for (const country of line.origins ?? [])
        expect(
          SUPPLIER_COUNTRIES.some((c) => c.code === country),
          `${line.key} ${country}`,
        ).toBe(true);
    }
  });

  it('carry the cross-language pairs buyers and exhibitors write (锂电池 / lithium battery, 沙发 / sofa, …)', () => {
    const names = new Map(LINES.flatMap(({ line }) => line.products.map(([, en, zh]) => [zh, en] as const)));
    expect(names.get('锂电池')).toBe('lithium battery');
    expect(names.get('沙发')).toBe('sofa');
    expect(names.get('绿茶')).toBe('green tea');
    expect(names.get('无人机')).toBe('drone');
    expect(names.get('LED灯')).toBe('LED lamp');
  });

  it('span about 60 HS chapters, the fair’s six industries the biggest, growers only where crops grow', () => {
    const chapters = new Set(LINES.flatMap(({ line }) => line.products.map(([code]) => code.slice(0, 2))));
    expect(chapters.size).toBeGreaterThanOrEqual(55);
    const smallestNamed = Math.min(...FAIR_INDUSTRIES.map((i) => i.share));
    for (const industry of INDUSTRIES.slice(FAIR_INDUSTRIES.length))
      expect(industry.share, industry.key).toBeLessThan(smallestNamed);
    for (const { line } of LINES) if (line.grows) expect(line.origins, line.key).toBeDefined();
    expect(LINES.find(({ line }) => line.key === 'tea')!.line.origins).not.toContain('PL');
  });

  it('use ISO 3166-1 countries the library knows, and names the GBK sample can encode', () => {
    const countries = [...SUPPLIER_COUNTRIES.map((c) => c.code), ...BUYER_COUNTRIES.map(([c]) => c)];
    expect(countries.filter((c) => !isCountryCode(c))).toEqual([]);
    expect(new Set(SUPPLIER_COUNTRIES.map((c) => c.code)).size).toBe(SUPPLIER_COUNTRIES.length);
    for (const [country] of BUYER_COUNTRIES) expect(BUYER_PLACES[country]?.cities.length, country).toBeGreaterThan(0);
    const keys = new Set(INDUSTRIES.map((i) => i.key));
    for (const country of SUPPLIER_COUNTRIES)
      expect(
        country.strengths.filter((k) => !keys.has(k)),
        country.code,
      ).toEqual([]);
    const text = [
      ...SUPPLIER_COUNTRIES.flatMap((c) => [...c.cities, ...c.suffixes]),
      ...[...CHINESE_CITIES, ...CHINESE_BRANDS].flat(),
      ...BRANDS,
      ...LINES.flatMap(({ line }) => [
        ...line.trade,
        ...line.products.flat(),
        ...line.terms.flat(),
        ...(line.clusters ?? []).flat(),
      ]),
    ].join('\n');
    expect(iconv.decode(iconv.encode(text, 'gbk'), 'gbk')).toBe(text);
  });
});
