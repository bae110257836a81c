/**
 * The small things organisers trip over: --version, unrecognised headers, --columns when
 * guessing, both files' problems, BOM, 1-based numbers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cuoheIn, data, freshDir, root } from './run-cli.js';

describe('cuohe small things', () => {
  it('--version prints the package version', () => {
    const r = cuoheIn(freshDir(), ['--version']);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(
      (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version,
    );
  }, 180_000);

  it('validate: headers that map to no field are one message, in English and Chinese, not one per row', () => {
    const dir = freshDir();
    const rows = Array.from({ length: 1500 }, (_, i) => `B${i},Firm ${i},DE,850440`);
    writeFileSync(join(dir, 'zh.csv'), `采购商编号,采购商名称,国家,采购产品HS编码\n${rows.join('\n')}\n`);
    const r = cuoheIn(dir, ['validate', 'zh.csv']);
    expect(r.code).toBe(1);
    expect(r.err.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(
        new RegExp(
          '^zh\\.csv:1: the headers were not recognised — did you forget --columns\\? ' +
            '\\(表头无法识别——是否忘了 --columns？\\) Found "采购商编号", "采购商名称", "国家", "采购产品HS编码"',
        ),
      ),
      '1 problem found (file:N is line N of the file, the header being line 1)',
    ]);
    // With the Chinese map the file is recognised as buyers (a header mapped to "wants") and valid.
    const mapped = cuoheIn(dir, ['validate', 'zh.csv', '--columns', data('columns-zh.json')]);
    expect(mapped.out).toBe('zh.csv: 1500 buyers, all valid\n');
  }, 180_000);

  it('columns-zh.json maps every column of the bundled buyers file', () => {
    const columns = JSON.parse(readFileSync(data('columns-zh.json'), 'utf8')) as Record<string, string>;
    const fields = new Set(Object.values(columns));
    const header = readFileSync(data('buyers.csv'), 'utf8').split('\n')[0]!.trim().split(',');
    expect(header.filter((f) => !fields.has(f))).toEqual([]);
    expect(fields.has('activities')).toBe(true);
  }, 180_000);

  it("match reports both files' problems at once; --rejects gets a BOM with --bom; reads dates like 2027/3/15", () => {
    const dir = freshDir();
    writeFileSync(join(dir, 's.csv'), 'id,name,country,products\nS1,Tea,中国,0902\nS2,Power,CN,850440\n');
    writeFileSync(
      join(dir, 'b.csv'),
      'id,name,country,wants,deadline\nB1,Berlin,DE,850440,2027/3/15\nB2,London,UK,0902,2027-3-15\n',
    );
    const both = cuoheIn(dir, ['match', '--suppliers', 's.csv', '--buyers', 'b.csv', '--as-of', '2026-11-22']);
    expect(both.code).toBe(1);
    expect(both.err).toMatch(
      /s\.csv:2: country: "中国" is not an ISO 3166-1 alpha-2 country code: did you mean CN\? \(是否应为 CN？\)/,
    );
    expect(both.err).toMatch(/b\.csv:3: country: "UK" is not an ISO 3166-1 alpha-2 country code: did you mean GB\?/);
    expect(both.err).toMatch(/2 problems found/);
    const skipped = cuoheIn(dir, [
      'match',
      '--suppliers',
      's.csv',
      '--buyers',
      'b.csv',
      '--as-of',
      '2026-11-22',
      '--skip-invalid',
      '--rejects',
      'rejects.csv',
      '--bom',
      '--out',
      'm.csv',
    ]);
    expect(skipped.code).toBe(0);
    const rejects = readFileSync(join(dir, 'rejects.csv'), 'utf8');
    expect(rejects.startsWith('\uFEFFfile,line,problems')).toBe(true);
    expect(rejects).toContain('中国');
    // B1's deadline 2027/3/15 was read as 2027-03-15: B1 is ranked, not rejected.
    expect(readFileSync(join(dir, 'm.csv'), 'utf8')).toMatch(/\r\nB1,Berlin,1,S2,/);
  }, 180_000);

  it('JSON records are numbered from 1, and said so', () => {
    const dir = freshDir();
    writeFileSync(
      join(dir, 's.json'),
      JSON.stringify([
        { id: 'S1', name: 'A', country: 'CN', products: ['8504'] },
        { id: 'S2', name: 'B', country: 'XX', products: ['8504'] },
      ]),
    );
    const r = cuoheIn(dir, ['validate', 's.json']);
    expect(r.err).toMatch(/^s\.json, record 2: country: "XX"/m);
    expect(r.err).toMatch(/1 problem found \(records are counted from 1\)/);
  }, 180_000);
});
