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
  it('normalises: trims, upper-cases countries, strips HS dots, dedupes lists, canonicalises certificates, maps Chinese tiers', () => {
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
      issues.filter((i) => JSON.stringify(i.path) === JSON.stringify(path)).map((i) => i.message);
    expect(at([1, 'country'])[0]).toMatch(/"XX" is not an ISO 3166-1 alpha-2 country code/);
    expect(at([1, 'products', 0])[0]).toMatch(/"8504x" is not an HS code/);
    expect(at([1, 'products', 1])[0]).toMatch(/national tariff line: use its first 6 digits \(850440\)/);
    expect(at([1, 'products', 2])[0]).toMatch(/not in the HS 2022 nomenclature/);
    expect(at([1, 'tier'])[0]).toMatch(/"giant" is not a tier/);
    expect(at([2, 'id'])[0]).toMatch(/duplicate id "S1" \(first used by record 0\)/);
    expect(at([3, 'capabilities', 1])[0]).toMatch(/finite number/);
    expect(at([4, 'capacity'])[0]).toMatch(/must not be negative/);
    expect(at([4, 'leadTimeDays'])[0]).toMatch(/between 0 and 3650/);
    expect(at([4, 'timezone'])[0]).toMatch(/not an IANA time zone/);
    expect(at([4, 'languages', 0])[0]).toMatch(/not an ISO 639-1/);
    expect(at([5, 'products'])[0]).toMatch(/at least one product \(HS\) or activity \(ISIC\)/);
    expect(at([6])[0]).toMatch(/expected a supplier record/);
    expect(issues.find((i) => i.path[0] === 1)?.id).toBe('S2');
  });

  it('rejects capability vectors of different dimensions, naming the first record', () => {
    const issues = issuesOf(() =>
      parseSuppliers([supplier({ capabilities: [1, 2, 3] }), supplier({ id: 'S2', capabilities: [1, 2] })]),
    );
    expect(issues).toStrictEqual([
      {
        path: [1, 'capabilities'],
        message: 'has 2 dimensions; record 0 has 3 (all records need the same dimension)',
        id: 'S2',
      },
    ]);
  });

  it('rejects absurd sizes', () => {
    const issues = issuesOf(() =>
      parseSuppliers([supplier({ name: 'x'.repeat(10_000), capabilities: new Array(5000).fill(1), moq: 1e300 })]),
    );
    expect(issues.map((i) => i.path.join('.')).sort()).toStrictEqual(['0.capabilities', '0.moq', '0.name']);
  });

  it('flags misspelt field names instead of silently ignoring them, and ignores unrelated extra columns', () => {
    const issues = issuesOf(() => parseSuppliers([supplier({ certification: ['CE'], email: 'a@b.c' })]));
    expect(issues).toStrictEqual([
      {
        path: [0, 'certification'],
        message: 'unknown field "certification": did you mean "certifications"?',
        id: 'S1',
      },
    ]);
  });

  it('rejects a non-array with a clear message and HS codes given as numbers', () => {
    expect(issuesOf(() => parseSuppliers({ id: 'S1' }))[0]!.message).toMatch(
      /expected an array of supplier records, got an object/,
    );
    expect(issuesOf(() => parseSuppliers([supplier({ products: [8504] })]))[0]).toMatchObject({
      path: [0, 'products', 0],
      message: expect.stringMatching(/leading zeros/),
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
