/** Reading files piece by piece gives exactly what reading them whole gives. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { streamProfiles } from '../../src/cli/stream-profiles.js';
import { ValidationError } from '../../src/index.js';
import { CsvRunSplitter } from '../../src/io/csv-chunks.js';
import { readCsvTable, readSuppliersCsv } from '../../src/io/index.js';
import { cuoheIn, data, freshDir } from '../cli/run-cli.js';

const cell = fc.oneof(
  fc.constantFrom('a', 'b c', '"q"', 'x,y', 'two\nlines', 'cr\rlf', 'S1', ''),
  fc.string({ maxLength: 4 }),
);
const record = fc
  .array(cell, { minLength: 3, maxLength: 3 })
  .map((cells) => cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','));

describe('CSV runs', () => {
  it('property: runs cut at record ends, and parsed one by one equal the whole file parsed at once (300 runs)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(record, fc.constantFrom('\n', '\r\n', '\r')), { minLength: 1, maxLength: 12 }),
        fc.array(fc.nat(60), { maxLength: 8 }),
        fc.integer({ min: 1, max: 40 }),
        (records, cuts, runLength) => {
          const text = `h1,h2,h3\n${records.map(([r, e]) => r + e).join('')}`;
          const whole = readCsvTable(text).rows.map((r) => [r.line, { ...r.cells }]);
          const splitter = new CsvRunSplitter(runLength);
          const runs = [];
          let at = 0;
          for (const c of [...cuts].sort((a, b) => a - b)) {
            const piece = text.slice(at, Math.max(at, c));
            at = Math.max(at, c);
            const r = splitter.push(piece);
            if (r) runs.push(r);
          }
          const r = splitter.push(text.slice(at));
          if (r) runs.push(r);
          const last = splitter.end();
          if (last) runs.push(last);
          expect(runs.map((x) => x.text).join('')).toBe(text.replace(/\r\n?/g, '\n'));
          const [first, ...rest] = runs;
          const header = first!.text.slice(0, first!.text.indexOf('\n'));
          const pieces = [{ text: first!.text.slice(header.length + 1), line: first!.line + 1 }, ...rest];
          const parsed = pieces.flatMap((p) =>
            readCsvTable(`${header}\n${p.text}`).rows.map((row) => [row.line + p.line - 2, { ...row.cells }]),
          );
          expect(parsed).toEqual(whole);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('streamProfiles', () => {
  const rows = Array.from({ length: 60 }, (_, i) => `S${i},Firm ${i},CN,8504,${i % 2 ? '1;2' : '1;2'}`);
  const csv = `id,name,country,products,capabilities\n${rows.join('\n')}\n`;

  it('small runs give the same suppliers as reading the file whole', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 's.csv'), csv);
    const streamed = streamProfiles('suppliers', join(dir, 's.csv'), { keep: true, runLength: 50 });
    expect(streamed.profiles).toStrictEqual(readSuppliersCsv(csv).suppliers);
    expect(streamed.count).toBe(60);
    const json = join(dir, 's.json');
    writeFileSync(json, JSON.stringify(readSuppliersCsv(csv).suppliers));
    expect(streamProfiles('suppliers', json, { keep: true, jsonBatch: 7 }).profiles).toStrictEqual(streamed.profiles);
  });

  it('duplicate ids and mismatched dimensions across runs and batches are found, with lines and record indexes', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'd.csv'), `${csv}S3,Again,CN,8504,1;2\nS99,Wide,CN,8504,1;2;3\n`);
    let error: unknown;
    try {
      streamProfiles('suppliers', join(dir, 'd.csv'), { keep: false, runLength: 50 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    expect(issues).toMatchObject([
      { path: ['d.csv', 'line 62', 'id'], code: 'duplicate-id', id: 'S3' },
      { path: ['d.csv', 'line 63', 'capabilities'], code: 'conflict' },
    ]);
    expect(issues).toHaveLength(2);
    const records = [
      ...readSuppliersCsv(csv).suppliers.slice(0, 10),
      { id: 'S3', name: 'Again', country: 'CN', products: ['8504'] },
    ];
    writeFileSync(join(dir, 'd.json'), JSON.stringify(records));
    expect(() => streamProfiles('suppliers', join(dir, 'd.json'), { keep: false, jsonBatch: 4 })).toThrow(
      /duplicate id "S3" \(first used by record 4\)/,
    );
  });

  it('a JSON file that is not an array of records, or not JSON, is a ValidationError', () => {
    const dir = freshDir();
    for (const [name, text, message] of [
      ['o.json', '{"id":"S1"}', /expected an array/],
      ['b.json', '[{"id": ]', /not valid JSON/],
      ['e.json', '', /expected an array/],
    ] as const) {
      writeFileSync(join(dir, name), text);
      expect(() => streamProfiles('suppliers', join(dir, name), { keep: true })).toThrow(message);
    }
  });

  it('cuohe validate and match still read the bundled GBK and UTF-8 files', () => {
    const dir = freshDir();
    // Every row is read; the only problems are the few sample profiles whose words give no code.
    for (const [file, count] of [
      [cuoheIn(dir, ['validate', data('exhibitors-gbk.csv'), '--columns', data('columns-zh.json')]), 1],
      [cuoheIn(dir, ['validate', data('exhibitors.csv')]), 5],
    ] as const) {
      const problems = (file.out + file.err).split('\n').filter((l) => /:\d+: /.test(l));
      expect(problems).toHaveLength(count);
      for (const p of problems) expect(p).toMatch(/a supplier needs at least one product/);
    }
  });
});
