/**
 * Seeded generator of a realistic synthetic fair: Chinese SMEs with SRDI tiers and exhibitors
 * from 37 partner countries over about 60 HS chapters (industries, product lines and products
 * Zipf-skewed, each country leaning to its own strengths), foreign buyers with certificates,
 * origin rules, volumes and deadlines. Every firm works in one product line: its name,
 * keywords, description and codes all come from it. Profiles are written as real ones are:
 * most give HS codes, some only ISIC activities, some only words (a description and keywords,
 * codes to be inferred); a share of Chinese exhibitors write only Chinese. Same seed, same
 * fair. Used by the demo, the tests and benchmarks.
 */

// The library's own seeded PRNG (internal to it, not part of the package API).
import { mulberry32 } from '../../src/calibrate/folds.js';
import {
  BRANDS,
  BUYER_COUNTRIES,
  BUYER_PLACES,
  CHINESE_BRANDS,
  CHINESE_CITIES,
  CHINESE_CITY_NAMES,
  EU_BUYERS,
  HALAL_MARKETS,
  SUPPLIER_COUNTRIES,
} from './countries.js';
import {
  BUYER_ROLES,
  buyerDescription,
  CHINESE_FARM_SUFFIXES,
  CHINESE_SUFFIXES,
  supplierDescription,
  titleCase,
} from './fair-words.js';
import { INDUSTRIES, type Product, type ProductLine, type Words } from './industries.js';

export { mulberry32 };

/**
 * Capability dimensions: automation, R&D, scale, customisation, export readiness, quality,
 * digitalisation, sustainability.
 */
export const CAPABILITY_DIMENSIONS = 8;

/**
 * How profiles are written: the shares the generator draws with (tests hold it to them).
 * Most profiles still carry HS codes.
 */
export const PROFILE_MIX = {
  /** Of Chinese exhibitors: name, keywords and description in Chinese only. */
  chineseOnly: 0.3,
  /** Of exhibitors: ISIC activity codes only, no HS products (e.g. a tea grower, ISIC 0127). */
  isicOnly: 0.08,
  /** Of exhibitors: no codes at all, only a description and keywords. */
  wordsOnly: 0.06,
  /** Of exhibitors giving HS products: their ISIC activity as well. */
  isicToo: 0.2,
  /** Of exhibitors giving codes and writing in English: a description as well (the others always have one). */
  described: 0.35,
  /** Of buyers: no wanted codes, only a description and keywords. */
  buyerWordsOnly: 0.08,
  /** Of buyers in Singapore and Malaysia: keywords and description in Chinese (buyers in China always). */
  buyerChineseAbroad: 0.3,
  /** Of buyers with codes: a description as well. */
  buyerDescribed: 0.3,
} as const;

export interface FairOptions {
  suppliers: number;
  buyers: number;
  seed?: number;
  /** Reference date the deadlines count from (YYYY-MM-DD). */
  asOf?: string;
}

/** Running sums of the weights, for weighted picks by binary search. */
function cumulative(weights: readonly number[]): Float64Array {
  const sums = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => (sums[i] = total += w));
  return sums;
}
/** Zipf weights by position (exponent 0.8): the first listed are the common ones. */
const zipf = (n: number) => cumulative(Array.from({ length: n }, (_, rank) => (rank + 1) ** -0.8));

