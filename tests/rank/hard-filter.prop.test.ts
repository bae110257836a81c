/** The packed hard-constraint check of the exhibitor's walk says exactly what `hardExclusions` says. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBuyers, parseSuppliers } from '../../src/index.js';
import { HardFilter } from '../../src/rank/hard-filter.js';
import { KeywordMatcher } from '../../src/score/components/text.js';
import { GeoTables } from '../../src/score/kernel/geo-tables.js';
import { hardExclusions } from '../../src/score/kernel/hard-constraints.js';
import { Interner } from '../../src/score/kernel/interner.js';
import { compileBuyer } from '../../src/score/kernel/query.js';
import { buildSupplierTable } from '../../src/score/kernel/supplier-table.js';
import { ASOF, rawBuyers, rawSuppliers } from '../arbitraries.js';

// More certificates than the mask has bits (31), so both the mask and the fallback are used.
const CERTS = Array.from({ length: 40 }, (_, k) => `CERT-${k}`);
const certs = fc.uniqueArray(fc.constantFrom(...CERTS), { maxLength: 30 });

describe('HardFilter', () => {
  it('excludes a pair exactly when hardExclusions reports a constraint, with certificate ids beyond the mask', () => {
    fc.assert(
      fc.property(
        rawSuppliers(12),
        fc.array(certs, { minLength: 12, maxLength: 12 }),
        rawBuyers(6),
        fc.array(fc.uniqueArray(fc.constantFrom(...CERTS, 'NOBODY-HAS-IT'), { maxLength: 3 }), {
          minLength: 6,
          maxLength: 6,
        }),
        (rawS, held, rawB, required) => {
          const suppliers = parseSuppliers(rawS.map((s, k) => ({ ...s, certifications: held[k] })));
          const buyers = parseBuyers(
            rawB.map((b, k) => (required[k]!.length ? { ...b, requiredCertifications: required[k] } : b)),
          );
          const asOf = new Date(`${ASOF}T00:00:00Z`);
          const geo = new GeoTables(asOf);
          const vocab = { certificates: new Interner(), languages: new Interner(), keywords: new Interner() };
          const table = buildSupplierTable(suppliers, geo, vocab);
          const keywords = new KeywordMatcher(vocab.keywords.values);
          const queries = buyers.map((b) => compileBuyer(b, geo, vocab, keywords, asOf, table.capabilities?.dim));
          const filter = new HardFilter(table, queries);
          queries.forEach((b, q) => {
            for (let i = 0; i < table.size; i++) {
              const expected = hardExclusions(table, b, i) !== 0;
              expect(filter.excludes(q, i), `buyer ${buyers[q]!.id}, supplier ${suppliers[i]!.id}`).toBe(expected);
            }
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
