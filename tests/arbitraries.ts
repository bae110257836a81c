/** fast-check generators of raw (unparsed) supplier and buyer records over small, valid vocabularies. */
import fc from 'fast-check';
import { TIERS } from '../src/model/types.js';

export const HS_CODES = [
  '85',
  '8501',
  '850110',
  '850152',
  '8504',
  '850440',
  '850450',
  '8471',
  '847130',
  '851713',
  '84',
  '8408',
  '840810',
  '30',
  '3004',
  '300490',
  '09',
  '0901',
  '090111',
  '61',
  '6109',
  '610910',
  '94',
  '9403',
  '940360',
  '8516',
  '851660',
];
export const ISIC_CODES = [
  '26',
  '261',
  '2610',
  '2630',
  '27',
  '2710',
  '28',
  '21',
  '2100',
  '10',
  '1079',
  '31',
  '3100',
  '14',
  '1410',
];
export const COUNTRIES = ['CN', 'DE', 'VN', 'US', 'BR', 'FR', 'JP', 'KE', 'SA', 'SE', 'IN', 'MX'];
export const PLACES = [...COUNTRIES, 'RCEP', 'EU', 'ASEAN', 'USMCA', '142', '150', '019', '002'];
export const CERTS = ['ISO9001', 'CE', 'FDA', 'ISO14001', 'UL', 'HALAL'];
export const KEYWORDS = [
  'motor',
  'motors',
  'electric motor',
  'transformer',
  'coffee',
  'furniture',
  '电机',
  'sensor',
  'sensors',
  'laptop',
  'cotton t-shirt',
  '变压器',
  '咖啡',
  '家具',
  '笔记本电脑',
];

/** A small concept table for tests (what `hsConcepts` does for real): keywords → HS headings. */
const TOY_CONCEPTS: Record<string, string[]> = {
  motor: ['8501'],
  motors: ['8501'],
  'electric motor': ['8501'],
  电机: ['8501'],
  transformer: ['8504'],
  变压器: ['8504'],
  coffee: ['0901'],
  咖啡: ['0901'],
  furniture: ['9403', '9401'],
  家具: ['9403'],
  laptop: ['8471'],
  笔记本电脑: ['8471'],
};
export const toyConcepts = (keyword: string): readonly string[] =>
  Object.hasOwn(TOY_CONCEPTS, keyword) ? TOY_CONCEPTS[keyword]! : [];
export const LANGS = ['en', 'zh', 'de', 'fr', 'es', 'pt', 'ja', 'ar', 'vi', 'sv'];
export const ZONES = [
  'Asia/Shanghai',
  'Europe/Berlin',
  'America/New_York',
  'Asia/Tokyo',
  'America/Sao_Paulo',
  'Africa/Nairobi',
];
export const DIM = 4;

const sub = <T>(values: readonly T[], max = 3) =>
  fc.uniqueArray(fc.constantFrom(...values), { minLength: 0, maxLength: max });
const sub1 = <T>(values: readonly T[], max = 3) =>
  fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: max });
const vector = fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: DIM, maxLength: DIM });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });

/** Codes inferred from words, as `inferCodes` writes them. */
const inferred = (max = 2) =>
  fc
    .uniqueArray(fc.constantFrom(...HS_CODES), { minLength: 1, maxLength: max })
    .map((codes) => codes.map((code) => ({ code, from: `words for ${code}` })));

/** Drops undefined fields, as a JSON record would not have them. */
function clean<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

export const rawSupplier = (id: string) =>
  fc
    .record({
      country: fc.constantFrom(...COUNTRIES),
      // Some suppliers name only activities (ISIC) or only words (inferred codes).
      products: fc.oneof({ arbitrary: sub1(HS_CODES, 4), weight: 4 }, { arbitrary: fc.constant([]), weight: 1 }),
      inferredProducts: fc.option(inferred(), { nil: undefined, freq: 5 }),
      activities: maybe(sub(ISIC_CODES)),
      capabilities: maybe(vector),
      keywords: maybe(sub(KEYWORDS)),
      certifications: maybe(sub(CERTS)),
      tier: maybe(fc.constantFrom(...TIERS)),
      patents: maybe(fc.integer({ min: 0, max: 30 })),
      languages: maybe(sub1(LANGS, 2)),
      exportMarkets: maybe(sub(COUNTRIES)),
      targetMarkets: maybe(sub(PLACES)),
      capacity: maybe(fc.integer({ min: 1, max: 100_000 })),
      moq: maybe(fc.integer({ min: 0, max: 5_000 })),
      leadTimeDays: maybe(fc.integer({ min: 0, max: 120 })),
      timezone: maybe(fc.constantFrom(...ZONES)),
    })
    .map((r) => {
      const s = clean({ id, name: `Supplier ${id}`, ...r });
      // A supplier needs some code; give one that names nothing else a declared product.
      return s.products.length || s.activities?.length || s.inferredProducts?.length ? s : { ...s, products: ['8504'] };
    });

export const rawBuyer = (id: string) =>
  fc
    .record({
      country: fc.constantFrom(...COUNTRIES),
      wants: fc.oneof({ arbitrary: sub1(HS_CODES, 3), weight: 5 }, { arbitrary: fc.constant([]), weight: 1 }),
      inferredWants: fc.option(inferred(), { nil: undefined, freq: 5 }),
      activities: maybe(sub(ISIC_CODES, 2)),
      capabilities: maybe(vector),
      keywords: maybe(sub(KEYWORDS)),
      requiredCertifications: maybe(sub(CERTS, 1)),
      preferredCertifications: maybe(sub(CERTS, 2)),
      minTier: maybe(fc.constantFrom(...TIERS)),
      origins: maybe(
        fc.record({ include: maybe(sub(PLACES, 2)), exclude: maybe(sub(['KE', 'US', 'EU', '019'], 1)) }).map(clean),
      ),
      volume: maybe(fc.integer({ min: 1, max: 50_000 })),
      deadline: maybe(fc.constantFrom('2026-12-01', '2027-01-15', '2027-03-31', '2026-11-30')),
      languages: maybe(sub1(LANGS, 2)),
      timezone: maybe(fc.constantFrom(...ZONES)),
      hard: maybe(sub(['moq', 'capacity', 'deadline'] as const)),
    })
    .map((r) => {
      const b = clean({ id, name: `Buyer ${id}`, ...r });
      // A buyer with no declared wants has inferred ones.
      if (b.wants.length === 0 && !b.inferredWants?.length)
        b.inferredWants = [{ code: '850440', from: 'power supplies' }];
      // Keep include and exclude disjoint (the parser rejects overlaps).
      if (b.origins?.include && b.origins.exclude) {
        const ex = new Set(b.origins.exclude);
        b.origins = { ...b.origins, include: b.origins.include.filter((p) => !ex.has(p)) };
      }
      return b;
    });

/** 1–`max` suppliers with distinct ids. */
export const rawSuppliers = (max = 25) =>
  fc
    .integer({ min: 1, max })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => rawSupplier(`S${String(i).padStart(3, '0')}`))));

export const rawBuyers = (max = 4) =>
  fc.integer({ min: 1, max }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => rawBuyer(`B${i}`))));

export const ASOF = '2026-11-22';