const LINE_TABLES = INDUSTRIES.map((industry) => zipf(industry.lines.length));
/** Per supplier country and industry: the lines its firms can work in (tea only where tea grows). */
const COUNTRY_LINE_TABLES = SUPPLIER_COUNTRIES.map((c) =>
  INDUSTRIES.map((industry) =>
    cumulative(
      industry.lines.map((line, rank) => (line.origins && !line.origins.includes(c.code) ? 0 : (rank + 1) ** -0.8)),
    ),
  ),
);
const PRODUCT_TABLES = INDUSTRIES.map((industry) => industry.lines.map((line) => zipf(line.products.length)));
const INDUSTRY_TABLE = cumulative(INDUSTRIES.map((i) => i.share));
/** Per supplier country: the base industry weights, its strengths tripled. */
const COUNTRY_INDUSTRY_TABLES = SUPPLIER_COUNTRIES.map((c) =>
  cumulative(INDUSTRIES.map((i) => i.share * (c.strengths.includes(i.key) ? 3 : 1))),
);
const SUPPLIER_COUNTRY_TABLE = cumulative(SUPPLIER_COUNTRIES.map((c) => c.weight));
const BUYER_COUNTRY_TABLE = cumulative(BUYER_COUNTRIES.map(([, w]) => w));
const BUYER_COUNTRY_CODES = BUYER_COUNTRIES.map(([c]) => c);
/** Industries have characteristic capability profiles; firms vary around them. */
const PROFILES = INDUSTRIES.map((_, base) =>
  Array.from({ length: CAPABILITY_DIMENSIONS }, (_, d) => 0.5 + 0.3 * Math.sin(base * 1.7 + d)),
);
const TARGET_MARKETS = ['EU', 'ASEAN', 'GCC', 'USMCA', 'MERCOSUR', 'AFCFTA', 'RCEP', '019', '150'];

type Row = Record<string, unknown>;

