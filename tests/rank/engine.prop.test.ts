/** Invariants 1–7 of the design, as properties over generated fairs. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Buyer,
  COMPONENTS,
  createEngine,
  type Match,
  parseBuyers,
  parseSuppliers,
  type Supplier,
} from '../../src/index.js';
import { ASOF, COUNTRIES, rawBuyers, rawSuppliers, toyConcepts } from '../arbitraries.js';

const RUNS = { numRuns: 200 };
const fair = fc.record({ suppliers: rawSuppliers(), buyers: rawBuyers() }).map(({ suppliers, buyers }) => ({
  suppliers: parseSuppliers(suppliers),
  buyers: parseBuyers(buyers),
}));

const sameMatch = (a: Match, b: Match) => {
  expect(Object.is(a.score, b.score)).toBe(true);
  for (const c of COMPONENTS) expect(Object.is(a.components[c], b.components[c])).toBe(true);
  expect(a).toStrictEqual(b);
};

describe('engine invariants', () => {
  it('1: every score and component is finite and in [0, 1], or null', () => {
    fc.assert(
      fc.property(fair, ({ suppliers, buyers }) => {
        const engine = createEngine(suppliers, { asOf: ASOF });
        for (const b of buyers) {
          for (const s of suppliers) {
            const m = engine.score(b, s.id);
            expect(Number.isFinite(m.score) && m.score >= 0 && m.score <= 1).toBe(true);
            for (const c of COMPONENTS) {
              const v = m.components[c];
              expect(v === null || (Number.isFinite(v) && v >= 0 && v <= 1)).toBe(true);
            }
            expect(m.components.industry).not.toBeNull();
            expect(m.components.region).not.toBeNull();
          }
        }
      }),
      RUNS,
    );
  });

  it('2: same input, same output; shuffling suppliers changes nothing; ties break by id', () => {
    fc.assert(
      fc.property(fair, fc.integer(), ({ suppliers, buyers }, seed) => {
        const shuffled = fc.sample(fc.shuffledSubarray(suppliers, { minLength: suppliers.length }), {
          numRuns: 1,
          seed,
        })[0]!;
        const a = createEngine(suppliers, { asOf: ASOF });
        const b = createEngine(shuffled, { asOf: ASOF });
        for (const buyer of buyers) {
          const ranked = a.rank(buyer);
          expect(b.rank(buyer)).toStrictEqual(ranked);
          expect(a.rank(buyer)).toStrictEqual(ranked);
          for (let i = 1; i < ranked.length; i++) {
            const [p, q] = [ranked[i - 1]!, ranked[i]!];
            expect(p.score > q.score || (p.score === q.score && p.supplierId < q.supplierId)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('3: rank(b, {limit: k}) is the first k of rank(b)', () => {
    fc.assert(
      fc.property(fair, fc.integer({ min: 1, max: 30 }), ({ suppliers, buyers }, k) => {
        const engine = createEngine(suppliers, { asOf: ASOF });
        for (const b of buyers) expect(engine.rank(b, { limit: k })).toStrictEqual(engine.rank(b).slice(0, k));
      }),
      RUNS,
    );
  });

  it('4: rankAll equals rank per buyer and each match score() to the last bit; pruning loses nothing', () => {
    fc.assert(
      fc.property(fair, fc.boolean(), ({ suppliers, buyers }, concepts) => {
        const engine = createEngine(suppliers, { asOf: ASOF, ...(concepts && { keywordConcepts: toyConcepts }) });
        const all = engine.rankAll(buyers);
        expect([...all.keys()]).toStrictEqual(buyers.map((b) => b.id));
        for (const b of buyers) {
          const ranked = engine.rank(b);
          expect(all.get(b.id)).toStrictEqual(ranked);
          for (const m of ranked) sameMatch(m, engine.score(b, m.supplierId));
          // Reference path: score every pair, keep the eligible ones, sort.
          const reference = suppliers
            .map((s) => engine.score(b, s.id))
            .filter((m) => m.excluded.length === 0)
            .sort((x, y) => y.score - x.score || (x.supplierId < y.supplierId ? -1 : 1));
          expect(ranked).toStrictEqual(reference);
        }
      }),
      RUNS,
    );
  });

  it('4: rankBuyers agrees with score() for every returned pair', () => {
    fc.assert(
      fc.property(fair, ({ suppliers, buyers }) => {
        const engine = createEngine(suppliers, { asOf: ASOF });
        for (const s of suppliers) {
          const ranked = engine.rankBuyers(s.id, buyers);
          for (const m of ranked) sameMatch(m, engine.score(buyers.find((b) => b.id === m.buyerId)!, s.id));
          const eligible = buyers.filter((b) => engine.score(b, s.id).excluded.length === 0).map((b) => b.id);
          expect(ranked.map((m) => m.buyerId).sort()).toStrictEqual(eligible.sort());
        }
      }),
      RUNS,
    );
  });

  it('5: no returned match violates a hard constraint; excluded pairs say why', () => {
    fc.assert(
      fc.property(fair, ({ suppliers, buyers }) => {
        const engine = createEngine(suppliers, { asOf: ASOF });
        const byId = new Map(suppliers.map((s) => [s.id, s]));
        for (const b of buyers) {
          const ranked = engine.rank(b);
          const returned = new Set(ranked.map((m) => m.supplierId));
          for (const m of ranked) {
            const s = byId.get(m.supplierId)!;
            expect(m.excluded).toStrictEqual([]);
            for (const cert of b.requiredCertifications ?? []) expect(s.certifications ?? []).toContain(cert);
            expect(b.origins?.exclude ?? []).not.toContain(s.country);
            if (b.minTier) expect(s.tier).toBeDefined();
            expect(m.components.industry).not.toBe(0);
          }
          for (const s of suppliers) {
            if (returned.has(s.id)) continue;
            const m = engine.score(b, s.id);
            expect(m.excluded.length).toBeGreaterThan(0);
            expect(m.reasons.length).toBeGreaterThanOrEqual(m.excluded.length);
          }
        }
      }),
      RUNS,
    );
  });

  it('6: adding the wanted code, a preferred certificate or the buyer as export market never lowers the score', () => {
    const withExtra = (s: Supplier, b: Buyer, kind: number): Supplier => {
      if (kind === 0)
        return { ...s, products: [...new Set([...(s.products ?? []), b.wants[0] ?? b.inferredWants![0]!.code])] };
      if (kind === 1 && b.preferredCertifications?.length) {
        return { ...s, certifications: [...new Set([...(s.certifications ?? []), b.preferredCertifications[0]!])] };
      }
      return { ...s, exportMarkets: [...new Set([...(s.exportMarkets ?? []), b.country])] };
    };
    fc.assert(
      fc.property(fair, fc.integer({ min: 0, max: 2 }), ({ suppliers, buyers }, kind) => {
        const before = createEngine(suppliers, { asOf: ASOF });
        for (const b of buyers) {
          const target = suppliers[0]!;
          const after = createEngine([withExtra(target, b, kind), ...suppliers.slice(1)], { asOf: ASOF });
          expect(after.score(b, target.id).score).toBeGreaterThanOrEqual(before.score(b, target.id).score);
        }
      }),
      RUNS,
    );
  });

  it('7: a component with weight 0 cannot change any ranking', () => {
    // Changes that feed one component only (hard constraints left as they are).
    const perturb: Record<string, (s: Supplier, r: number) => Supplier> = {
      capability: (s, r) => ({ ...s, capabilities: [r, 1 - r, r * r, 0.5] }),
      text: (s, r) => ({ ...s, keywords: r > 0.5 ? ['sensor', 'coffee'] : ['motor'] }),
      credentials: (s, r) => ({ ...s, patents: Math.floor(r * 20) }),
      region: (s, r) => ({
        ...s,
        languages: [r > 0.5 ? 'en' : 'sw'],
        exportMarkets: [COUNTRIES[Math.min(COUNTRIES.length - 1, Math.floor(r * COUNTRIES.length))]!],
        timezone: r > 0.5 ? 'Pacific/Auckland' : 'Europe/Paris',
      }),
      capacity: (s, r) => ({ ...s, capacity: Math.floor(r * 1000) + 1 }),
      timing: (s, r) => ({ ...s, leadTimeDays: Math.floor(r * 200) }),
      industry: (s, r) => ({ ...s, products: [r > 0.5 ? '0901' : '940360'] }),
    };
    fc.assert(
      fc.property(
        fair,
        fc.constantFrom(...Object.keys(perturb)),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ({ suppliers, buyers }, component, r) => {
          const options = { asOf: ASOF, weights: { [component]: 0 } };
          const soft = buyers.map((b) => ({ ...b, hard: [] }));
          const a = createEngine(suppliers, options);
          const b = createEngine(
            suppliers.map((s, i) => (i % 2 === 0 ? perturb[component]!(s, r) : s)),
            options,
          );
          for (const buyer of soft) {
            const ranking = (e: typeof a) => e.rank(buyer).map((m) => [m.supplierId, m.score]);
            expect(ranking(b)).toStrictEqual(ranking(a));
          }
        },
      ),
      RUNS,
    );
  });
});
