/** Exactness of the pruned top-k path: bounds never undercut a score, and pruning never changes a ranking. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine, parseBuyers, parseSuppliers } from '../../src/index.js';
import { CandidateIndex, type RowLists } from '../../src/rank/candidates.js';
import { BoundScratch, refineRegion, restBound, upperBound } from '../../src/score/kernel/bound.js';
import { PairScores, scorePair } from '../../src/score/kernel/score-pair.js';
import { buildKernel } from '../../src/score/kernel/setup.js';
import { resolveWeights } from '../../src/score/weights.js';
import { ASOF, rawBuyers, rawSuppliers, toyConcepts } from '../arbitraries.js';

const RUNS = { numRuns: 200 };
const weights = fc.option(
  fc.record({
    industry: fc.constantFrom(0, 0.4, 1),
    region: fc.constantFrom(0, 0.12, 1),
    capability: fc.constantFrom(0, 0.2),
    text: fc.constantFrom(0, 0.08, 1),
  }),
  { nil: undefined },
);
const fair = fc
  .record({ suppliers: rawSuppliers(40), buyers: rawBuyers(3), weights })
  .map(({ suppliers, buyers, weights }) => ({
    suppliers: parseSuppliers(suppliers).sort((a, b) => (a.id < b.id ? -1 : 1)),
    buyers: parseBuyers(buyers),
    weights,
  }));

describe('pruned ranking', () => {
  // The group bounds cover every row below exact, heading and chapter level; rows outside the
  // candidate lists are excluded.
  it('the upper bound is never below the score, nor the group bounds, and non-candidates are excluded', () => {
    fc.assert(
      fc.property(fair, ({ suppliers, buyers, weights: w }) => {
        const kernel = buildKernel(suppliers, {
          weights: resolveWeights(w),
          requireIndustryOverlap: true,
          minIndustryLevel: 'chapter',
          asOf: new Date(`${ASOF}T00:00:00Z`),
        });
        const { context: ctx, table, geo, vocab } = kernel;
        const index = CandidateIndex.build(suppliers);
        const out = new PairScores();
        for (const buyer of buyers) {
          const b = kernel.compile(buyer);
          const scratch = new BoundScratch(vocab.keywords.size, geo.countries.size);
          scratch.prepare(b);
          const rows = (lists: RowLists | undefined) =>
            new Set(lists ? lists.flatMap((l) => Array.from(l)) : suppliers.map((_, i) => i));
          const exactRows = rows(index.exactBand(buyer));
          const headingRows = rows(index.headingBand(buyer));
          const heading = restBound(ctx, b, 0.7);
          const chapterRows = rows(index.chapterBand(buyer));
          const candidates = rows(index.candidates(buyer, 'chapter'));
          const rest = restBound(ctx, b, 0.4);
          const far = restBound(ctx, b, 0.15);
          for (let i = 0; i < table.size; i++) {
            const score = scorePair(ctx, b, i, out).score;
            const ub = upperBound(ctx, b, scratch, i, 1);
            expect(ub).toBeGreaterThanOrEqual(score - 1e-12);
            // With a floor, the bound may stop early, but stays a bound.
            expect(upperBound(ctx, b, scratch, i, 1, score + 0.05)).toBeGreaterThanOrEqual(score - 1e-12);
            expect(refineRegion(ctx, b, scratch, i, ub, scratch.lastTotal, scratch.lastRegion)).toBeGreaterThanOrEqual(
              score - 1e-12,
            );
            if (ctx.industryGate && !candidates.has(i)) expect(scorePair(ctx, b, i, out).excluded).not.toBe(0);
            // One wanted code: a row's industry is at most the level of the first band holding it.
            if (b.wants.codes.length === 1 && !buyer.activities?.length) {
              const industry = out.components[0]!;
              const level = exactRows.has(i) ? 1 : headingRows.has(i) ? 0.7 : chapterRows.has(i) ? 0.4 : 0.15;
              if (!Number.isNaN(industry)) expect(industry).toBeLessThanOrEqual(level + 1e-12);
              expect(upperBound(ctx, b, scratch, i, level, -Infinity, true)).toBeGreaterThanOrEqual(score - 1e-12);
            }
            if (!exactRows.has(i)) {
              if (!buyer.activities?.length)
                expect(out.components[0]! <= 0.7 || Number.isNaN(out.components[0]!)).toBe(true);
              expect(heading).toBeGreaterThanOrEqual(score - 1e-12);
              expect(upperBound(ctx, b, scratch, i, 0.7)).toBeGreaterThanOrEqual(score - 1e-12);
            }
            if (!headingRows.has(i)) {
              expect(rest).toBeGreaterThanOrEqual(score - 1e-12);
              expect(upperBound(ctx, b, scratch, i, 0.4)).toBeGreaterThanOrEqual(score - 1e-12);
            }
            if (!headingRows.has(i) && !chapterRows.has(i)) {
              expect(far).toBeGreaterThanOrEqual(score - 1e-12);
              expect(upperBound(ctx, b, scratch, i, 0.15)).toBeGreaterThanOrEqual(score - 1e-12);
            }
          }
          scratch.release();
          expect(scratch.keywordBest.every((v) => v === 0)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('rank with a limit or a minimum score equals the reference path (score every pair, filter, sort)', () => {
    fc.assert(
      fc.property(
        fair,
        fc.integer({ min: 1, max: 6 }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        fc.boolean(),
        ({ suppliers, buyers, weights: w }, k, minScore, concepts) => {
          const engine = createEngine(suppliers, {
            asOf: ASOF,
            ...(w ? { weights: w } : {}),
            ...(concepts && { keywordConcepts: toyConcepts }),
          });
          for (const b of buyers) {
            const reference = suppliers
              .map((s) => engine.score(b, s.id))
              .filter((m) => m.excluded.length === 0)
              .sort((x, y) => y.score - x.score || (x.supplierId < y.supplierId ? -1 : 1));
            expect(engine.rank(b, { limit: k })).toStrictEqual(reference.slice(0, k));
            expect(engine.rank(b, { minScore })).toStrictEqual(reference.filter((m) => m.score >= minScore));
            expect(engine.rank(b, { limit: k, minScore })).toStrictEqual(
              reference.filter((m) => m.score >= minScore).slice(0, k),
            );
          }
        },
      ),
      RUNS,
    );
  });
});
