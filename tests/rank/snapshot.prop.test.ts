/** Saving and loading an engine changes nothing; damaged snapshots are rejected. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine, loadEngine, parseBuyers, parseSuppliers } from '../../src/index.js';
import { checksum } from '../../src/rank/snapshot-format.js';
import { ASOF, rawBuyers, rawSuppliers } from '../arbitraries.js';
import { validationIssues } from '../validation-issues.js';

const fair = fc.record({
  suppliers: rawSuppliers(15),
  buyers: rawBuyers(3),
  weights: fc.option(fc.record({ region: fc.constantFrom(0, 0.3), text: fc.constantFrom(0, 0.2) }), { nil: undefined }),
  locale: fc.constantFrom('en' as const, 'zh' as const),
});

describe('engine snapshots', () => {
  it('a loaded snapshot ranks, scores and explains exactly like the engine it came from', () => {
    fc.assert(
      fc.property(fair, ({ suppliers, buyers, weights, locale }) => {
        const engine = createEngine(parseSuppliers(suppliers), { asOf: ASOF, locale, ...(weights ? { weights } : {}) });
        const loaded = loadEngine(engine.snapshot());
        const verified = loadEngine(engine.snapshot(), { verify: true });
        for (const b of parseBuyers(buyers)) {
          expect(loaded.rankAll([b])).toStrictEqual(engine.rankAll([b]));
          expect(verified.rank(b, { limit: 3 })).toStrictEqual(engine.rank(b, { limit: 3 }));
          expect(loaded.rankBuyers(suppliers[0]!.id, [b])).toStrictEqual(engine.rankBuyers(suppliers[0]!.id, [b]));
        }
        expect(loaded.snapshot()).toBe(engine.snapshot());
      }),
      { numRuns: 200 },
    );
  });

  it('rejects damaged, foreign and invalid snapshots with a ValidationError', () => {
    const engine = createEngine(parseSuppliers([{ id: 'S1', name: 'A', country: 'CN', products: ['8504'] }]), { asOf: ASOF });
    const text = engine.snapshot();
    expect(validationIssues(() => loadEngine(text.replace('"8504"', '"8505"')))[0]!.message).toMatch(/checksum mismatch/);
    expect(validationIssues(() => loadEngine('{'))[0]!.message).toBe('not JSON');
    expect(validationIssues(() => loadEngine('{"format":"other"}'))[0]!.message).toMatch(/not a cuohe engine snapshot/);
    expect(validationIssues(() => loadEngine(text.replace('"version":1', '"version":9')))[0]!.message).toMatch(/version 9 is not supported/);
    // A well-formed snapshot of an invalid supplier passes the checksum; `verify` catches it.
    const bad = [{ id: 'S1', name: 'A', country: 'XX', products: ['8504'] }];
    const forged = JSON.stringify({ ...JSON.parse(text), suppliers: bad, checksum: checksum(JSON.stringify(bad)) });
    expect(validationIssues(() => loadEngine(forged, { verify: true }))[0]!.path).toStrictEqual([0, 'country']);
  });
});
