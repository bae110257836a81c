/**
 * Seeded generator of a realistic synthetic fair: Chinese SMEs with SRDI tiers and partner-
 * country exhibitors over the fair's industries (skewed), foreign buyers with certificates,
 * origin rules, volumes and deadlines. Same seed, same fair. Used by the demo and benchmarks.
 */
import { BUYER_COUNTRIES, CHINESE_CITIES, INDUSTRIES, SUPPLIER_COUNTRIES, type Industry } from './industries.js';

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
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateFair(options: FairOptions): { suppliers: Record<string, unknown>[]; buyers: Record<string, unknown>[] } {
  const random = rng(options.seed ?? 20261122);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const weighted = <T>(items: readonly [T, number][]): T => {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = random() * total;
    for (const [item, w] of items) if ((r -= w) < 0) return item;
    return items[items.length - 1]![0];
  };
  const industries: [Industry, number][] = INDUSTRIES.map((i) => [i, i.share]);
  const some = <T>(items: readonly T[], max: number): T[] => {
    const n = 1 + Math.floor(random() * max);
    return [...new Set(Array.from({ length: n }, () => pick(items)))];
  };
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const profileVector = (industry: Industry) => {
    // Industries have characteristic capability profiles; firms vary around them.
    const base = INDUSTRIES.indexOf(industry);
    return Array.from({ length: CAPABILITY_DIMENSIONS }, (_, d) => round(Math.min(1, Math.max(0, 0.5 + 0.3 * Math.sin(base * 1.7 + d) + (random() - 0.5) * 0.5))));
  };

  const suppliers = Array.from({ length: options.suppliers }, (_, i) => {
    const industry = weighted(industries);
    const country = weighted(SUPPLIER_COUNTRIES);
    const products = some(industry.products, 3);
    const chinese = country === 'CN';
    const tierRoll = random();
    const tier = !chinese ? undefined : tierRoll < 0.3 ? 'innovative' : tierRoll < 0.55 ? 'srdi' : tierRoll < 0.63 ? 'little-giant' : tierRoll < 0.65 ? 'single-champion' : undefined;
    const certifications = industry.certificates.filter(([, p]) => random() < p).map(([c]) => c);
    const exportMarkets = random() < 0.6 ? some(BUYER_COUNTRIES.map(([c]) => c), 5) : undefined;
    const city = chinese ? pick(CHINESE_CITIES) : country;
    const main = products[0]!;
    return clean({
      id: `S${String(i + 1).padStart(6, '0')}`,
      name: `${city} ${titleCase(main[1])} ${pick(['Co., Ltd.', 'Technology Co.', 'Industrial Co.', 'Group', 'Manufacturing'])}`,
      country,
      products: products.map(([code]) => (random() < 0.15 ? code.slice(0, 4) : code)),
      capabilities: profileVector(industry),
      keywords: [...products.map(([, en]) => en), ...(chinese ? products.slice(0, 1).map(([, , zh]) => zh) : [])],
      certifications,
      tier,
      patents: tier ? Math.floor(random() * (tier === 'innovative' ? 8 : 40)) : random() < 0.3 ? Math.floor(random() * 10) : undefined,
      exportMarkets,
      targetMarkets: random() < 0.4 ? some(['EU', 'ASEAN', 'GCC', 'USMCA', 'MERCOSUR', 'AFCFTA', 'RCEP', '019', '150'], 2) : undefined,
      capacity: Math.round(10 ** (2 + random() * 4)),
      moq: Math.round(10 ** (1 + random() * 2.5)),
      leadTimeDays: 7 + Math.floor(random() * 80),
      languages: chinese ? (random() < 0.7 ? ['zh', 'en'] : ['zh']) : undefined,
    });
  });

  const asOf = new Date(`${options.asOf ?? '2026-11-22'}T00:00:00Z`);
  const buyers = Array.from({ length: options.buyers }, (_, i) => {
    const industry = weighted(industries);
    const country = weighted(BUYER_COUNTRIES);
    const wants = some(industry.products, 3).map(([code]) => (random() < 0.25 ? code.slice(0, 4) : code));
    const eu = ['DE', 'FR', 'IT', 'ES', 'NL', 'PL', 'SE'].includes(country);
    const required: string[] = [];
    if (random() < 0.35) required.push('ISO9001');
    if (eu && industry.certificates.some(([c]) => c === 'CE') && random() < 0.5) required.push('CE');
    if (['AE', 'SA', 'MY', 'ID', 'PK', 'EG'].includes(country) && industry.key === 'food' && random() < 0.6) required.push('HALAL');
    const preferred = industry.certificates.filter(([c, p]) => !required.includes(c) && random() < p * 0.6).map(([c]) => c);
    const originRoll = random();
    const deadline = new Date(asOf.getTime() + (20 + Math.floor(random() * 160)) * 86_400_000).toISOString().slice(0, 10);
    return clean({
      id: `B${String(i + 1).padStart(5, '0')}`,
      name: `${country} ${titleCase(industry.name.split(' ')[0]!)} Buyer ${i + 1}`,
      country,
      wants,
      capabilities: profileVector(industry),
      keywords: some(industry.products, 2).map(([, en]) => en),
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
