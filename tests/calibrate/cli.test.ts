/** `cuohe calibrate` as a process, and `cuohe match --weights weights.json` taking what it writes. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPONENTS, createEngine, parseSuppliers } from 'cuohe';
import { inferCodes } from 'cuohe/descriptions';
import { readBuyersCsv, readSuppliersCsv } from 'cuohe/io';
import { beforeAll, describe, expect, it } from 'vitest';
import { simulateOutcomes } from '../../examples/calibrate/simulate.js';
import { cuoheIn, data, freshDir } from '../cli/run-cli.js';

const dir = freshDir('cuohe-calibrate-');
const cuohe = (...args: string[]) => cuoheIn(dir, args);
const common = [
  '--suppliers',
  join(dir, 'exhibitors.csv'),
  '--buyers',
  join(dir, 'buyers.csv'),
  '--as-of',
  '2026-11-22',
];

beforeAll(() => {
  // The bundled CSVs as the command reads them (codes inferred for words-only profiles), less the
  // few rows whose words give no code: `calibrate` takes whole files.
  const usable = (file: string, read: typeof readSuppliersCsv | typeof readBuyersCsv, side: 'supplier' | 'buyer') => {
    const text = readFileSync(data(file), 'utf8');
    const { rejects } = read(text, { skipInvalid: true, prepare: (rows) => inferCodes(rows, { side }) });
    const bad = new Set(rejects.map((r) => r.line));
    writeFileSync(
      join(dir, file),
      text
        .split('\r\n')
        .filter((_, i) => !bad.has(i + 1))
        .join('\r\n'),
    );
  };
  usable('exhibitors.csv', readSuppliersCsv, 'supplier');
  usable('buyers.csv', readBuyersCsv, 'buyer');
  const suppliers = readSuppliersCsv(readFileSync(join(dir, 'exhibitors.csv'), 'utf8'), {
    prepare: (rows) => inferCodes(rows, { side: 'supplier' }),
  }).suppliers;
  const buyers = readBuyersCsv(readFileSync(join(dir, 'buyers.csv'), 'utf8'), {
    prepare: (rows) => inferCodes(rows, { side: 'buyer' }),
  }).buyers;
  const rows = simulateOutcomes(suppliers, buyers, {
    truth: { industry: 0.2, capability: 0.3, region: 0.3, credentials: 0.05, text: 0.05, capacity: 0.05, timing: 0.05 },
  });
  writeFileSync(
    join(dir, 'outcomes.csv'),
    `buyerId,supplierId,outcome\n${rows.map((r) => `${r.buyerId},${r.supplierId},${r.outcome}`).join('\n')}\n`,
  );
}, 60_000);

describe('cuohe calibrate', () => {
  it('prints the before/after table and weights; writes weights.json that --weights and createEngine take', () => {
    const r = cuohe('calibrate', ...common, '--outcomes', 'outcomes.csv');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/judged pairs of \d+ buyers, 5-fold cross-validation by buyer/);
    expect(r.out).toMatch(/nDCG@10\s+0\.\d{3}\s+0\.\d{3}/);
    expect(r.out).toMatch(/Industry\s+0\.400\s+0\.\d{3}/);
    const weights = JSON.parse(readFileSync(join(dir, 'weights.json'), 'utf8')) as Record<string, number>;
    expect(Object.keys(weights)).toStrictEqual([...COMPONENTS]);
    expect(Object.values(weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(() =>
      createEngine(parseSuppliers([{ id: 'S1', name: 'A', country: 'CN', products: ['8504'] }]), { weights }),
    ).not.toThrow();

    const match = cuohe('match', ...common, '--weights', 'weights.json', '--top', '3', '--out', 'm.csv');
    expect(match.code).toBe(0);
    // The fitted weights do change the order somewhere.
    const plain = cuohe('match', ...common, '--top', '3', '--out', 'p.csv');
    expect(plain.code).toBe(0);
    expect(readFileSync(join(dir, 'm.csv'), 'utf8')).not.toBe(readFileSync(join(dir, 'p.csv'), 'utf8'));
  }, 120_000);

  it('speaks Chinese with --locale zh, for the table and the errors', () => {
    const r = cuohe(
      'calibrate',
      ...common,
      '--outcomes',
      'outcomes.csv',
      '--locale',
      'zh',
      '--out',
      'w-zh.json',
      '--folds',
      '3',
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/按采购商分 3 折交叉验证/);
    expect(r.out).toMatch(/拟合的权重已写入 w-zh\.json/);
    writeFileSync(
      join(dir, 'bad.csv'),
      'buyerId,supplierId,outcome\nB00001,S001002,成交\nB00001,S001002,met\nB00002,NOPE,deal\n',
    );
    const bad = cuohe('calibrate', ...common, '--outcomes', 'bad.csv', '--locale', 'zh');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/bad\.csv:3: .*已有结果（第 2 行）/);
    expect(bad.err).toMatch(/bad\.csv:4: supplierId: 没有 id 为 "NOPE" 的供应商/);
    expect(bad.err).toMatch(/发现 2 个问题/);
  }, 120_000);

  it('refuses too few outcomes with exit 1 and the minimum; a bad weights file is a usage error (exit 2)', () => {
    writeFileSync(join(dir, 'few.csv'), 'buyerId,supplierId,outcome\nB00001,S001002,deal\n');
    const few = cuohe('calibrate', ...common, '--outcomes', 'few.csv');
    expect(few.code).toBe(1);
    expect(few.err).toMatch(/too few judged pairs to fit weights: found .* needed 100 \/ 50/);
    writeFileSync(join(dir, 'w-bad.json'), '{"industri": 0.5}');
    const badWeights = cuohe('match', ...common, '--weights', 'w-bad.json');
    expect(badWeights.code).toBe(2);
    expect(badWeights.err).toMatch(/unknown component/);
  }, 180_000);
});
