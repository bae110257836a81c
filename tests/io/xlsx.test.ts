/** cuohe/xlsx: workbooks in and out, Chinese intact, formula-looking text stays text, spreadsheet rows in messages. */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine, parseBuyers, parseSuppliers, ValidationError, type ValidationIssue } from '../../src/index.js';
import { matchesToCsv, readMatchesCsv } from '../../src/io/index.js';
import {
  csvToXlsx,
  displayWidth,
  matchesToXlsx,
  profilesToXlsx,
  readBuyersXlsx,
  readMatchesXlsx,
  readSheet,
  readSuppliersXlsx,
  tablesToXlsx,
} from '../../src/io/xlsx/index.js';

async function asyncIssues(fn: () => Promise<unknown>): Promise<ValidationIssue[]> {
  try {
    await fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues;
  }
  throw new Error('expected a ValidationError');
}

const INJECTIONS = [
  '=HYPERLINK("http://evil.example","点我")',
  "+cmd|' /C calc'!A0",
  '@SUM(1+1)*cmd',
  '-2+3',
  '＝1+1',
  ' =1',
];

/** The workbook as Excel would load it, through exceljs' full (non-streaming) reader. */
async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

describe('profiles → xlsx → profiles', () => {
  const suppliers = parseSuppliers(
    [
      {
        id: 'S1',
        name: '东莞市电源科技有限公司',
        country: 'CN',
        products: ['850440', '090210'],
        keywords: ['锂电池', '储能'],
        description: '生产锂电池储能系统',
        certifications: ['ISO9001'],
        tier: '专精特新',
        capabilities: [0.9, 0.1, 0.8],
        origins: undefined,
        capacity: 12000,
        moq: 500,
        leadTimeDays: 30,
      },
      {
        id: '-S2',
        name: INJECTIONS[0]!,
        country: 'US',
        products: ['8504'],
        keywords: INJECTIONS.slice(1, 4),
        capabilities: [0, 1, 0.5],
      },
    ].map(({ origins: _o, ...r }) => r),
  );
  const buyers = parseBuyers([
    {
      id: 'B1',
      name: 'Berlin Energy GmbH',
      country: 'DE',
      wants: ['850440'],
      origins: { include: ['RCEP'], exclude: ['US'] },
      deadline: '2027-03-15',
      hard: ['deadline'],
      volume: 5000,
    },
    { id: '@B2', name: '＝1+1 贸易', country: 'VN', wants: ['0902'], description: '+绿茶 采购' },
  ]);

  it('suppliers and buyers come back identical, Chinese and formula-looking text included', async () => {
    const s = await readSuppliersXlsx(await profilesToXlsx(suppliers, { sheet: '展商' }), { file: 's.xlsx' });
    expect(s.sheet).toBe('展商');
    expect(s.suppliers).toStrictEqual(suppliers);
    const b = await readBuyersXlsx(await profilesToXlsx(buyers), { file: 'b.xlsx' });
    expect(b.buyers).toStrictEqual(buyers);
  });

  it('property: any text in a cell is written as text and read back unchanged (200 runs)', async () => {
    const text = fc.oneof(
      fc.constantFrom(...INJECTIONS, '', ' ', "'=1", '0850', '1e5', 'TRUE'),
      fc.string({ maxLength: 30 }),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 6 }), async (cells) => {
        // Control characters other than tab / line breaks cannot be stored in XML; leave them out.
        const clean = cells.map((r) =>
          r.map((t) => t.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')),
        );
        const rows = clean.map(([a, b]) => [`r${a}`, b!]);
        const bytes = await tablesToXlsx([{ name: 't', columns: ['a', 'b'], rows }]);
        const back = await readSheet(bytes);
        expect(back.data.map((r) => [r.cells.a, r.cells.b])).toEqual(
          rows.filter((r) => r.some((c) => c.trim() !== '')),
        );
      }),
      { numRuns: 200 },
    );
    // 200 workbooks written and read: ~25 s alone, longer beside the rest of the suite.
  }, 600_000);
});

