/**
 * Region through the public API: the kernel (tables and typed arrays) equals the readable
 * reference in components/region.ts, to the last bit, on every pair; each signal rule on its own.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine, parseBuyers, parseSuppliers } from '../../src/index.js';
import {
  BUSINESS_HOURS,
  DISTANCE_SCALE_KM,
  distanceSignal,
  EXPORT_SIGNAL,
  hoursSignal,
  REGION_WEIGHTS,
  regionFacts,
  regionReference,
  TIES,
  tiesSignal,
} from '../../src/score/components/region.js';
import { ASOF, rawBuyers, rawSuppliers } from '../arbitraries.js';

const RUNS = { numRuns: 200 };
const AS_OF = new Date(`${ASOF}T00:00:00Z`);
const fair = fc.record({ suppliers: rawSuppliers(12), buyers: rawBuyers(3) }).map(({ suppliers, buyers }) => ({
  suppliers: parseSuppliers(suppliers),
  buyers: parseBuyers(buyers),
}));

describe('region', () => {
  it('the kernel equals the readable reference on every pair, bit for bit', () => {
    fc.assert(
      fc.property(fair, ({ suppliers, buyers }) => {
        const engine = createEngine(suppliers, { asOf: ASOF, requireIndustryOverlap: false });
        for (const b of buyers)
          for (const s of suppliers) expect(engine.score(b, s.id).components.region).toBe(regionReference(b, s, AS_OF));
      }),
      RUNS,
    );
  });

  it('the reference is the weighted mean of the signals the facts make known, in [0, 1]', () => {
    fc.assert(
      fc.property(fair, ({ suppliers, buyers }) => {
        for (const b of buyers)
          for (const s of suppliers) {
            const f = regionFacts(b, s, AS_OF);
            const W = REGION_WEIGHTS;
            const signals: [number, number][] = [
              [W.ties, tiesSignal(f.sameCountry, f.sharedBlocs.length > 0)],
              [W.distance, distanceSignal(f.km)],
              [W.language, f.language === undefined ? 0 : 1],
            ];
            if (f.origin) signals.push([W.origin, f.origin.place === undefined ? 0 : 1]);
            if (f.exports) signals.push([W.exports, EXPORT_SIGNAL[f.exports]]);
            if (f.targeted !== undefined) signals.push([W.target, f.targeted ? 1 : 0]);
            if (f.hours !== undefined) signals.push([W.hours, hoursSignal(f.hours)]);
            const mean = signals.reduce((a, [w, v]) => a + w * v, 0) / signals.reduce((a, [w]) => a + w, 0);
            const r = regionReference(b, s, AS_OF);
            expect(r).toBeCloseTo(mean, 12);
            expect(r).toBeGreaterThanOrEqual(0);
            expect(r).toBeLessThanOrEqual(1);
            // The facts agree with the profiles they come from.
            expect(f.sameCountry).toBe(b.country === s.country);
            expect(f.exports === undefined).toBe(!s.exportMarkets?.length);
            expect(f.targeted === undefined).toBe(!s.targetMarkets?.length);
            expect(f.origin === undefined).toBe(!b.origins?.include?.length);
          }
      }),
      RUNS,
    );
  });

  it('each signal follows its rule', () => {
    expect(tiesSignal(true, true)).toBe(TIES.sameCountry);
    expect(tiesSignal(false, true)).toBe(TIES.sharedBloc);
    expect(tiesSignal(false, false)).toBe(TIES.none);
    expect(distanceSignal(0)).toBe(1);
    expect(distanceSignal(DISTANCE_SCALE_KM)).toBeCloseTo(Math.exp(-1), 15);
    expect(hoursSignal(BUSINESS_HOURS)).toBe(1);
    expect(hoursSignal(BUSINESS_HOURS / 3)).toBeCloseTo(1 / 3, 15);
    expect(hoursSignal(0)).toBe(0);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 20_000, noNaN: true }),
        fc.double({ min: 0, max: 24, noNaN: true }),
        (km, h) => {
          const d = distanceSignal(km);
          expect(d > 0 && d <= 1).toBe(true);
          expect(distanceSignal(km + 1)).toBeLessThanOrEqual(d);
          expect(hoursSignal(h)).toBe(Math.min(1, h / BUSINESS_HOURS));
        },
      ),
      RUNS,
    );
  });

  it('explains a pair with the facts the score uses (Shanghai and Berlin: 2 h of one business day)', () => {
    const [s] = parseSuppliers([
      { id: 'S', name: 'Maker', country: 'CN', products: ['850440'], exportMarkets: ['FR'], targetMarkets: ['EU'] },
    ]);
    const [b] = parseBuyers([{ id: 'B', name: 'Buyer', country: 'DE', wants: ['850440'] }]);
    const f = regionFacts(b!, s!, AS_OF);
    expect(f).toMatchObject({ sameCountry: false, exports: 'subregion', target: 'EU', targeted: true, hours: 2 });
    const line = createEngine([s!], { asOf: ASOF })
      .score(b!, 'S')
      .reasons.find((r) => r.startsWith('Region'));
    expect(line).toContain("exports to the buyer's region");
    expect(line).toContain('targets EU');
    expect(line).toContain('2 h business-hours overlap');
  });
});
