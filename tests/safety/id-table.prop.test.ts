/** The compact id table answers exactly as a Map would. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdTable } from '../../src/cli/id-table.js';

describe('IdTable', () => {
  it('property: firstOrAdd equals a Map over any ids, repeats and collisions included (300 runs)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('S1', 'S2', '供应商', 'a'.repeat(200))), {
          maxLength: 400,
        }),
        (ids) => {
          const table = new IdTable();
          const map = new Map<string, number>();
          ids.forEach((id, at) => {
            const expected = map.get(id);
            if (expected === undefined) map.set(id, at);
            expect(table.firstOrAdd(id, at)).toBe(expected);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('holds 300,000 ids across chunks and rehashes', () => {
    const table = new IdTable();
    for (let i = 0; i < 300_000; i++) expect(table.firstOrAdd(`S${i}`, i)).toBeUndefined();
    for (let i = 0; i < 300_000; i += 997) expect(table.firstOrAdd(`S${i}`, -1)).toBe(i);
  });
});
