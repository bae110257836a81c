/** A typo never drops a constraint: unknown nested keys, CSV columns and option keys are errors with "did you mean". */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine, loadEngine, parseBuyers, parseSuppliers } from '../../src/index.js';
import { readBuyersCsv, readSuppliersCsv } from '../../src/io/index.js';
import { rankAllParallel } from '../../src/node/index.js';
import { validationIssues } from '../validation-issues.js';
import { cuoheIn, freshDir } from './run-cli.js';

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
    expect(issues[0]!.message).toBe('unknown key "exlude": did you mean "exclude"?');
    expect(issues[0]!.id).toBe('B1');
    expect(
      validationIssues(() => parseBuyers([{ ...buyerRecord, origins: { include: ['EU'], blocked: ['CN'] } }]))[0]!
        .message,
    ).toMatch(/unknown key "blocked" \(expected include, exclude\)/);
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
    expect(issues).toEqual([
      {
        path: ['buyers.csv', 'line 1', 'originsExlude'],
        message: 'unknown column "originsExlude": did you mean "originsExclude"?',
      },
    ]);
    const extra = 'id,name,country,products,email\nS1,A,CN,8504,a@example.com\n';
    expect(validationIssues(() => readSuppliersCsv(extra))[0]!.message).toMatch(
      /unknown column "email": not a profile field/,
    );
    expect(readSuppliersCsv(extra, { ignoreColumns: ['email'] }).suppliers[0]).toStrictEqual(
      parseSuppliers([{ id: 'S1', name: 'A', country: 'CN', products: ['8504'] }])[0],
    );
    // A supplier file has no origins columns.
    expect(
      validationIssues(() => readSuppliersCsv('id,name,country,products,originsExclude\nS1,A,CN,8504,US\n'))[0]!
        .message,
    ).toMatch(/unknown column "originsExclude"/);
    // A column mapped to a misspelt field is caught too.
    expect(
      validationIssues(() =>
        readSuppliersCsv('id,name,国家,products\nS1,A,CN,8504\n', { columns: { 国家: 'contry' } }),
      )[0]!.message,
    ).toMatch(/did you mean "country"/);
  });

  it('unknown option keys are errors with "did you mean"', async () => {
    const engine = createEngine(suppliers, { asOf: '2026-11-22' });
    const [buyer] = parseBuyers([buyerRecord]);
    expect(validationIssues(() => engine.rank(buyer!, { limt: 5 } as never))).toEqual([
      { path: ['opts', 'limt'], message: 'unknown option "limt": did you mean "limit"?' },
    ]);
    expect(validationIssues(() => engine.rankAll([buyer!], { minscore: 0.5 } as never))[0]!.message).toMatch(
      /did you mean "minScore"/,
    );
    expect(validationIssues(() => createEngine(suppliers, { asof: '2026-11-22' } as never))[0]!.message).toMatch(
      /did you mean "asOf"/,
    );
    expect(validationIssues(() => createEngine(suppliers, { wieghts: {} } as never))[0]!.path).toEqual([
      'options',
      'wieghts',
    ]);
    expect(validationIssues(() => engine.meetingCandidates([buyer!], { perBuyr: 3 } as never))[0]!.message).toMatch(
      /did you mean "perBuyer"/,
    );
    expect(validationIssues(() => loadEngine(engine.snapshot(), { verfy: true } as never))[0]!.message).toMatch(
      /did you mean "verify"/,
    );
    await expect(rankAllParallel(engine, [buyer!], { thread: 2 } as never)).rejects.toThrow(/did you mean "threads"/);
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
