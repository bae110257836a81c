/** CSV round trips: profiles → CSV → profiles is the identity, Chinese text, quotes and commas included. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBuyers, parseSuppliers } from '../../src/index.js';
import { profilesToCsv, readBuyersCsv, readSuppliersCsv } from '../../src/io/index.js';
import { rawBuyer, rawSupplier } from '../arbitraries.js';

const awkwardName = fc.constantFrom(
  'Foshan "Smart" Motor Co., Ltd.',
  '东莞市电子有限公司',
  '=SUM(A1:A9) Trading',
  'Ünal Makine; A.Ş.',
  '-minus Co',
  'Line\nbreak GmbH',
  '@home Ltd',
);

describe('CSV round trip', () => {
  it('suppliers survive profiles → CSV → profiles unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(rawSupplier('x'), awkwardName), { minLength: 1, maxLength: 6 }), (rows) => {
        const suppliers = parseSuppliers(rows.map(([r, name], i) => ({ ...r, id: `S${i}`, name })));
        const { suppliers: back, rejects } = readSuppliersCsv(profilesToCsv(suppliers, { bom: true }));
        expect(rejects).toStrictEqual([]);
        expect(back).toStrictEqual(suppliers);
      }),
      { numRuns: 200 },
    );
  });

  it('buyers survive profiles → CSV → profiles unchanged, origins included', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(rawBuyer('x'), awkwardName), { minLength: 1, maxLength: 6 }), (rows) => {
        const buyers = parseBuyers(rows.map(([r, name], i) => ({ ...r, id: `B${i}`, name })));
        expect(readBuyersCsv(profilesToCsv(buyers)).buyers).toStrictEqual(buyers);
      }),
      { numRuns: 200 },
    );
  });
});
