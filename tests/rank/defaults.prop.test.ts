/**
 * The default weights put product fit first: an exact-product supplier does not lose to a
 * same-chapter one on region or credentials.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine, parseBuyers, parseSuppliers } from '../../src/index.js';
import { ASOF, CERTS, COUNTRIES, LANGS, ZONES } from '../arbitraries.js';

// Wanted code, an exact offer (the code or one inside it), and a same-chapter offer under another heading.
const CASES = [
  ['850440', '850440', '850110'],
  ['8504', '850450', '8501'],
  ['0901', '090111', '0902'],
  ['940360', '940360', '9401'],
] as const;

describe('default weights', () => {
  it('exact product beats same chapter whatever the region, tier and certificates', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CASES),
        fc.record({
          buyerCountry: fc.constantFrom(...COUNTRIES),
          exactCountry: fc.constantFrom(...COUNTRIES),
          chapterCountry: fc.constantFrom(...COUNTRIES),
          preferred: fc.uniqueArray(fc.constantFrom(...CERTS), { maxLength: 3 }),
          zone: fc.constantFrom(...ZONES),
          lang: fc.constantFrom(...LANGS),
        }),
        ([wanted, exact, chapter], r) => {
          const suppliers = parseSuppliers([
            {
              id: 'exact',
              name: 'Exact Co',
              country: r.exactCountry,
              products: [exact],
              languages: ['sw'],
              timezone: 'Pacific/Kiritimati',
            },
            {
              id: 'chapter',
              name: 'Chapter Co',
              country: r.chapterCountry,
              products: [chapter],
              tier: 'single-champion',
              patents: 50,
              certifications: [...CERTS],
              languages: [r.lang],
              timezone: r.zone,
              exportMarkets: [r.buyerCountry],
              targetMarkets: [r.buyerCountry],
            },
          ]);
          const [buyer] = parseBuyers([
            {
              id: 'B',
              name: 'Buyer',
              country: r.buyerCountry,
              wants: [wanted],
              preferredCertifications: r.preferred,
              origins: { include: [r.chapterCountry] },
              languages: [r.lang],
              timezone: r.zone,
            },
          ]);
          const ranked = createEngine(suppliers, { asOf: ASOF }).rank(buyer!);
          expect(ranked.map((m) => m.supplierId)).toStrictEqual(['exact', 'chapter']);
        },
      ),
      { numRuns: 200 },
    );
  });
});
