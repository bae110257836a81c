/**
 * Exactness of both sides at scale: the exhibitor's view over compiled buyers, every
 * exhibitor at once, meeting candidates pruned on the mutual score, and diversity by group —
 * each against a reference that scores every pair with `engine.score`, with random weights,
 * gates, `minScore`, `maxPerCountry` and `maxPerGroup`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Buyer,
  COMPONENTS,
  createEngine,
  type EngineOptions,
  type Match,
  parseBuyers,
  parseSuppliers,
  type RankOptions,
} from '../../src/index.js';
import type { MatchEngine } from '../../src/rank/engine.js';
import { IndustryMemo } from '../../src/score/kernel/industry-memo.js';
import { mutualPairBound, PairBound, supplierSideBound } from '../../src/score/kernel/mutual-bound.js';
import { PairScores, scorePair } from '../../src/score/kernel/score-pair.js';
import { buildKernel } from '../../src/score/kernel/setup.js';
import { SupplierSideRow } from '../../src/score/kernel/supplier-side-row.js';
import { resolveWeights } from '../../src/score/weights.js';
import { INDUSTRY_LEVELS } from '../../src/taxonomy/similarity.js';
import { ASOF, rawBuyers, rawSuppliers } from '../arbitraries.js';

const RUNS = { numRuns: 200 };
const GROUPS = [undefined, 'G1', 'G2', 'G3'] as const;
const groups = fc.array(fc.constantFrom(...GROUPS), { minLength: 40, maxLength: 40 });
const withGroups = <T extends object>(records: readonly T[], g: readonly (string | undefined)[]) =>
  records.map((r, i) => (g[i] === undefined ? r : { ...r, group: g[i] }));

const weights = fc.option(
  fc.record(
    Object.fromEntries(
      COMPONENTS.map((c) => [c, fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1, noNaN: true }))]),
    ),
  ),
  { nil: undefined },
);
const engineOptions = fc.record({
  weights,
  requireIndustryOverlap: fc.boolean(),
  minIndustryLevel: fc.constantFrom(...INDUSTRY_LEVELS),
});
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const rankOptions = fc
  .record({
    limit: maybe(fc.integer({ min: 1, max: 6 })),
    minScore: maybe(fc.constantFrom(0, 0.3, 0.5, 0.6)),
    maxPerCountry: maybe(fc.integer({ min: 1, max: 2 })),
    maxPerGroup: maybe(fc.integer({ min: 1, max: 2 })),
  })
  .map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as RankOptions);

const fair = (suppliers: number, buyers: number) =>
  fc
    .record({
      suppliers: rawSuppliers(suppliers),
      buyers: rawBuyers(buyers),
      sg: groups,
      bg: groups,
      options: engineOptions,
    })
    .map(({ suppliers, buyers, sg, bg, options }) => ({
      suppliers: parseSuppliers(withGroups(suppliers, sg)),
      buyers: parseBuyers(withGroups(buyers, bg)),
      options: {
        asOf: ASOF,
        ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
      } as EngineOptions,
    }));

/** Greedy caps in ranking order, then the limit: what every ranking must return. */
function capped<T>(sorted: T[], o: RankOptions, country: (x: T) => string, group: (x: T) => string | undefined): T[] {
  const perCountry = new Map<string, number>();
  const perGroup = new Map<string, number>();
  const out: T[] = [];
  for (const x of sorted) {
    if (out.length === (o.limit ?? Infinity)) break;
    const c = country(x);
    const g = group(x);
    if ((perCountry.get(c) ?? 0) >= (o.maxPerCountry ?? Infinity)) continue;
    if (g !== undefined && (perGroup.get(g) ?? 0) >= (o.maxPerGroup ?? Infinity)) continue;
    perCountry.set(c, (perCountry.get(c) ?? 0) + 1);
    if (g !== undefined) perGroup.set(g, (perGroup.get(g) ?? 0) + 1);
    out.push(x);
  }
  return out;
}

const byMutualThenBuyer = (x: Match, y: Match) => y.mutual.score - x.mutual.score || (x.buyerId < y.buyerId ? -1 : 1);
const byScoreThenSupplier = (x: Match, y: Match) => y.score - x.score || (x.supplierId < y.supplierId ? -1 : 1);
const numbers = (ms: readonly Match[]) =>
  ms.map((m) => [m.buyerId, m.supplierId, m.score, m.mutual.score, m.mutual.supplierSide, m.components, m.excluded]);

