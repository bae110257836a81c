import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine, parseBuyers, parseSuppliers, ValidationError } from '../../src/index.js';
import { rankAllParallel } from '../../src/node/index.js';

const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../examples/fair/${file}`, import.meta.url), 'utf8'));
const suppliers = parseSuppliers(read('suppliers.json')).slice(0, 800);
const buyers = parseBuyers(read('buyers.json')).slice(0, 60);

describe('rankAllParallel', () => {
  it('gives exactly what one thread gives, in input order, and reports progress', async () => {
    const engine = createEngine(suppliers, { asOf: '2026-11-22' });
    const expected = engine.rankAll(buyers, { limit: 10 });
    const seen: number[] = [];
    const parallel = await rankAllParallel(suppliers, buyers, { threads: 2, engine: { asOf: '2026-11-22' }, rank: { limit: 10, onProgress: (done) => seen.push(done) } });
    expect([...parallel.keys()]).toStrictEqual([...expected.keys()]);
    expect(parallel).toStrictEqual(expected);
    expect(seen.at(-1)).toBe(buyers.length);
  });

  it('validates its options and input before starting workers', async () => {
    await expect(rankAllParallel(suppliers, buyers, { threads: 0 })).rejects.toBeInstanceOf(ValidationError);
    await expect(rankAllParallel([{ id: 'x' }] as never, buyers)).rejects.toBeInstanceOf(ValidationError);
    await expect(rankAllParallel(suppliers, buyers, { engine: { describeCode: () => 'x' } as never })).rejects.toThrow(/describeCodes/);
  });
});
