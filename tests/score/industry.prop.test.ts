/**
 * Industry through the public API: the kernel agrees with the readable reference to the last
 * bit (declared, inferred and bridged codes); declared specificity orders scores (exact >
 * whole heading > whole chapter, declared > inferred) at equal other evidence; the HS ⇄ ISIC
 * bridge never makes a pair eligible that shares nothing, and never scores above heading level.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Buyer, createEngine, parseBuyers, parseSuppliers, type Supplier } from '../../src/index.js';
import { industryReference } from '../../src/score/components/industry.js';
import { isicClassesOfHs } from '../../src/taxonomy/bridge.js';
import {
  BRIDGE_WEIGHT,
  CODE_SIMILARITY_LEVELS,
  codeSimilarity,
  type IndustryLevel,
  industryThreshold,
} from '../../src/taxonomy/similarity.js';
import { ASOF, HS_CODES, ISIC_CODES, rawBuyers, rawSupplier, rawSuppliers } from '../arbitraries.js';

const RUNS = { numRuns: 200 };
const fair = fc.record({ suppliers: rawSuppliers(12), buyers: rawBuyers(3) }).map(({ suppliers, buyers }) => ({
  suppliers: parseSuppliers(suppliers),
  buyers: parseBuyers(buyers),
}));

describe('industry', () => {
  it('the kernel equals the readable reference on every pair, bit for bit', () => {
    fc.assert(
      fc.property(fair, ({ suppliers, buyers }) => {
        const engine = createEngine(suppliers, { asOf: ASOF, requireIndustryOverlap: false });
        for (const b of buyers) {
          for (const s of suppliers) {
            const industry = engine.score(b, s.id).components.industry;
            const reference = industryReference(b, s).value;
            expect(industry).toBe(Number.isNaN(reference) ? null : reference);
          }
        }
      }),
      RUNS,
    );
  });

  it('is unknown only when the supplier gives no codes at all', () => {
    fc.assert(
      fc.property(fair, ({ suppliers, buyers }) => {
        const engine = createEngine(suppliers, { asOf: ASOF });
        for (const b of buyers)
          for (const s of suppliers) expect(engine.score(b, s.id).components.industry).not.toBeNull();
      }),
      RUNS,
    );
  });

  it('exact > declared whole heading > declared whole chapter, and declared > inferred, all else equal', () => {
    const sub6 = fc.constantFrom(...HS_CODES.filter((c) => c.length === 6));
    fc.assert(
      fc.property(sub6, rawSupplier('X'), rawBuyers(1), (wanted, base, [buyerRow]) => {
        // Three suppliers identical but for their product: the code, its heading, its chapter; and the code inferred.
        const variant = (id: string, extra: Partial<Record<string, unknown>>) => ({
          ...base,
          id,
          activities: undefined,
          inferredProducts: undefined,
          products: [],
          ...extra,
        });
        const suppliers = parseSuppliers([
          variant('A-exact', { products: [wanted] }),
          variant('B-heading', { products: [wanted.slice(0, 4)] }),
          variant('C-chapter', { products: [wanted.slice(0, 2)] }),
          variant('D-inferred', { inferredProducts: [{ code: wanted, from: 'words' }] }),
        ]);
        const [buyer] = parseBuyers([
          { ...buyerRow!, wants: [wanted], inferredWants: undefined, activities: undefined },
        ]);
        const engine = createEngine(suppliers, { asOf: ASOF, requireIndustryOverlap: false });
        const score = (id: string) => engine.score(buyer!, id).score;
        const industry = (id: string) => engine.score(buyer!, id).components.industry!;
        expect(industry('A-exact')).toBeGreaterThan(industry('B-heading'));
        expect(industry('B-heading')).toBeGreaterThan(industry('C-chapter'));
        expect(industry('A-exact')).toBeGreaterThan(industry('D-inferred'));
        expect(score('A-exact')).toBeGreaterThanOrEqual(score('B-heading'));
        expect(score('B-heading')).toBeGreaterThanOrEqual(score('C-chapter'));
        expect(score('A-exact')).toBeGreaterThanOrEqual(score('D-inferred'));
        // Strictly, whenever industry counts at all in the score.
        if (engine.score(buyer!, 'A-exact').score < 1) expect(score('A-exact')).toBeGreaterThan(score('C-chapter'));
      }),
      RUNS,
    );
  });

  it('the HS ⇄ ISIC bridge never makes eligible a pair sharing nothing, and stays at or below heading level', () => {
    const isicOnly = fc.uniqueArray(fc.constantFrom(...ISIC_CODES), { minLength: 1, maxLength: 3 });
    const wants = fc.uniqueArray(fc.constantFrom(...HS_CODES), { minLength: 1, maxLength: 3 });
    const levels = fc.constantFrom<IndustryLevel>('section', 'chapter', 'heading', 'exact');
    fc.assert(
      fc.property(isicOnly, wants, levels, (activities, wanted, level) => {
        const [supplier] = parseSuppliers([{ id: 'S', name: 'Maker', country: 'CN', activities }]);
        const [buyer] = parseBuyers([{ id: 'B', name: 'Buyer', country: 'DE', wants: wanted }]);
        const engine = createEngine([supplier!], { asOf: ASOF, minIndustryLevel: level });
        const m = engine.score(buyer!, 'S');
        expect(m.components.industry!).toBeLessThanOrEqual(CODE_SIMILARITY_LEVELS.heading);
        // The best bridged evidence: a class of a wanted code against an activity, scaled to at most heading level.
        const classes = wanted.flatMap((w) => isicClassesOfHs(w));
        const best = Math.max(
          0,
          ...classes.flatMap((c) => activities.map((a) => codeSimilarity(c, a, 'isic') * BRIDGE_WEIGHT)),
        );
        const eligible = m.excluded.length === 0;
        if (best === 0) expect(eligible).toBe(false); // shares nothing, not even a section
        expect(eligible).toBe(best >= industryThreshold(level));
        // A class of a wanted code made by one of the activities is always enough under the default gate.
        if (classes.some((c) => activities.includes(c)) && (level === 'chapter' || level === 'section'))
          expect(eligible).toBe(true);
        if (level === 'exact') expect(eligible).toBe(false); // a bridge is never the product itself
        expect(engine.rank(buyer!).length).toBe(eligible ? 1 : 0);
      }),
      RUNS,
    );
  });

  it('a section-only overlap is not eligible by default, and is with minIndustryLevel section', () => {
    // Lithium cells (8507) and refrigerators (8418) share only HS section XVI.
    const suppliers: Supplier[] = parseSuppliers([
      { id: 'fridge', name: 'Fridge Co', country: 'CN', products: ['841821'] },
    ]);
    const [buyer] = parseBuyers([{ id: 'B', name: 'Cells GmbH', country: 'DE', wants: ['850760'] }]) as [Buyer];
    const strict = createEngine(suppliers, { asOf: ASOF });
    expect(strict.score(buyer, 'fridge').excluded).toStrictEqual(['industry-mismatch']);
    expect(strict.score(buyer, 'fridge').reasons[0]).toMatch(/only the same HS section XVI.*at least the same chapter/);
    expect(strict.rank(buyer)).toStrictEqual([]);
    expect(strict.meetingCandidates([buyer])).toStrictEqual([]);
    expect(strict.rankBuyers('fridge', [buyer])).toStrictEqual([]);
    expect(createEngine(suppliers, { asOf: ASOF, minIndustryLevel: 'section' }).rank(buyer)).toHaveLength(1);
  });
});