/** The exhibitor's list by scoring every buyer. */
function referenceBuyers(engine: MatchEngine, supplierId: string, buyers: readonly Buyer[], o: RankOptions): Match[] {
  const eligible = buyers
    .map((b) => engine.score(b, supplierId))
    .filter((m) => m.excluded.length === 0 && m.mutual.score >= (o.minScore ?? 0));
  const byId = new Map(buyers.map((b) => [b.id, b]));
  return capped(
    eligible.sort(byMutualThenBuyer),
    o,
    (m) => byId.get(m.buyerId)!.country,
    (m) => byId.get(m.buyerId)!.group,
  );
}

describe('the exhibitor view', () => {
  it('pool.rankBuyers, engine.rankBuyers, rankAllSuppliers equal scoring every buyer (caps, minScore, weights)', () => {
    fc.assert(
      fc.property(fair(12, 24), rankOptions, ({ suppliers, buyers, options }, o) => {
        const engine = createEngine(suppliers, options);
        const pool = engine.buyers(buyers);
        expect(pool.size).toBe(buyers.length);
        const progress: number[] = [];
        const all = engine.rankAllSuppliers(buyers, { ...o, onProgress: (done, total) => progress.push(done / total) });
        expect([...all.keys()]).toStrictEqual(suppliers.map((s) => s.id).sort());
        expect(progress.at(-1)).toBe(1);
        for (const s of suppliers) {
          const expected = numbers(referenceBuyers(engine, s.id, buyers, o));
          expect(numbers(pool.rankBuyers(s.id, o))).toStrictEqual(expected);
          expect(numbers(engine.rankBuyers(s.id, buyers, o))).toStrictEqual(expected);
          expect(numbers(all.get(s.id)!)).toStrictEqual(expected);
        }
      }),
      RUNS,
    );
  }, 300_000); // 200 fairs, each scored pair by pair three ways: over a minute on a busy machine

  it('suppliers with the same codes (sharing each buyer industry) rank as when scored one by one', () => {
    // Three sets of codes among twelve suppliers: rankAllSuppliers walks each set's rows together.
    const sharedCodes = fc
      .record({ suppliers: rawSuppliers(12), buyers: rawBuyers(24), options: engineOptions })
      .map(({ suppliers, buyers, options }) => ({
        suppliers: parseSuppliers(
          suppliers.map((s, i) => {
            const { products, activities, inferredProducts } = suppliers[i % 3]!;
            return { ...s, products, activities, inferredProducts };
          }),
        ),
        buyers: parseBuyers(buyers),
        options: {
          asOf: ASOF,
          ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
        } as EngineOptions,
      }));
    fc.assert(
      fc.property(sharedCodes, rankOptions, ({ suppliers, buyers, options }, o) => {
        const engine = createEngine(suppliers, options);
        const all = engine.rankAllSuppliers(buyers, o);
        const pool = engine.buyers(buyers);
        // The exhibitor view in an order that changes the codes from one call to the next.
        for (const s of [...suppliers].reverse()) {
          const expected = numbers(referenceBuyers(engine, s.id, buyers, o));
          expect(numbers(all.get(s.id)!)).toStrictEqual(expected);
          expect(numbers(pool.rankBuyers(s.id, o))).toStrictEqual(expected);
        }
      }),
      RUNS,
    );
  }, 300_000);

  it('the mutual bound (and the supplier side by country) is never below the score; -1 only for gated pairs', () => {
    fc.assert(
      fc.property(fair(20, 4), ({ suppliers, buyers, options }) => {
        const kernel = buildKernel(suppliers, {
          weights: resolveWeights(options.weights),
          requireIndustryOverlap: options.requireIndustryOverlap ?? true,
          minIndustryLevel: options.minIndustryLevel ?? 'chapter',
          asOf: new Date(`${ASOF}T00:00:00Z`),
        });
        const { context: ctx, table } = kernel;
        const out = new PairScores();
        const sideRow = new SupplierSideRow(ctx);
        for (const buyer of buyers) {
          const b = kernel.compile(buyer);
          for (let i = 0; i < table.size; i++) {
            sideRow.select(i);
            const r = scorePair(ctx, b, i, out);
            const { mutual, supplierSide, excluded } = r;
            const industry = r.components[0]!;
            const boundWith = (floor: number, memo: IndustryMemo | null, row: SupplierSideRow | null = null) => {
              const pair = new PairBound();
              pair.floor = floor;
              const reaches = mutualPairBound(ctx, b, i, pair, memo, 0, row);
              expect(reaches).toBe(pair.value !== -1 && pair.value >= floor);
              return pair.value;
            };
            // Without a memo, with one computing the industry, then with the industry memoized.
            const memo = new IndustryMemo(1);
            memo.select(i);
            const bounds = [boundWith(-Infinity, null), boundWith(-Infinity, memo), boundWith(-Infinity, memo)];
            // The walk's way: the supplier's side by buyer country.
            bounds.push(boundWith(-Infinity, null, sideRow), boundWith(-Infinity, memo, sideRow));
            for (const bound of bounds) {
              if (bound === -1) expect(excluded & 8).toBe(8);
              else expect(bound).toBeGreaterThanOrEqual(mutual - 1e-12);
            }
            // With a floor it may stop early, and stays a bound.
            for (const early of [boundWith(mutual + 0.05, null), boundWith(mutual + 0.05, memo, sideRow)])
              if (early !== -1) expect(early).toBeGreaterThanOrEqual(mutual - 1e-12);
            expect(supplierSideBound(ctx, b, i, 1)).toBeGreaterThanOrEqual(supplierSide - 1e-12);
            expect(supplierSideBound(ctx, b, i, industry)).toBe(supplierSide);
            // The walk's supplier side by buyer country: the kernel's, but for the last bits.
            if (!Number.isNaN(industry))
              expect(sideRow.side(industry, b.country, b.volume)).toBeCloseTo(supplierSide, 12);
          }
        }
      }),
      RUNS,
    );
  });
});

