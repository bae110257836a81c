/**
 * The built subpath: `cuohe/calibrate` as ESM and CommonJS, with types (needs the build the test
 * script runs first).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url);
const pkg = createRequire(import.meta.url)('../../package.json') as {
  exports: Record<string, { import: { types: string; default: string }; require: { types: string; default: string } }>;
};

describe('cuohe/calibrate build', () => {
  it('is exported for import and require, and both builds agree', async () => {
    const entry = pkg.exports['./calibrate']!;
    for (const file of [entry.import.types, entry.import.default, entry.require.types, entry.require.default])
      expect(existsSync(new URL(file, root))).toBe(true);
    const esm = (await import(
      new URL(entry.import.default, root).href
    )) as typeof import('../../src/calibrate/index.js');
    const cjs = createRequire(import.meta.url)(new URL(entry.require.default, root).pathname) as typeof esm;
    const rows = [
      { buyerId: 'B1', supplierId: 'S1', outcome: '成交' },
      { buyerId: 'B1', supplierId: 'S2', outcome: 'no-show' },
    ];
    expect(esm.parseOutcomes(rows)).toStrictEqual(cjs.parseOutcomes(rows));
    expect(esm.buyerMetrics(['S2', 'S1'], new Map([['S1', 4]]), 2).ndcg).toBeCloseTo(1 / Math.log2(3), 12);
    expect(Object.keys(esm).sort()).toStrictEqual(
      Object.keys(cjs)
        .filter((k) => k !== '__esModule')
        .sort(),
    );
  });
});
