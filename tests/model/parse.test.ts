import { describe, expect, it } from 'vitest';
import { parseBuyers, parseSuppliers } from '../../src/index.js';
import { validationIssues } from '../validation-issues.js';

const issuesOf = validationIssues;

const supplier = (extra: Record<string, unknown> = {}) => ({
  id: 'S1',
  name: 'Foshan Motor',
  country: 'CN',
  products: ['8501'],
  ...extra,
});
const buyer = (extra: Record<string, unknown> = {}) => ({
  id: 'B1',
  name: 'Nordic Retail',
  country: 'SE',
  wants: ['8516'],
  ...extra,
});

describe('parseSuppliers', () => {
  it('normalises: trims, upper-cases countries, strips HS dots, dedupes, canonical certificates, Chinese tiers', () => {
    const [s] = parseSuppliers([
      supplier({
        id: ' S1 ',
        country: ' cn',
        products: ['8504.40', '850440', '8501'],
        certifications: ['ISO 9001:2015', 'iso-9001', 'CE'],
        tier: '专精特新"小巨人"',
        keywords: [' Electric  Motor ', 'electric motor'],
        languages: ['ZH', 'en'],
        exportMarkets: ['de', 'DE'],
        targetMarkets: ['rcep', 'eu'],
      }),
    ]);
    expect(s).toStrictEqual({
      id: 'S1',
      name: 'Foshan Motor',
      country: 'CN',
      products: ['850440', '8501'],
      certifications: ['ISO9001', 'CE'],
      tier: 'little-giant',
      keywords: ['electric motor'],
      languages: ['zh', 'en'],
      exportMarkets: ['DE'],
      targetMarkets: ['RCEP', 'EU'],
    });
  });

  it('treats null and "" as absent (blank spreadsheet cells)', () => {
    const [s] = parseSuppliers([supplier({ tier: '', capacity: null, timezone: undefined })]);
    expect(s).toStrictEqual({ id: 'S1', name: 'Foshan Motor', country: 'CN', products: ['8501'] });
  });

  it('reports every problem with the record index and field', () => {
    const issues = issuesOf(() =>
      parseSuppliers([
        supplier(),
        supplier({ id: 'S2', country: 'XX', products: ['8504x', '85044090', '9999'], tier: 'giant' }),
        supplier({ id: 'S1' }),
        supplier({ id: 'S4', capabilities: [1, Number.NaN] }),
        supplier({ id: 'S5', capacity: -1, leadTimeDays: 1e9, timezone: 'Mars/Base', languages: ['xx'] }),
        supplier({ id: 'S6', products: [], activities: undefined }),
        'not a record',
      ]),
    );
    const at = (path: (string | number)[]) =>
      issues.filter((i) => JSON.stringify(i.path) === JSON.stringify(path)).map((i) => i.code);
    expect(at([1, 'country'])).toStrictEqual(['invalid-value']);
    expect(at([1, 'products', 0])).toStrictEqual(['invalid-value']);
    expect(at([1, 'products', 1])).toStrictEqual(['invalid-value']);
    expect(at([1, 'products', 2])).toStrictEqual(['invalid-value']);
    expect(at([1, 'tier'])).toStrictEqual(['invalid-value']);
    expect(at([2, 'id'])).toStrictEqual(['duplicate-id']);
    expect(issues.find((i) => i.code === 'duplicate-id')!.params).toStrictEqual({ id: 'S1', first: 0 });
    expect(at([3, 'capabilities', 1])).toStrictEqual(['not-a-number']);
    expect(at([4, 'capacity'])).toStrictEqual(['out-of-range']);
    expect(at([4, 'leadTimeDays'])).toStrictEqual(['out-of-range']);
    expect(at([4, 'timezone'])).toStrictEqual(['invalid-value']);
    expect(at([4, 'languages', 0])).toStrictEqual(['invalid-value']);
    expect(at([5, 'products'])).toStrictEqual(['required']);
    expect(at([6])).toStrictEqual(['wrong-type']);
    expect(issues.find((i) => i.path[0] === 1)?.id).toBe('S2');
  });

  it('rejects capability vectors of different dimensions, naming the first record', () => {
    const issues = issuesOf(() =>
      parseSuppliers([supplier({ capabilities: [1, 2, 3] }), supplier({ id: 'S2', capabilities: [1, 2] })]),
    );
    expect(issues).toMatchObject([{ path: [1, 'capabilities'], code: 'conflict', id: 'S2' }]);
    expect(issues).toHaveLength(1);
  });

  it('rejects absurd sizes', () => {
    const issues = issuesOf(() =>
      parseSuppliers([supplier({ name: 'x'.repeat(10_000), capabilities: new Array(5000).fill(1), moq: 1e300 })]),
    );
    expect(issues.map((i) => i.path.join('.')).sort()).toStrictEqual(['0.capabilities', '0.moq', '0.name']);
  });

  it('flags misspelt field names instead of silently ignoring them, and ignores unrelated extra columns', () => {
    const issues = issuesOf(() => parseSuppliers([supplier({ certification: ['CE'], email: 'a@b.c' })]));
    expect(issues).toMatchObject([
      {
        path: [0, 'certification'],
        code: 'unknown-key',
        params: { key: 'certification', suggestion: 'certifications', what: 'field' },
        id: 'S1',
      },
    ]);
    expect(issues).toHaveLength(1);
  });

  it('rejects a non-array with a clear message and HS codes given as numbers', () => {
    expect(issuesOf(() => parseSuppliers({ id: 'S1' }))).toMatchObject([{ path: [], code: 'wrong-type' }]);
    expect(issuesOf(() => parseSuppliers([supplier({ products: [8504] })]))[0]).toMatchObject({
      path: [0, 'products', 0],
      code: 'wrong-type',
    });
  });

  it('does not mutate its input', () => {
    const rows = [supplier({ country: 'cn', products: ['8504.40'] })];
    const before = JSON.stringify(rows);
    parseSuppliers(rows);
    expect(JSON.stringify(rows)).toBe(before);
  });
});

describe('parseBuyers', () => {
  it('validates wants, deadline, tiers, origins and hard conditions', () => {
    const issues = issuesOf(() =>
      parseBuyers([
        buyer({ wants: [] }),
        buyer({
          id: 'B2',
          deadline: '2026-02-30',
          minTier: 'best',
          origins: { include: ['RCEP', 'Atlantis'], exclude: ['CN'] },
          hard: ['price'],
        }),
        buyer({ id: 'B3', volume: Infinity, origins: 'EU' }),
        buyer({ id: 'B4', origins: { include: ['RCEP', 'EU'], exclude: ['EU'] } }),
      ]),
    );
    const paths = issues.map((i) => i.path.join('.'));
    expect(paths).toContain('0.wants');
    expect(paths).toContain('1.deadline');
    expect(paths).toContain('1.minTier');
    expect(paths).toContain('1.origins.include.1');
    expect(paths).toContain('3.origins.include.1'); // EU both included and excluded
    expect(paths).toContain('1.hard.0');
    expect(paths).toContain('2.volume');
    expect(paths).toContain('2.origins');
  });

  it('accepts M49 regions and blocs as origins', () => {
    const [b] = parseBuyers([
      buyer({ origins: { include: ['142', 'asean'], exclude: ['002'] }, deadline: '2027-01-15' }),
    ]);
    expect(b!.origins).toStrictEqual({ include: ['142', 'ASEAN'], exclude: ['002'] });
  });
});