export function generateFair(options: FairOptions): { suppliers: Row[]; buyers: Row[] } {
  const random = mulberry32(options.seed ?? 20261122);
  const chance = (p: number) => random() < p;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const pickIndex = (sums: Float64Array): number => {
    const r = random() * sums[sums.length - 1]!;
    let lo = 0;
    let hi = sums.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sums[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const some = <T>(items: readonly T[], max: number): T[] => {
    const n = 1 + Math.floor(random() * max);
    return [...new Set(Array.from({ length: n }, () => pick(items)))];
  };
  /** 1 to `max` distinct products of a line, by their Zipf weights. */
  const products = (industry: number, line: number, max: number): Product[] => {
    const list = INDUSTRIES[industry]!.lines[line]!.products;
    const n = 1 + Math.floor(random() * max);
    return [...new Set(Array.from({ length: n }, () => list[pickIndex(PRODUCT_TABLES[industry]![line]!)]!))];
  };
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const profileVector = (industry: number) =>
    PROFILES[industry]!.map((v) => round(Math.min(1, Math.max(0, v + (random() - 0.5) * 0.5))));
  /** A name not used yet: up to three more tries with other picks, then the last try as it is. */
  const unique = (taken: Set<string>, make: () => Words): Words => {
    let name = make();
    for (let tries = 0; tries < 3 && taken.has(name[0]); tries++) name = make();
    taken.add(name[0]);
    return name;
  };

  const supplierNames = new Set<string>();
  const suppliers = Array.from({ length: options.suppliers }, (_, i) => {
    const origin = pickIndex(SUPPLIER_COUNTRY_TABLE);
    const place = SUPPLIER_COUNTRIES[origin]!;
    const index = pickIndex(COUNTRY_INDUSTRY_TABLES[origin]!);
    const industry = INDUSTRIES[index]!;
    const lineIndex = pickIndex(COUNTRY_LINE_TABLES[origin]![index]!);
    const line = industry.lines[lineIndex]!;
    const offered = products(index, lineIndex, 3);
    const country = place.code;
    const chinese = country === 'CN';
    const city: Words | string = chinese
      ? line.clusters && chance(0.5)
        ? pick(line.clusters)
        : pick(CHINESE_CITIES)
      : pick(place.cities);
    const chineseOnly = chinese && chance(PROFILE_MIX.chineseOnly);
    const codingRoll = random();
    const coding =
      codingRoll < PROFILE_MIX.isicOnly
        ? 'isic'
        : codingRoll < PROFILE_MIX.isicOnly + PROFILE_MIX.wordsOnly
          ? 'words'
          : 'hs';
    const name = unique(supplierNames, () => supplierName(line, city, place.suffixes, pick, chance));
    const tierRoll = random();
    const tier = !chinese
      ? undefined
      : tierRoll < 0.3
        ? 'innovative'
        : tierRoll < 0.55
          ? 'srdi'
          : tierRoll < 0.63
            ? 'little-giant'
            : tierRoll < 0.65
              ? 'single-champion'
              : undefined;
    // Exhibitors from Muslim-majority countries mostly hold HALAL where the industry knows it.
    const halal = HALAL_MARKETS.has(country);
    const certifications = industry.certificates
      .filter(([c, p]) => random() < (halal && c === 'HALAL' ? 0.85 : p))
      .map(([c]) => c);
    const exportMarkets = chance(0.6) ? some(BUYER_COUNTRY_CODES, 5) : undefined;
    const term = chance(0.5) ? pick(line.terms) : undefined;
    const keywords = chineseOnly
      ? [...offered.map(([, , zh]) => zh), ...(term ? [term[1]] : [])]
      : [
          ...offered.map(([, en]) => en),
          ...(term ? [term[0]] : []),
          ...(chinese ? offered.slice(0, 1).map(([, , zh]) => zh) : []),
        ];
    const describe = chineseOnly || coding !== 'hs' || chance(PROFILE_MIX.described);
    const extra = Math.floor(random() * 12);
    return clean({
      id: `S${String(i + 1).padStart(6, '0')}`,
      name: chineseOnly ? name[1] : name[0],
      country,
      products: coding === 'hs' ? offered.map(([code]) => (chance(0.15) ? code.slice(0, 4) : code)) : undefined,
      activities: coding === 'isic' || (coding === 'hs' && chance(PROFILE_MIX.isicToo)) ? [line.isic] : undefined,
      description: describe
        ? supplierDescription(
            chineseOnly ? 'zh' : 'en',
            line,
            city,
            offered.map(([, en, zh]) => [en, zh]),
            extra,
          )
        : undefined,
      capabilities: profileVector(index),
      keywords,
      certifications: certifications.length ? certifications : undefined,
      tier,
      patents: tier
        ? Math.floor(random() * (tier === 'innovative' ? 8 : 40))
        : chance(0.3)
          ? Math.floor(random() * 10)
          : undefined,
      exportMarkets,
      targetMarkets: chance(0.4) ? some(TARGET_MARKETS, 2) : undefined,
      capacity: Math.round(10 ** (2 + random() * 4)),
      moq: Math.round(10 ** (1 + random() * 2.5)),
      leadTimeDays: 7 + Math.floor(random() * 80),
      languages: chineseOnly ? ['zh'] : chinese ? (chance(0.7) ? ['zh', 'en'] : ['zh']) : undefined,
    });
  });

  const asOf = new Date(`${options.asOf ?? '2026-11-22'}T00:00:00Z`);
  const buyerNames = new Set<string>();
  const buyers = Array.from({ length: options.buyers }, (_, i) => {
    // Buyers follow the suppliers' skew: the same industry, line and product weights.
    const index = pickIndex(INDUSTRY_TABLE);
    const industry = INDUSTRIES[index]!;
    const lineIndex = pickIndex(LINE_TABLES[index]!);
    const line = industry.lines[lineIndex]!;
    const country = BUYER_COUNTRIES[pickIndex(BUYER_COUNTRY_TABLE)]![0];
    const wanted = products(index, lineIndex, 3);
    const wordsOnly = chance(PROFILE_MIX.buyerWordsOnly);
    const wants = wordsOnly ? [] : wanted.map(([code]) => (chance(0.25) ? code.slice(0, 4) : code));
    const chineseText =
      country === 'CN' || ((country === 'SG' || country === 'MY') && chance(PROFILE_MIX.buyerChineseAbroad));
    const cityEn = pick(BUYER_PLACES[country]!.cities);
    const city: Words = [cityEn, CHINESE_CITY_NAMES[cityEn] ?? cityEn];
    const name = unique(buyerNames, () => buyerName(country, line, city, pick, chance));
    const has = (cert: string) => industry.certificates.some(([c]) => c === cert);
    const required: string[] = [];
    if (chance(0.35)) required.push('ISO9001');
    if (EU_BUYERS.has(country) && has('CE') && chance(0.5)) required.push('CE');
    if (HALAL_MARKETS.has(country) && has('HALAL') && chance(0.6)) required.push('HALAL');
    if (country === 'US' && (industry.key === 'food' || industry.key === 'biomedicine') && chance(0.4))
      required.push('FDA');
    if (industry.key === 'vehicles' && chance(0.3)) required.push('IATF16949');
    const preferred = industry.certificates
      .filter(([c, p]) => !required.includes(c) && random() < p * 0.6)
      .map(([c]) => c);
    const originRoll = random();
    const deadline = new Date(asOf.getTime() + (20 + Math.floor(random() * 160)) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const volume = Math.round(10 ** (1.5 + random() * 3));
    const term = chance(0.4) ? pick(line.terms) : undefined;
    const named = wanted.slice(0, 2);
    const keywords = chineseText
      ? [...named.map(([, , zh]) => zh), ...(term ? [term[1]] : [])]
      : [...named.map(([, en]) => en), ...(term ? [term[0]] : [])];
    const describe = wordsOnly || chance(PROFILE_MIX.buyerDescribed);
    const kind = Math.floor(random() * 6);
    return clean({
      id: `B${String(i + 1).padStart(5, '0')}`,
      name: country === 'CN' ? name[1] : name[0],
      country,
      wants,
      description: describe
        ? buyerDescription(
            chineseText ? 'zh' : 'en',
            city,
            wanted.map(([, en, zh]) => [en, zh]),
            volume,
            kind,
          )
        : undefined,
      capabilities: profileVector(index),
      keywords,
      requiredCertifications: required.length ? required : undefined,
      preferredCertifications: preferred.length ? preferred : undefined,
      minTier: chance(0.08) ? 'srdi' : undefined,
      origins:
        originRoll < 0.2
          ? { include: ['CN'] }
          : originRoll < 0.3
            ? { include: ['RCEP'] }
            : originRoll < 0.35
              ? { exclude: ['RU'] }
              : undefined,
      volume,
      deadline,
      hard: chance(0.2) ? ['moq'] : chance(0.1) ? ['deadline'] : undefined,
    });
  });
  return { suppliers, buyers };
}

type Pick = <T>(items: readonly T[]) => T;

/**
 * An exhibitor's name, English and Chinese: Chinese firms "City Brand Trade Suffix"
 * (宁德恒通锂电科技有限公司), others after their city or an invented brand.
 */
function supplierName(
  line: ProductLine,
  city: Words | string,
  suffixes: readonly string[],
  pick: Pick,
  chance: (p: number) => boolean,
): Words {
  if (typeof city !== 'string') {
    const [brandEn, brandZh] = pick(CHINESE_BRANDS);
    const [suffixEn, suffixZh] = pick(line.grows ? CHINESE_FARM_SUFFIXES : CHINESE_SUFFIXES);
    return [`${city[0]} ${brandEn} ${line.trade[0]} ${suffixEn}`, `${city[1]}${brandZh}${line.trade[1]}${suffixZh}`];
  }
  const name = `${chance(0.4) ? city : pick(BRANDS)} ${line.trade[0]} ${pick(suffixes)}`;
  return [name, name];
}

/** A buyer's name: "Hamburg Tea Trading GmbH", "Apex Lighting Import Inc.", 上海恒通茶业贸易有限公司. */
function buyerName(country: string, line: ProductLine, city: Words, pick: Pick, chance: (p: number) => boolean): Words {
  const suffix = pick(BUYER_PLACES[country]!.suffixes);
  if (country === 'CN') {
    const [brandEn, brandZh] = pick(CHINESE_BRANDS);
    return [
      `${city[0]} ${brandEn} ${line.trade[0]} Trading ${suffix}`,
      `${city[1]}${brandZh}${line.trade[1]}贸易有限公司`,
    ];
  }
  const name = `${chance(0.5) ? city[0] : pick(BRANDS)} ${titleCase(line.trade[0])} ${pick(BUYER_ROLES)} ${suffix}`;
  return [name, name];
}

/** Copies the present fields (a plain loop: entries/filter/fromEntries was a seventh of the run at 70,000 records). */
function clean<T extends Record<string, unknown>>(record: T): T {
  const out: Record<string, unknown> = {};
  for (const key in record) if (record[key] !== undefined) out[key] = record[key];
  return out as T;
}
