import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, matchesToCsv, readMatchesCsv, readSuppliersCsv, rowToRecord } from '../../src/io/index.js';
import { validationIssues } from '../validation-issues.js';

const issues = validationIssues;

const HEADER = 'id,name,country,products,capabilities,certifications,capacity';

describe('reading profile CSV', () => {
  it('maps list, number and vector cells, custom headers and full-width separators', () => {
    expect(
      rowToRecord(
        { 企业名称: 'A', products: '8504.40；8501', capabilities: '0.5;-1;2e-1', capacity: '12,000', moq: '' },
        { 企业名称: 'name' },
      ),
    ).toStrictEqual({
      name: 'A',
      products: ['8504.40', '8501'],
      capabilities: [0.5, -1, 0.2],
      capacity: 12000,
    });
  });

  it('reports every bad row with its line and column, ragged rows included', () => {
    const csv = [
      HEADER,
      'S1,Good,CN,8504,1;2,ISO9001,10',
      'S2,Bad HS,CN,8504x,1;2,,',
      'S3,Ragged,CN',
      'S4,Bad country,XX,8504,1;2,,',
      'S5,Bad number,CN,8504,1;x,,lots',
    ].join('\n');
    const found = issues(() => readSuppliersCsv(csv, { file: 'exhibitors.csv' }));
    const where = found.map((i) => `${i.path.slice(0, 3).join(':')}`);
    expect(where).toEqual([
      'exhibitors.csv:line 3:products',
      'exhibitors.csv:line 4',
      'exhibitors.csv:line 5:country',
      'exhibitors.csv:line 6:capabilities',
      'exhibitors.csv:line 6:capacity',
    ]);
  });

  it('--skip-invalid keeps the good rows and returns the rejects', () => {
    const csv = [HEADER, 'S1,Good,CN,8504,1;2,ISO9001,10', 'S2,Bad,CN,85x,,,', 'S3,Ragged'].join('\r\n');
    const { suppliers, rejects } = readSuppliersCsv(csv, { skipInvalid: true });
    expect(suppliers.map((s) => s.id)).toStrictEqual(['S1']);
    expect(rejects.map((r) => r.line)).toStrictEqual([3, 4]);
  });

  it('rejects an empty file and a header-only problem clearly', () => {
    expect(issues(() => readSuppliersCsv('   \n', { file: 'x.csv' }))[0]!.code).toBe('unreadable');
    expect(issues(() => readSuppliersCsv('id,id\nS1,S1', { file: 'x.csv' }))[0]!.code).toBe('conflict');
  });

  it('decodes UTF-8 with BOM and GBK as saved by Chinese Excel', () => {
    const text = '企业名称,国家\n东莞市电子有限公司,CN\n';
    expect(decodeBytes(new TextEncoder().encode(`\uFEFF${text}`))).toStrictEqual({ text, encoding: 'utf-8' });
    expect(decodeBytes(iconv.encode(text, 'gbk'))).toStrictEqual({ text, encoding: 'gb18030' });
    expect(decodeBytes(iconv.encode(text, 'gbk'), 'gbk').text).toBe(text);
    expect(issues(() => decodeBytes(iconv.encode(text, 'gbk'), 'utf-8'))[0]!.code).toBe('unreadable');
    expect(issues(() => decodeBytes(new Uint8Array([65]), 'klingon'))[0]!.code).toBe('invalid-value');
  });

  it('copes with a 50 MB file: every row read and validated, or a clear error', () => {
    const row =
      'S{i},Supplier {i} Manufacturing Co. Ltd. with a long registered name for padding purposes,CN,' +
      '850440;850410;8501,0.1;0.2;0.3;0.4;0.5;0.6;0.7;0.8,ISO9001;CE;ISO14001,12000\n';
    const rows: string[] = [`${HEADER}\n`];
    let size = rows[0]!.length;
    for (let i = 0; size < 50 * 1024 * 1024; i++) {
      const line = row.replaceAll('{i}', String(i));
      rows.push(line);
      size += line.length;
    }
    const { suppliers } = readSuppliersCsv(rows.join(''));
    expect(suppliers.length).toBe(rows.length - 1);
    expect(suppliers.at(-1)!.products).toStrictEqual(['850440', '850410', '8501']);
  }, 180_000);
});

describe('writing matches', () => {
  it('is Excel-safe and reads back as schedule candidates', () => {
    const match = {
      buyerId: 'B1',
      supplierId: 'S1',
      score: 0.8,
      excluded: [],
      reasons: ['=cmd|calc', 'exact HS match 850440'],
      components: {
        industry: 1,
        region: 0.5,
        capability: null,
        text: null,
        credentials: 0.7,
        capacity: null,
        timing: null,
      },
      mutual: { supplierSide: 0.6, score: 0.685714 },
    };
    const csv = matchesToCsv(new Map([['B1', [match]]]), { names: { B1: '+Buyer', S1: '东莞' }, bom: true });
    expect(csv.startsWith('\uFEFFbuyerId,buyerName,rank')).toBe(true);
    expect(csv).toContain(",'+Buyer,");
    expect(csv).toContain("'=cmd|calc | exact HS match 850440");
    expect(readMatchesCsv(csv.slice(1))).toStrictEqual([{ buyerId: 'B1', supplierId: 'S1', score: 0.685714 }]);
  });
});