describe('writing', () => {
  it('never writes a formula: every text is a shared-string text cell', async () => {
    const bytes = await tablesToXlsx([{ name: 'x', columns: ['text', 'n'], rows: INJECTIONS.map((t, i) => [t, i]) }]);
    const sheet = (await load(bytes)).worksheets[0]!;
    for (let r = 2; r <= INJECTIONS.length + 1; r++) {
      const cell = sheet.getRow(r).getCell(1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(INJECTIONS[r - 2]);
      expect(sheet.getRow(r).getCell(2).type).toBe(ExcelJS.ValueType.Number);
    }
    // The raw sheet XML holds no formula element at all.
    expect(Buffer.from(bytes).includes('<f>')).toBe(false);
  });

  it('freezes the header row, makes it bold, and fits column widths (Chinese counts double)', async () => {
    const bytes = await tablesToXlsx([
      {
        name: 'agenda',
        columns: ['id', 'name'],
        rows: [
          ['S1', '东莞市电源科技有限公司东莞市电源科技'],
          ['S2', 'short'],
        ],
      },
    ]);
    const sheet = (await load(bytes)).getWorksheet('agenda')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getColumn(2).width).toBe(2 * 18 + 2); // 18 Chinese characters
    expect(sheet.getColumn(1).width).toBe(10);
    expect(displayWidth('锂电池 ok')).toBe(9);
  });

  it('matches as a workbook read back as the same candidate pairs as the CSV', async () => {
    const suppliers = parseSuppliers([
      { id: 'S1', name: '电源', country: 'CN', products: ['850440'] },
      { id: 'S2', name: 'Ohio', country: 'US', products: ['8504'] },
    ]);
    const buyers = parseBuyers([{ id: 'B1', name: 'Berlin', country: 'DE', wants: ['850440'] }]);
    const ranked = createEngine(suppliers, { asOf: '2026-11-22' }).rankAll(buyers);
    const fromXlsx = await readMatchesXlsx(await matchesToXlsx(ranked, { supplierNames: { S1: '电源' } }));
    expect(fromXlsx).toEqual(readMatchesCsv(matchesToCsv(ranked)));
    const sheet = (await load(await matchesToXlsx(ranked))).worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...(await readSheet(await matchesToXlsx(ranked))).header]);
  });

  it('csvToXlsx keeps the columns, turns the named number columns into numbers and leaves ids as text', async () => {
    const bytes = await csvToXlsx('\uFEFFslot,table,buyerId,score\r\n1,7,0012,0.5\r\n', {
      sheet: 'schedule',
      numberColumns: ['slot', 'table', 'score'],
    });
    const row = (await load(bytes)).worksheets[0]!.getRow(2);
    expect([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value, row.getCell(4).value]).toEqual([
      1,
      7,
      '0012',
      0.5,
    ]);
  });

  it('bad tables are ValidationErrors', async () => {
    await expect(tablesToXlsx([])).rejects.toMatchObject({ issues: [{ code: 'required' }] });
    await expect(tablesToXlsx([{ name: 'x', columns: ['a'], rows: [['1', '2']] }])).rejects.toMatchObject({
      issues: [{ code: 'too-many' }],
    });
    await expect(tablesToXlsx([{ name: 'x', columns: ['a'], rows: [[Number.NaN]] }])).rejects.toThrow(
      /cannot be written/,
    );
  });
});

describe('reading sheets as people make them', () => {
  /** A workbook built the way Excel users fill one: typed cells, dates, formulas, blank rows. */
  async function handMade(): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明').addRow(['这一页是说明']);
    const sheet = workbook.addWorksheet('采购商');
    sheet.addRow([]);
    sheet.addRow(['id', 'name', 'country', 'wants', 'deadline', 'volume']);
    sheet.addRow([
      'B1',
      { richText: [{ text: '柏林' }, { text: '能源' }] },
      'DE',
      850440,
      new Date(Date.UTC(2027, 2, 15)),
      { formula: '2*2500', result: 5000 },
    ]);
    sheet.addRow([]);
    sheet.addRow(['B2', 'Hanoi Tea', 'VN', '0902', '2027/3/15', 1200]);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }

  it('picks the sheet by name or position; reads numbers, dates, formulas (their value), rich text', async () => {
    const bytes = await handMade();
    for (const sheet of ['采购商', 2, '2']) {
      const { buyers, sheet: name } = await readBuyersXlsx(bytes, { sheet, file: 'b.xlsx' });
      expect(name).toBe('采购商');
      expect(buyers.map((b) => [b.id, b.name, b.wants, b.deadline, b.volume])).toEqual([
        ['B1', '柏林能源', ['850440'], '2027-03-15', 5000],
        ['B2', 'Hanoi Tea', ['0902'], '2027-03-15', 1200],
      ]);
    }
    const rows = await readSheet(bytes, { sheet: 2 });
    expect(rows.headerRow).toBe(2);
    expect(rows.data.map((r) => r.line)).toEqual([3, 5]);
  });

  it('the first sheet by default, and a missing sheet names the ones there are', async () => {
    const bytes = await handMade();
    expect((await readSheet(bytes)).sheet).toBe('说明');
    const issues = await asyncIssues(() => readSheet(bytes, { sheet: 'Buyers', file: 'b.xlsx' }));
    expect(issues[0]!.message).toBe('no worksheet "Buyers" (the workbook has "说明", "采购商")');
    await expect(readSheet(bytes, { sheet: 3 })).rejects.toMatchObject({
      issues: [{ path: ['workbook', 'sheet'], code: 'invalid-value' }],
    });
  });

  it('problems name the spreadsheet row; a lost leading zero gets a hint', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('s');
    sheet.addRow(['id', 'name', 'country', 'products']);
    sheet.addRow(['S1', 'Tea Garden', 'CN', 90210]);
    sheet.addRow(['S2', 'Bad', '中国', '8504']);
    sheet.addRow(['S3', { formula: 'A1' }, 'CN', '8504']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const issues = await asyncIssues(() => readSuppliersXlsx(bytes, { file: 's.xlsx' }));
    expect(issues.map((i) => [i.path.slice(0, 3), i.message])).toEqual([
      [
        ['s.xlsx', 'row 2', 'products'],
        expect.stringMatching(/"90210" has 5 digits: probably 090210 with its leading zero lost/),
      ],
      [
        ['s.xlsx', 'row 3', 'country'],
        expect.stringMatching(/"中国" is not an ISO 3166-1 alpha-2 country code: did you mean CN\?/),
      ],
      [
        ['s.xlsx', 'row 4'],
        'cell B4 holds a formula without a stored value (save the file in a spreadsheet program, or paste values)',
      ],
    ]);
  });

  it('a file that is not a workbook is a ValidationError naming it', async () => {
    await expect(readSheet(new TextEncoder().encode('id,name\nS1,A\n'), { file: 'fake.xlsx' })).rejects.toThrow(
      /fake\.xlsx.*cannot read it as an \.xlsx workbook/s,
    );
  });
});
