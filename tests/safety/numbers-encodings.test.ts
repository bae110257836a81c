/**
 * Numbers are read under one stated convention; files in an unreadable or mixed encoding are
 * errors, never garbled text.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, readSuppliersCsv } from '../../src/io/index.js';
import { numberCell } from '../../src/io/profiles-csv.js';
import { cuoheIn, freshDir } from '../cli/run-cli.js';
import { validationIssues } from '../validation-issues.js';

const csv = (capacity: string) => `id,name,country,products,capacity\nS1,A,CN,8504,"${capacity}"\n`;

describe('number cells', () => {
  it('reads "." decimals and ","/space thousands groups', () => {
    for (const [cell, value] of [
      ['12,000', 12000],
      ['12 000', 12000],
      ['1,234.5', 1234.5],
      ['2.5', 2.5],
      ['0.125', 0.125],
      ['1000', 1000],
      ['1e3', 1000],
      ['1.5', 1.5],
    ] as const) {
      expect({ cell, value: numberCell(cell) }).toEqual({ cell, value });
    }
    expect(readSuppliersCsv(csv('12,000')).suppliers[0]!.capacity).toBe(12000);
  });

  it('"2,5" and "1.000" are rejected as ambiguous, with the row and column', () => {
    const comma = validationIssues(() => readSuppliersCsv(csv('2,5'), { file: 'x.csv' }));
    expect(comma).toEqual([
      expect.objectContaining({
        path: ['x.csv', 'line 2', 'capacity'],
        message: expect.stringMatching(/"2,5" is ambiguous.*write 2\.5, or 25/),
      }),
    ]);
    const dot = validationIssues(() => readSuppliersCsv(csv('1.000'), { file: 'x.csv' }));
    expect(dot[0]!.message).toMatch(
      /"1\.000" is ambiguous: "\." is the decimal point \(as a decimal it would be 1\); write 1000/,
    );
    expect(validationIssues(() => readSuppliersCsv(csv('1.234.567')))[0]!.message).toMatch(/write 1234567/);
    for (const bad of ['2,5', '1.000', '12,00', '1,2,3', '12.345', 'abc'])
      expect(typeof numberCell(bad)).toBe('object');
  });
});

describe('encodings', () => {
  const header = 'id,name,country,products\n';
  it('a Latin-1 file ("Société Générale") is an error naming the line, not garbled names', () => {
    const bytes = iconv.encode(`${header}S1,Acme,FR,8504\nS2,Société Générale,FR,8504\n`, 'latin1');
    const issues = validationIssues(() => decodeBytes(bytes));
    expect(issues[0]!.path).toEqual(['encoding', 'line 3']);
    expect(issues[0]!.message).toMatch(
      /line 3 looks like Latin-1 \/ Windows-1252 text \("S2,Société Générale,FR,8504"\)/,
    );
    // Named, it reads right.
    expect(decodeBytes(bytes, 'windows-1252').text).toContain('Société Générale');
  });

  it('a UTF-8 file with one GBK cell is an error (mixed encodings)', () => {
    const utf8 = Buffer.from(`${header}S1,上海电机,CN,8501\nS2,深圳电源,CN,8504\n`, 'utf8');
    const gbk = iconv.encode('S3,广州变压器,CN,8504\n', 'gbk');
    const tail = Buffer.from('S4,苏州精密,CN,8504\n', 'utf8');
    const issues = validationIssues(() => decodeBytes(Buffer.concat([utf8, gbk, tail])));
    expect(issues[0]!.path).toEqual(['encoding', 'line 4']);
    expect(issues[0]!.message).toMatch(/line 4 is not UTF-8 while line 2 is: the file mixes encodings/);
    // One UTF-8 line that GB18030 cannot read is proof enough on its own.
    const odd = Buffer.from(`${header}S1,上海电机厂,CN,8501\n`, 'utf8');
    expect(validationIssues(() => decodeBytes(Buffer.concat([odd, gbk])))[0]!.message).toMatch(/mixes encodings/);
  });

  it('GBK and GB18030 files with Chinese names still read, CRLF included', () => {
    const text = `${header}S1,上海电机有限公司,CN,8501\r\nS2,广州变压器厂,CN,8504\r\nS3,Acme Ltd,US,8504\r\n`;
    expect(decodeBytes(iconv.encode(text, 'gbk'))).toEqual({ text, encoding: 'gb18030' });
    expect(decodeBytes(iconv.encode(text, 'gb18030'))).toEqual({ text, encoding: 'gb18030' });
  });

  it('cuohe validate of a Latin-1 file exits 1 instead of "all valid"', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'latin1.csv'), iconv.encode(`${header}S1,Société Générale,FR,8504\n`, 'latin1'));
    const r = cuoheIn(dir, ['validate', 'latin1.csv']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Latin-1/);
    expect(r.out).not.toMatch(/all valid/);
  });
});
