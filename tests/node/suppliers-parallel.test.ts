/** rankAllSuppliersParallel: every exhibitor's buyers on this thread and workers, equal to one thread bit for bit. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSampleFair } from '../../examples/fair/sample.js';
import { createEngine, parseBuyers, parseSuppliers, type RankOptions, ValidationError } from '../../src/index.js';
import { rankAllSuppliersParallel } from '../../src/node/index.js';
import { BuyerIndex } from '../../src/rank/buyer-index.js';
import { coreFromTree, coreTree } from '../../src/rank/engine-core.js';
import { internalsOf } from '../../src/rank/engine-internals.js';
import { resolveRankOptions } from '../../src/rank/options.js';
import { pack, unpack } from '../../src/rank/pack.js';
import { Ranker } from '../../src/rank/ranker.js';
import { PairScores } from '../../src/score/kernel/score-pair.js';
import { ASOF, rawBuyers, rawSuppliers } from '../arbitraries.js';

const fair = loadSampleFair();
const groups = ['Haier', 'Midea', undefined, 'Gree', undefined];
const suppliers = parseSuppliers(
  fair.suppliers.slice(0, 800).map((s, i) => ({ ...s, ...(groups[i % 5] && { group: groups[i % 5] }) })),
);
const buyers = parseBuyers(
  fair.buyers.slice(0, 80).map((b, i) => ({ ...b, ...(i % 3 === 0 && { group: `delegation ${i % 4}` }) })),
);

describe('rankAllSuppliersParallel', () => {
  it('gives exactly what engine.rankAllSuppliers gives, keyed in id order, with caps and progress', async () => {
    const engine = createEngine(suppliers, { asOf: ASOF });
    for (const rank of [
      { limit: 5 },
      { limit: 8, maxPerCountry: 1, minScore: 0.4 },
      { limit: 6, maxPerGroup: 1 },
    ] as RankOptions[]) {
      const expected = engine.rankAllSuppliers(buyers, rank);
      const seen: number[] = [];
      const parallel = await rankAllSuppliersParallel(engine, buyers, {
        threads: 2,
        rank: { ...rank, onProgress: (done) => seen.push(done) },
      });
      expect([...parallel.keys()]).toStrictEqual(suppliers.map((s) => s.id).sort());
      expect(parallel).toStrictEqual(expected);
      expect(seen.at(-1)).toBe(suppliers.length);
    }
    // Over suppliers (an engine is built first), explanations read back.
    const fromSuppliers = await rankAllSuppliersParallel(suppliers, buyers.slice(0, 10), {
      threads: 3,
      engine: { asOf: ASOF },
      rank: { limit: 3 },
    });
    expect(fromSuppliers).toStrictEqual(engine.rankAllSuppliers(buyers.slice(0, 10), { limit: 3 }));
    expect([...fromSuppliers.values()].flat().every((m) => m.reasons.length > 0)).toBe(true);
    // One thread: this one alone, no worker.
    expect(await rankAllSuppliersParallel(engine, buyers, { threads: 1, rank: { limit: 4 } })).toStrictEqual(
      engine.rankAllSuppliers(buyers, { limit: 4 }),
    );
  }, 240_000); // four pools of workers started from source: minutes on a busy machine

  it('validates its options and input before starting workers', async () => {
    await expect(rankAllSuppliersParallel(suppliers, buyers, { threads: 0 })).rejects.toBeInstanceOf(ValidationError);
    await expect(rankAllSuppliersParallel({} as never, buyers)).rejects.toBeInstanceOf(ValidationError);
    await expect(rankAllSuppliersParallel(suppliers, buyers, { rank: { maxPerGroup: 0 } })).rejects.toBeInstanceOf(
      ValidationError,
    );
    const engine = createEngine(suppliers, { asOf: ASOF });
    await expect(rankAllSuppliersParallel(engine, [{ ...buyers[0]!, capabilities: [1, 2] }])).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(rankAllSuppliersParallel(engine, buyers, { thread: 2 } as never)).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(rankAllSuppliersParallel(engine, buyers, { timeout: 0 })).rejects.toBeInstanceOf(ValidationError);
  });

  it('stops on an abort or a throwing onProgress, rejecting with its reason', async () => {
    const engine = createEngine(suppliers, { asOf: ASOF });
    const aborted = new AbortController();
    aborted.abort(new Error('closed by the organiser'));
    await expect(rankAllSuppliersParallel(engine, buyers, { threads: 2, signal: aborted.signal })).rejects.toThrow(
      'closed by the organiser',
    );
    const later = new AbortController();
    const running = rankAllSuppliersParallel(engine, buyers, {
      threads: 2,
      signal: later.signal,
      rank: { limit: 3, onProgress: () => later.abort(new Error('stop')) },
    });
    await expect(running).rejects.toThrow('stop');
    await expect(
      rankAllSuppliersParallel(engine, buyers, {
        threads: 2,
        rank: {
          onProgress: () => {
            throw new Error('progress bar broke');
          },
        },
      }),
    ).rejects.toThrow('progress bar broke');
  });

  it('what a worker computes — the buyer index over the packed, shared core — equals the engine (property)', () => {
    const fair = fc.record({
      suppliers: rawSuppliers(12),
      buyers: rawBuyers(10),
      limit: fc.integer({ min: 1, max: 5 }),
      maxPerCountry: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fair, ({ suppliers: rs, buyers: rb, limit, maxPerCountry }) => {
        const ss = parseSuppliers(rs);
        const bs = parseBuyers(rb);
        const engine = createEngine(ss, { asOf: ASOF });
        const raw = { limit, ...(maxPerCountry && { maxPerCountry }) };
        const o = resolveRankOptions(raw);
        const { layout, buffer } = pack(coreTree(internalsOf(engine).core), (n) => new SharedArrayBuffer(n));
        const ranker = new Ranker(coreFromTree(unpack(layout, buffer)));
        const index = new BuyerIndex(
          bs.map((b) => ranker.compile(b)),
          ranker.kernel,
          ranker.core.options.minIndustryLevel,
        );
        const expected = engine.rankAllSuppliers(bs, raw);
        const { supplierId } = internalsOf(engine);
        for (let row = 0; row < ss.length; row++) {
          const hits = index.top(row, o, new PairScores());
          expect(hits.map((h) => [bs[h.row]!.id, h.score])).toStrictEqual(
            expected.get(supplierId(row))!.map((m) => [m.buyerId, m.mutual.score]),
          );
        }
      }),
      { numRuns: 200 },
    );
  });
});
