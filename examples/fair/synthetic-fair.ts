/**
 * Seeded generator of a realistic synthetic fair: Chinese SMEs with SRDI tiers and exhibitors
 * from 37 partner countries over about 60 HS chapters (industries and products Zipf-skewed,
 * each country leaning to its own strengths), foreign buyers with certificates, origin rules,
 * volumes and deadlines. Same seed, same fair. Used by the demo, the tests and benchmarks.
 */
import { BUYER_COUNTRIES, EU_BUYERS, HALAL_MARKETS, SUPPLIER_COUNTRIES } from './countries.js';
import { INDUSTRIES, type Industry } from './industries.js';

/** Capability dimensions: automation, R&D, scale, customisation, export readiness, quality, digitalisation, sustainability. */
export const CAPABILITY_DIMENSIONS = 8;

export interface FairOptions {
  suppliers: number;
  buyers: number;
  seed?: number;
  /** Reference date the deadlines count from (YYYY-MM-DD). */
  asOf?: string;
}

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG; enough for sample data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Running sums of the weights, for weighted picks by binary search. */
function cumulative(weights: readonly number[]): Float64Array {
  const sums = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => (sums[i] = total += w));
  return sums;
}

/** Within an industry, the products listed first are the common ones (Zipf, exponent 0.8). */
const PRODUCT_TABLES = INDUSTRIES.map((industry) => cumulative(industry.products.map((_, rank) => (rank + 1) ** -0.8)));
const INDUSTRY_TABLE = cumulative(INDUSTRIES.map((i) => i.share));
/** Per supplier country: the base industry weights, its strengths tripled. */
const COUNTRY_INDUSTRY_TABLES = SUPPLIER_COUNTRIES.map((c) => cumulative(INDUSTRIES.map((i) => i.share * (c.strengths.includes(i.key) ? 3 : 1))));
const SUPPLIER_COUNTRY_TABLE = cumulative(SUPPLIER_COUNTRIES.map((c) => c.weight));
const BUYER_COUNTRY_TABLE = cumulative(BUYER_COUNTRIES.map(([, w]) => w));
const BUYER_COUNTRY_CODES = BUYER_COUNTRIES.map(([c]) => c);
/** Industries have characteristic capability profiles; firms vary around them. */
const PROFILES = INDUSTRIES.map((_, base) => Array.from({ length: CAPABILITY_DIMENSIONS }, (_, d) => 0.5 + 0.3 * Math.sin(base * 1.7 + d)));
const TARGET_MARKETS = ['EU', 'ASEAN', 'GCC', 'USMCA', 'MERCOSUR', 'AFCFTA', 'RCEP', '019', '150'];

