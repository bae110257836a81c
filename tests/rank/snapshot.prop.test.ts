/** Saving and loading an engine changes nothing; damaged snapshots are rejected. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine, loadEngine, parseBuyers, parseSuppliers } from '../../src/index.js';
import { snapshotChecksum } from '../../src/rank/snapshot-format.js';
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
        const bytes = engine.snapshot({ format: 'binary' });
        // Bytes at an odd offset in a bigger buffer (as a file read into a pool may give).
        const shifted = new Uint8Array(bytes.length + 3);
        shifted.set(bytes, 3);
        const binary = loadEngine(shifted.subarray(3));
        const binaryVerified = loadEngine(bytes, { verify: true });
        for (const b of parseBuyers(buyers)) {
          expect(loaded.rankAll([b])).toStrictEqual(engine.rankAll([b]));
          expect(verified.rank(b, { limit: 3 })).toStrictEqual(engine.rank(b, { limit: 3 }));
          expect(loaded.rankBuyers(suppliers[0]!.id, [b])).toStrictEqual(engine.rankBuyers(suppliers[0]!.id, [b]));
          expect(binary.rankAll([b])).toStrictEqual(engine.rankAll([b]));
          expect(binary.rank(b, { limit: 2, minScore: 0.3 })).toStrictEqual(
            engine.rank(b, { limit: 2, minScore: 0.3 }),
          );
          expect(binaryVerified.rank(b, { limit: 3 })).toStrictEqual(engine.rank(b, { limit: 3 }));
          expect(binary.rankBuyers(suppliers[0]!.id, [b])).toStrictEqual(engine.rankBuyers(suppliers[0]!.id, [b]));
          expect(binary.meetingCandidates([b])).toStrictEqual(engine.meetingCandidates([b]));
        }
        expect(loaded.snapshot()).toBe(engine.snapshot());
        expect(binary.snapshot()).toBe(engine.snapshot());
        expect(binary.snapshot({ format: 'binary' })).toStrictEqual(bytes);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects damaged, foreign and invalid snapshots with a ValidationError', () => {
    const engine = createEngine(parseSuppliers([{ id: 'S1', name: 'A', country: 'CN', products: ['8504'] }]), {
      asOf: ASOF,
    });
    const text = engine.snapshot();
    expect(validationIssues(() => loadEngine(text.replace('"8504"', '"8505"')))[0]!.message).toMatch(
      /checksum mismatch/,
    );
    expect(validationIssues(() => loadEngine('{'))[0]!.message).toBe('not JSON');
    expect(validationIssues(() => loadEngine('{"format":"other"}'))[0]!.message).toMatch(/not a cuohe engine snapshot/);
    expect(validationIssues(() => loadEngine(text.replace('"version":3', '"version":9')))[0]!.message).toMatch(
      /version 9 is not supported/,
    );
    // A well-formed snapshot of an invalid supplier passes the checksum; `verify` catches it.
    const bad = [{ id: 'S1', name: 'A', country: 'XX', products: ['8504'] }];
    const forged = JSON.stringify({
      ...JSON.parse(text),
      suppliers: bad,
      checksum: snapshotChecksum(JSON.stringify(JSON.parse(text).options), JSON.stringify(bad)),
    });
    expect(validationIssues(() => loadEngine(forged, { verify: true }))[0]!.path).toStrictEqual([0, 'country']);
  });

  it('rejects damaged, cut and foreign binary snapshots, and bad options, with a ValidationError', () => {
    const engine = createEngine(
      parseSuppliers([{ id: 'S1', name: 'A', country: 'CN', products: ['8504'], capabilities: [1, 2] }]),
      { asOf: ASOF },
    );
    const bytes = engine.snapshot({ format: 'binary' });
    fc.assert(
      fc.property(fc.nat(bytes.length - 1), fc.integer({ min: 1, max: 255 }), (at, flip) => {
        const damaged = bytes.slice();
        damaged[at]! ^= flip;
        const issues = validationIssues(() => loadEngine(damaged));
        expect(issues[0]!.path).toStrictEqual(['snapshot']);
      }),
      { numRuns: 300 },
    );
    expect(validationIssues(() => loadEngine(bytes.subarray(0, bytes.length - 1)))[0]!.message).toMatch(/incomplete/);
    expect(validationIssues(() => loadEngine(new Uint8Array(40)))[0]!.message).toMatch(/not a cuohe engine snapshot/);
    expect(validationIssues(() => loadEngine(bytes, { locale: 'fr' as 'en' }))[0]!.path).toStrictEqual([
      'options',
      'locale',
    ]);
    expect(validationIssues(() => engine.snapshot({ format: 'xml' as 'json' }))[0]!.path).toStrictEqual([
      'options',
      'format',
    ]);
  });
});
