/**
 * The candidate index narrows exhibitors without HS products to those the buyer's goods can
 * reach: an ISIC-only exhibitor is a candidate only when its activities share an ISIC section
 * with the buyer's or the wanted goods bridge to its division.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, parseBuyers, parseSuppliers } from '../../src/index.js';
import { CandidateIndex, type RowLists } from '../../src/rank/candidates.js';
import { ASOF } from '../arbitraries.js';

const suppliers = parseSuppliers([
  { id: 'tea', name: 'Anxi Tea Garden', country: 'CN', activities: ['0127'] },
  { id: 'furniture', name: 'Anji Furniture Works', country: 'CN', activities: ['3100'] },
  { id: 'sofas', name: 'Foshan Sofa Co.', country: 'CN', products: ['940161'] },
  { id: 'solar', name: 'Hefei Solar Module Co.', country: 'CN', products: ['854143'] },
]);
const row = (id: string) => suppliers.findIndex((s) => s.id === id);
const rows = (lists: RowLists | undefined) => new Set(lists!.flatMap((l) => Array.from(l)));
const [sofaBuyer, solarBuyer, teaTrader] = parseBuyers([
  { id: 'B1', name: 'Berlin Sofas', country: 'DE', wants: ['940161'] },
  { id: 'B2', name: 'Hamburg Solar', country: 'DE', wants: ['854143'] },
  { id: 'B3', name: 'Leipzig Tea House', country: 'DE', wants: ['854143'], activities: ['0128'] },
]);

describe('candidate index', () => {
  const index = CandidateIndex.build(suppliers);

  it('keeps an ISIC-only exhibitor out of every band unless the wanted goods bridge to its activities', () => {
    for (const band of [
      index.exactBand(solarBuyer!),
      index.headingBand(solarBuyer!),
      index.chapterBand(solarBuyer!),
      index.candidates(solarBuyer!, 'chapter'),
    ]) {
      expect(rows(band).has(row('tea'))).toBe(false);
      expect(rows(band).has(row('furniture'))).toBe(false);
    }
    // With the gate at section level, activities in a section the goods bridge to stay candidates.
    expect(rows(index.candidates(solarBuyer!, 'section')).has(row('tea'))).toBe(false);
    // Sofas (940161) are made by furniture makers (ISIC 31): the bridge gives at most a
    // heading-level match, so the maker waits for the heading band, after the exact matches.
    expect(rows(index.exactBand(sofaBuyer!))).toStrictEqual(new Set([row('sofas')]));
    expect(rows(index.headingBand(sofaBuyer!)).has(row('furniture'))).toBe(true);
    expect(rows(index.headingBand(sofaBuyer!)).has(row('tea'))).toBe(false);
    // A buyer's own activities reach exhibitors in the same ISIC section.
    expect(rows(index.candidates(teaTrader!, 'chapter')).has(row('tea'))).toBe(true);
  });

  it('an exhibitor left out is one the gate excludes, and the rankings keep the reachable ones', () => {
    const engine = createEngine(suppliers, { asOf: ASOF });
    expect(engine.score(solarBuyer!, 'tea').excluded).toStrictEqual(['industry-mismatch']);
    expect(engine.score(solarBuyer!, 'furniture').excluded).toStrictEqual(['industry-mismatch']);
    expect(engine.rank(solarBuyer!).map((m) => m.supplierId)).toStrictEqual(['solar']);
    expect(engine.rank(sofaBuyer!).map((m) => m.supplierId)).toContain('furniture');
    expect(engine.rank(teaTrader!).map((m) => m.supplierId)).toContain('tea');
  });

  it('reads the parts an older build saved (no row with HS products) and gives the same candidates or more', () => {
    const { withoutCodes, ...lists } = index.parts;
    expect(withoutCodes).toHaveLength(0);
    const older = new CandidateIndex({ ...lists, withoutProducts: Int32Array.of(row('tea'), row('furniture')) });
    expect(Object.keys(older.parts)).not.toContain('withoutProducts');
    expect(rows(older.exactBand(solarBuyer!)).has(row('tea'))).toBe(true);
    for (const r of rows(index.candidates(solarBuyer!, 'chapter')))
      expect(rows(older.candidates(solarBuyer!, 'chapter')).has(r)).toBe(true);
  });
});