export function generateFair(options: FairOptions): { suppliers: Record<string, unknown>[]; buyers: Record<string, unknown>[] } {
  const random = mulberry32(options.seed ?? 20261122);
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
  /** 1 to `max` distinct products of an industry, by their Zipf weights. */
  const products = (industry: number, max: number): Industry['products'] => {
    const list = INDUSTRIES[industry]!.products;
    const n = 1 + Math.floor(random() * max);
    return [...new Set(Array.from({ length: n }, () => list[pickIndex(PRODUCT_TABLES[industry]!)]!))];
  };
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const profileVector = (industry: number) => PROFILES[industry]!.map((v) => round(Math.min(1, Math.max(0, v + (random() - 0.5) * 0.5))));

  const suppliers = Array.from({ length: options.suppliers }, (_, i) => {
    const origin = pickIndex(SUPPLIER_COUNTRY_TABLE);
    const place = SUPPLIER_COUNTRIES[origin]!;
    const index = pickIndex(COUNTRY_INDUSTRY_TABLES[origin]!);
    const industry = INDUSTRIES[index]!;
    const offered = products(index, 3);
    const country = place.code;
    const chinese = country === 'CN';
    const tierRoll = random();
    const tier = !chinese ? undefined : tierRoll < 0.3 ? 'innovative' : tierRoll < 0.55 ? 'srdi' : tierRoll < 0.63 ? 'little-giant' : tierRoll < 0.65 ? 'single-champion' : undefined;
    // Exhibitors from Muslim-majority countries mostly hold HALAL where the industry knows it.
    const halal = HALAL_MARKETS.has(country);
    const certifications = industry.certificates.filter(([c, p]) => random() < (halal && c === 'HALAL' ? 0.85 : p)).map(([c]) => c);
    const exportMarkets = random() < 0.6 ? some(BUYER_COUNTRY_CODES, 5) : undefined;
    const main = offered[0]!;
    return clean({
      id: `S${String(i + 1).padStart(6, '0')}`,
      name: `${pick(place.cities)} ${titleCase(main[1])} ${pick(place.suffixes)}`,
      country,
      products: offered.map(([code]) => (random() < 0.15 ? code.slice(0, 4) : code)),
      capabilities: profileVector(index),
      keywords: [...offered.map(([, en]) => en), ...(chinese ? offered.slice(0, 1).map(([, , zh]) => zh) : [])],
      certifications,
      tier,
      patents: tier ? Math.floor(random() * (tier === 'innovative' ? 8 : 40)) : random() < 0.3 ? Math.floor(random() * 10) : undefined,
      exportMarkets,
      targetMarkets: random() < 0.4 ? some(TARGET_MARKETS, 2) : undefined,
      capacity: Math.round(10 ** (2 + random() * 4)),
      moq: Math.round(10 ** (1 + random() * 2.5)),
      leadTimeDays: 7 + Math.floor(random() * 80),
      languages: chinese ? (random() < 0.7 ? ['zh', 'en'] : ['zh']) : undefined,
    });
  });

  const asOf = new Date(`${options.asOf ?? '2026-11-22'}T00:00:00Z`);
  const buyers = Array.from({ length: options.buyers }, (_, i) => {
    // Buyers follow the suppliers' skew: the same industry and product weights.
    const index = pickIndex(INDUSTRY_TABLE);
    const industry = INDUSTRIES[index]!;
    const country = BUYER_COUNTRIES[pickIndex(BUYER_COUNTRY_TABLE)]![0];
    const wanted = products(index, 3);
    const wants = wanted.map(([code]) => (random() < 0.25 ? code.slice(0, 4) : code));
    const has = (cert: string) => industry.certificates.some(([c]) => c === cert);
    const required: string[] = [];
    if (random() < 0.35) required.push('ISO9001');
    if (EU_BUYERS.has(country) && has('CE') && random() < 0.5) required.push('CE');
    if (HALAL_MARKETS.has(country) && has('HALAL') && random() < 0.6) required.push('HALAL');
    if (country === 'US' && (industry.key === 'food' || industry.key === 'biomedicine') && random() < 0.4) required.push('FDA');
    if (industry.key === 'vehicles' && random() < 0.3) required.push('IATF16949');
    const preferred = industry.certificates.filter(([c, p]) => !required.includes(c) && random() < p * 0.6).map(([c]) => c);
    const originRoll = random();
    const deadline = new Date(asOf.getTime() + (20 + Math.floor(random() * 160)) * 86_400_000).toISOString().slice(0, 10);
    return clean({
      id: `B${String(i + 1).padStart(5, '0')}`,
      name: `${country} ${titleCase(industry.name.split(/,| and /)[0]!)} Buyer ${i + 1}`,
      country,
      wants,
      capabilities: profileVector(index),
      keywords: wanted.slice(0, 2).map(([, en]) => en),
      requiredCertifications: required.length ? required : undefined,
      preferredCertifications: preferred.length ? preferred : undefined,
      minTier: random() < 0.08 ? 'srdi' : undefined,
      origins: originRoll < 0.2 ? { include: ['CN'] } : originRoll < 0.3 ? { include: ['RCEP'] } : originRoll < 0.35 ? { exclude: ['RU'] } : undefined,
      volume: Math.round(10 ** (1.5 + random() * 3)),
      deadline,
      hard: random() < 0.2 ? ['moq'] : random() < 0.1 ? ['deadline'] : undefined,
    });
  });
  return { suppliers, buyers };
}

function titleCase(s: string): string {
  return s.replace(/(^|[\s-])\p{Ll}/gu, (m) => m.toUpperCase());
}

function clean<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}
