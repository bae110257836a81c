/** Mutual scoring: both sides must gain; rankBuyers and meeting candidates order by it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine, parseBuyers, parseSuppliers } from '../../src/index.js';
import { mutualScore } from '../../src/score/supplier-side.js';
import { ASOF, rawBuyers, rawSuppliers } from '../arbitraries.js';

const RUNS = { numRuns: 200 };
const fair = fc.record({ suppliers: rawSuppliers(15), buyers: rawBuyers(6) }).map(({ suppliers, buyers }) => ({
  suppliers: parseSuppliers(suppliers),
  buyers: parseBuyers(buyers),
}));

describe('mutual score', () => {
  it('lies between the two sides, is symmetric, and is 0 when either side is 0', () => {
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(unit, unit, (a, b) => {
        const m = mutualScore(a, b);
        expect(m).toBeGreaterThanOrEqual(Math.min(a, b) - 1e-12);
        expect(m).toBeLessThanOrEqual(Math.max(a, b) + 1e-12);
        expect(m).toBe(mutualScore(b, a));
      }),
      RUNS,
    );
    // Zero on either side, every run (a random double is rarely exactly 0).
    fc.assert(
      fc.property(unit, (a) => {
        expect(mutualScore(a, 0)).toBe(0);
        expect(mutualScore(0, a)).toBe(0);
      }),
      RUNS,
    );
  });

  it('rankBuyers orders eligible buyers by mutual score, ties by id, and matches score()', () => {
    fc.assert(
      fc.property(fair, ({ suppliers, buyers }) => {
        const engine = createEngine(suppliers, { asOf: ASOF });
        for (const s of suppliers) {
          const ranked = engine.rankBuyers(s.id, buyers);
          for (let i = 1; i < ranked.length; i++) {
            const [p, q] = [ranked[i - 1]!.mutual.score, ranked[i]!.mutual.score];
            expect(p > q || (p === q && ranked[i - 1]!.buyerId < ranked[i]!.buyerId)).toBe(true);
          }
          for (const m of ranked) {
            expect(m.mutual.score).toBeGreaterThanOrEqual(0);
            expect(m.mutual.score).toBeLessThanOrEqual(1);
            // The same Match as score() gives for that pair, to the last bit.
            expect(m).toStrictEqual(engine.score(buyers.find((b) => b.id === m.buyerId)!, s.id));
          }
          // Exactly the eligible buyers, from scoring every pair with score().
          const eligible = buyers.map((b) => engine.score(b, s.id)).filter((m) => m.excluded.length === 0);
          expect(ranked.map((m) => m.buyerId).sort()).toStrictEqual(eligible.map((m) => m.buyerId).sort());
        }
      }),
      RUNS,
    );
  });

  it('meetingCandidates are eligible pairs, each buyer keeps its best perBuyer, scores equal score().mutual', () => {
    fc.assert(
      fc.property(
        fair,
        fc.integer({ min: 1, max: 5 }),
        fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
        ({ suppliers, buyers }, perBuyer, perSupplier) => {
          const engine = createEngine(suppliers, { asOf: ASOF });
          const candidates = engine.meetingCandidates(buyers, { perBuyer, ...(perSupplier ? { perSupplier } : {}) });
          const byBuyer = new Map<string, number>();
          const bySupplier = new Map<string, number>();
          const keys = new Set<string>();
          for (const c of candidates) {
            const buyer = buyers.find((b) => b.id === c.buyerId)!;
            const m = engine.score(buyer, c.supplierId);
            expect(m.excluded).toStrictEqual([]);
            expect(c.score).toBe(m.mutual.score);
            expect(c.buyerSide).toBe(m.score);
            expect(c.score).toBeGreaterThan(0);
            byBuyer.set(c.buyerId, (byBuyer.get(c.buyerId) ?? 0) + 1);
            bySupplier.set(c.supplierId, (bySupplier.get(c.supplierId) ?? 0) + 1);
            keys.add(`${c.buyerId}|${c.supplierId}`);
          }
          expect(keys.size).toBe(candidates.length);
          for (const n of byBuyer.values()) expect(n).toBeLessThanOrEqual(perBuyer);
          if (perSupplier) for (const n of bySupplier.values()) expect(n).toBeLessThanOrEqual(perSupplier);
          // Without a supplier cap, a buyer's candidates are exactly its best perBuyer eligible pairs.
          if (!perSupplier) {
            for (const b of buyers) {
              const best = suppliers
                .map((s) => engine.score(b, s.id))
                .filter((m) => m.excluded.length === 0 && m.mutual.score > 0)
                .sort((x, y) => y.mutual.score - x.mutual.score || (x.supplierId < y.supplierId ? -1 : 1))
                .slice(0, perBuyer)
                .map((m) => m.supplierId);
              expect(
                candidates
                  .filter((c) => c.buyerId === b.id)
                  .map((c) => c.supplierId)
                  .sort(),
              ).toStrictEqual(best.sort());
            }
          }
        },
      ),
      RUNS,
    );
  });
});
