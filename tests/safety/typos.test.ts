/** A typo never drops a constraint: unknown nested keys, CSV columns and option keys are errors with "did you mean". */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine, loadEngine, parseBuyers, parseSuppliers } from '../../src/index.js';
import { readBuyersCsv, readSuppliersCsv } from '../../src/io/index.js';
import { rankAllParallel } from '../../src/node/index.js';
import { cuoheIn, freshDir } from '../cli/run-cli.js';
import { validationIssues } from '../validation-issues.js';

const suppliers = parseSuppliers([
  { id: 'S1', name: 'Shenzhen Power', country: 'CN', products: ['850440'] },
  { id: 'S2', name: 'Hanoi Power', country: 'VN', products: ['850440'] },
]);
const buyerRecord = { id: 'B1', name: 'Berlin Energy', country: 'DE', wants: ['850440'] };

describe('typos are errors', () => {
  it('origins: { exlude } is rejected with "did you mean exclude"', () => {
    const issues = validationIssues(() => parseBuyers([{ ...buyerRecord, origins: { exlude: ['CN'] } }]));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual([0, 'origins']);
    expect(issues[0]!.code).toBe('unknown-key');
    expect(issues[0]!.id).toBe('B1');
    expect(
      validationIssues(() => parseBuyers([{ ...buyerRecord, origins: { include: ['EU'], blocked: ['CN'] } }]))[0]!.code,
    ).toBe('unknown-key');
    // Spelt right, the constraint holds.
    const [buyer] = parseBuyers([{ ...buyerRecord, origins: { exclude: ['CN'] } }]);
    expect(
      createEngine(suppliers, { asOf: '2026-11-22' })
        .rank(buyer!)
        .map((m) => m.supplierId),
    ).toEqual(['S2']);
  });

  it('a CSV column originsExlude is an error on line 1; unrelated columns need ignoreColumns', () => {
    const csv = 'id,name,country,wants,originsExlude\nB1,Berlin Energy,DE,850440,CN\n';
    const issues = validationIssues(() => readBuyersCsv(csv, { file: 'buyers.csv', skipInvalid: true }));
    expect(issues).toMatchObject([
      {
        path: ['buyers.csv', 'line 1', 'originsExlude'],
        code: 'unknown-key',
        params: { key: 'originsExlude', suggestion: 'originsExclude', what: 'column' },
      },
    ]);
    expect(issues).toHaveLength(1);
    const extra = 'id,name,country,products,email\nS1,A,CN,8504,a@example.com\n';
    expect(validationIssues(() => readSuppliersCsv(extra))[0]).toMatchObject({
      code: 'unknown-key',
      params: { key: 'email', what: 'column' },
    });
    expect(readSuppliersCsv(extra, { ignoreColumns: ['email'] }).suppliers[0]).toStrictEqual(
      parseSuppliers([{ id: 'S1', name: 'A', country: 'CN', products: ['8504'] }])[0],
    );
    // A supplier file has no origins columns.
    expect(
      validationIssues(() => readSuppliersCsv('id,name,country,products,originsExclude\nS1,A,CN,8504,US\n'))[0]!.params,
    ).toMatchObject({ key: 'originsExclude', what: 'column' });
    // A column mapped to a misspelt field is caught too.
    expect(
      validationIssues(() =>
        readSuppliersCsv('id,name,国家,products\nS1,A,CN,8504\n', { columns: { 国家: 'contry' } }),
      )[0]!.params,
    ).toMatchObject({ key: 'contry', suggestion: 'country' });
  });

  it('unknown option keys are errors with "did you mean"', async () => {
    const engine = createEngine(suppliers, { asOf: '2026-11-22' });
    const [buyer] = parseBuyers([buyerRecord]);
    expect(validationIssues(() => engine.rank(buyer!, { limt: 5 } as never))).toMatchObject([
      { path: ['opts', 'limt'], code: 'unknown-key', params: { key: 'limt', suggestion: 'limit', what: 'option' } },
    ]);
    expect(validationIssues(() => engine.rankAll([buyer!], { minscore: 0.5 } as never))[0]!.params?.suggestion).toBe(
      'minScore',
    );
    expect(
      validationIssues(() => createEngine(suppliers, { asof: '2026-11-22' } as never))[0]!.params?.suggestion,
    ).toBe('asOf');
    expect(validationIssues(() => createEngine(suppliers, { wieghts: {} } as never))[0]!.path).toEqual([
      'options',
      'wieghts',
    ]);
    expect(
      validationIssues(() => engine.meetingCandidates([buyer!], { perBuyr: 3 } as never))[0]!.params?.suggestion,
    ).toBe('perBuyer');
    expect(validationIssues(() => loadEngine(engine.snapshot(), { verfy: true } as never))[0]!.params?.suggestion).toBe(
      'verify',
    );
    await expect(rankAllParallel(engine, [buyer!], { thread: 2 } as never)).rejects.toMatchObject({
      issues: [{ code: 'unknown-key', params: { key: 'thread', suggestion: 'threads' } }],
    });
  });

  it('cuohe validate names the misspelt column, and --ignore-columns leaves others out', () => {
    const dir = freshDir();
    writeFileSync(
      join(dir, 'buyers.csv'),
      'id,name,country,wants,originsExlude,email\nB1,Berlin Energy,DE,850440,CN,x@example.com\n',
    );
    const r = cuoheIn(dir, ['validate', 'buyers.csv', '--ignore-columns', 'email']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /buyers\.csv:1: originsExlude: unknown column "originsExlude": did you mean "originsExclude"\?/,
    );
    expect(r.err).not.toMatch(/email/);
  });
});