describe('meeting candidates', () => {
  it('equal scoring every pair by mutual score: best perBuyer per buyer, then perSupplier per supplier', () => {
    fc.assert(
      fc.property(
        fair(30, 6),
        fc.integer({ min: 1, max: 5 }),
        maybe(fc.integer({ min: 1, max: 3 })),
        maybe(fc.constantFrom(0.2, 0.4, 0.6)),
        ({ suppliers, buyers, options }, perBuyer, perSupplier, minScore) => {
          const engine = createEngine(suppliers, options);
          const opts = { perBuyer, ...(perSupplier && { perSupplier }), ...(minScore !== undefined && { minScore }) };
          const pairs = buyers.flatMap((b) =>
            suppliers
              .map((s) => engine.score(b, s.id))
              .filter((m) => m.excluded.length === 0 && m.mutual.score > 0 && m.mutual.score >= (minScore ?? 0))
              .sort((x, y) => y.mutual.score - x.mutual.score || (x.supplierId < y.supplierId ? -1 : 1))
              .slice(0, perBuyer),
          );
          const key = (m: Match) => `${m.supplierId}\u0000${m.buyerId}`;
          pairs.sort((x, y) => y.mutual.score - x.mutual.score || (key(x) < key(y) ? -1 : 1));
          const perS = new Map<string, number>();
          const expected = pairs
            .filter((m) => {
              const n = perS.get(m.supplierId) ?? 0;
              perS.set(m.supplierId, n + 1);
              return n < (perSupplier ?? Infinity);
            })
            .map((m) => ({
              buyerId: m.buyerId,
              supplierId: m.supplierId,
              score: m.mutual.score,
              buyerSide: m.score,
              supplierSide: m.mutual.supplierSide,
            }));
          expect(engine.meetingCandidates(buyers, opts)).toStrictEqual(expected);
        },
      ),
      RUNS,
    );
  });
});

describe('diversity by group', () => {
  it('rank with maxPerGroup / maxPerCountry (one or both) equals scoring all and capping greedily', () => {
    fc.assert(
      fc.property(fair(40, 3), rankOptions, ({ suppliers, buyers, options }, o) => {
        const engine = createEngine(suppliers, options);
        const byId = new Map(suppliers.map((s) => [s.id, s]));
        const ranked = engine.rankAll(buyers, o);
        for (const b of buyers) {
          const eligible = suppliers
            .map((s) => engine.score(b, s.id))
            .filter((m) => m.excluded.length === 0 && m.score >= (o.minScore ?? 0));
          const expected = capped(
            eligible.sort(byScoreThenSupplier),
            o,
            (m) => byId.get(m.supplierId)!.country,
            (m) => byId.get(m.supplierId)!.group,
          );
          expect(numbers(ranked.get(b.id)!)).toStrictEqual(numbers(expected));
          // The first k of the capped list is the capped list with limit k.
          if (o.limit === undefined && expected.length > 1)
            expect(numbers(engine.rank(b, { ...o, limit: 1 }))).toStrictEqual(numbers(expected.slice(0, 1)));
        }
      }),
      RUNS,
    );
  });

  it('a group is a validated profile field: trimmed, and blank means none', () => {
    const [s] = parseSuppliers([{ id: 'S1', name: 'A', country: 'CN', products: ['8504'], group: '  Midea Group ' }]);
    expect(s!.group).toBe('Midea Group');
    const [b] = parseBuyers([{ id: 'B1', name: 'B', country: 'DE', wants: ['8504'], group: '' }]);
    expect(b!.group).toBeUndefined();
    expect(() => parseSuppliers([{ id: 'S1', name: 'A', country: 'CN', products: ['8504'], group: 7 }])).toThrow(
      /group/,
    );
  });
});
