import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSampleFair } from '../../examples/fair/sample.js';
import { createEngine, type Match, parseBuyers, parseSuppliers, ValidationError } from '../../src/index.js';
import { rankAllParallel } from '../../src/node/index.js';
import { describeCode } from '../../src/taxonomy/descriptions.js';
import { ASOF, rawBuyer, rawSuppliers, toyConcepts } from '../arbitraries.js';

const fair = loadSampleFair();
const suppliers = fair.suppliers.slice(0, 800);
const buyers = fair.buyers.slice(0, 60);

describe('rankAllParallel', () => {
  it('gives exactly what one thread gives, in input order, and reports progress', async () => {
    const engine = createEngine(suppliers, { asOf: '2026-11-22' });
    const expected = engine.rankAll(buyers, { limit: 10 });
    const seen: number[] = [];
    const parallel = await rankAllParallel(suppliers, buyers, {
      threads: 2,
      engine: { asOf: '2026-11-22' },
      rank: { limit: 10, onProgress: (done) => seen.push(done) },
    });
    expect([...parallel.keys()]).toStrictEqual([...expected.keys()]);
    expect(parallel).toStrictEqual(expected);
    expect(seen.at(-1)).toBe(buyers.length);
    expect(seen.length).toBeGreaterThan(2); // several runs, over both workers
    // No buyers, one buyer: still a Map in input order.
    expect(await rankAllParallel(engine, [], { threads: 2 })).toStrictEqual(new Map());
    expect(await rankAllParallel(engine, buyers.slice(0, 1), { threads: 4, rank: { limit: 3 } })).toStrictEqual(
      engine.rankAll(buyers.slice(0, 1), { limit: 3 }),
    );
    // Over a built engine, with a diversity cap and explanations read back.
    const capped = engine.rankAll(buyers, { limit: 5, maxPerCountry: 2 });
    const overEngine = await rankAllParallel(engine, buyers, { threads: 3, rank: { limit: 5, maxPerCountry: 2 } });
    expect(overEngine).toStrictEqual(capped);
    expect([...overEngine.values()].flat().every((m) => m.reasons.length > 0)).toBe(true);
  });

  it('names codes in explanations with describeCodes or a describeCode function', async () => {
    const few = buyers.slice(0, 4);
    const named = await rankAllParallel(suppliers, few, {
      threads: 2,
      describeCodes: true,
      engine: { asOf: '2026-11-22' },
      rank: { limit: 3 },
    });
    const custom = await rankAllParallel(suppliers, few, {
      threads: 2,
      engine: { asOf: '2026-11-22', describeCode: () => 'NAMED' },
      rank: { limit: 3 },
    });
    const plain = createEngine(suppliers, { asOf: '2026-11-22' }).rankAll(few, { limit: 3 });
    expect([...named.values()].flat().map((m) => m.score)).toStrictEqual(
      [...plain.values()].flat().map((m) => m.score),
    );
    expect([...custom.values()].flat().some((m) => m.reasons.some((r) => r.includes('NAMED')))).toBe(true);
    // describeCodes: the reasons name the wanted HS codes as cuohe/descriptions does, and only then.
    const wanted = [...new Set(few.flatMap((b) => b.wants))];
    const names = (locale: 'en' | 'zh') =>
      wanted.map((code) => describeCode('hs', code, locale)).filter((n): n is string => n !== undefined);
    const mentions = (ranked: Map<string, Match[]>, of: string[]) =>
      [...ranked.values()].flat().some((m) => m.reasons.some((r) => of.some((n) => r.includes(n))));
    expect(names('en').length).toBeGreaterThan(0);
    expect(mentions(named, names('en'))).toBe(true);
    expect(mentions(plain, names('en'))).toBe(false);
    // In the engine's locale.
    const zh = await rankAllParallel(suppliers, few, {
      threads: 2,
      describeCodes: true,
      engine: { asOf: '2026-11-22', locale: 'zh' },
      rank: { limit: 3 },
    });
    expect(mentions(zh, names('zh'))).toBe(true);
  });

  it('validates its options and input before starting workers', async () => {
    await expect(rankAllParallel(suppliers, buyers, { threads: 0 })).rejects.toBeInstanceOf(ValidationError);
    await expect(rankAllParallel([{ id: 'x' }] as never, buyers)).rejects.toBeInstanceOf(ValidationError);
    await expect(rankAllParallel({} as never, buyers)).rejects.toBeInstanceOf(ValidationError);
    await expect(rankAllParallel(suppliers, buyers, { describeCodes: 'yes' as never })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(rankAllParallel(suppliers, buyers, { rank: { limit: 0 } })).rejects.toBeInstanceOf(ValidationError);
    const engine = createEngine(suppliers, { asOf: '2026-11-22' });
    await expect(rankAllParallel(engine, [{ ...buyers[0]!, capabilities: [1, 2] }])).rejects.toBeInstanceOf(
      ValidationError,
    );
  });
});

describe('rankAllParallel on random profiles', () => {
  it('equals rank() bit for bit: 200 random buyers, inferred codes, ISIC-only suppliers, concepts', async () => {
    const rawS = fc.sample(rawSuppliers(40), { numRuns: 1, seed: 7 })[0]!;
    const rawB = fc.sample(rawBuyer('x'), { numRuns: 200, seed: 11 }).map((b, i) => ({ ...b, id: `B${i}` }));
    const randomSuppliers = parseSuppliers(rawS);
    const randomBuyers = parseBuyers(rawB);
    const engine = createEngine(randomSuppliers, { asOf: ASOF, keywordConcepts: toyConcepts });
    const expected = new Map(randomBuyers.map((b) => [b.id, engine.rank(b, { limit: 5 })]));
    expect(await rankAllParallel(engine, randomBuyers, { threads: 2, rank: { limit: 5 } })).toStrictEqual(expected);
  });
});
