/** The `cuohe` command with Excel workbooks: .xlsx in (any sheet), .xlsx out (matches, schedule, agendas). */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readCsvTable } from '../../src/io/index.js';
import { readMatchesXlsx, readSheet, readSuppliersXlsx, tablesToXlsx } from '../../src/io/xlsx/index.js';
import { inferCodes } from '../../src/taxonomy/infer-codes.js';
import { cuoheIn, data, freshDir } from './run-cli.js';

/** The first rows of a bundled CSV as a worksheet, after a notes sheet (so the data is sheet 2). */
async function workbookFrom(
  csv: string,
  sheet: string,
  rows: number,
  edit: (cells: Record<string, string>) => void = () => {},
): Promise<Uint8Array> {
  const table = readCsvTable(readFileSync(data(csv), 'utf8'));
  const body = table.rows.slice(0, rows).map((r) => {
    const cells = { ...r.cells };
    edit(cells);
    return table.header.map((h) => cells[h] ?? '');
  });
  return tablesToXlsx([
    { name: '说明 notes', columns: ['说明'], rows: [['展商名单在第二页']] },
    { name: sheet, columns: table.header, rows: body },
  ]);
}

async function frozenHeader(file: string): Promise<boolean> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const view = workbook.worksheets[0]!.views[0] as { state?: string; ySplit?: number } | undefined;
  return view?.state === 'frozen' && view.ySplit === 1;
}

describe('cuohe with .xlsx files', () => {
  it('match reads sheets, writes matches.xlsx; schedule writes schedule.xlsx, agendas/*.xlsx', async () => {
    const dir = freshDir();
    // A formula-looking name and a Chinese one travel through every file as text.
    writeFileSync(
      join(dir, 'fair.xlsx'),
      await workbookFrom('exhibitors.csv', '展商', 120, (c) => {
        if (c.id === 'S000001') c.name = '=HYPERLINK("http://evil.example","点我")';
      }),
    );
    writeFileSync(join(dir, 'buyers.xlsx'), await workbookFrom('buyers.csv', 'buyers', 40));
    const match = cuoheIn(dir, [
      'match',
      '--suppliers',
      'fair.xlsx',
      '--suppliers-sheet',
      '展商',
      '--buyers',
      'buyers.xlsx',
      '--buyers-sheet',
      '2',
      '--as-of',
      '2026-11-22',
      '--top',
      '5',
      '--skip-invalid',
      '--out',
      'matches.xlsx',
    ]);
    expect(match.err).toBe('');
    expect(match.code).toBe(0);
    expect(match.out).toMatch(/^\d+ suppliers × 40 buyers ranked/);
    const pairs = await readMatchesXlsx(join(dir, 'matches.xlsx'));
    expect(pairs.length).toBeGreaterThan(50);
    expect(await frozenHeader(join(dir, 'matches.xlsx'))).toBe(true);
    const names = (await readSheet(join(dir, 'matches.xlsx'))).data.map((r) => r.cells.supplierName);
    expect(names.some((n) => /[\u4e00-\u9fff]/.test(n!))).toBe(true);

    const schedule = cuoheIn(dir, [
      'schedule',
      '--matches',
      'matches.xlsx',
      '--date',
      '2026-11-23',
      '--timezone',
      'Asia/Shanghai',
      '--tables',
      '10',
      '--count',
      '6',
      '--format',
      'xlsx',
      '--out',
      'day',
    ]);
    expect(schedule.code).toBe(0);
    expect(schedule.out).toMatch(/wrote day\/schedule\.xlsx and \d+ agenda files/);
    expect(existsSync(join(dir, 'day/schedule.csv'))).toBe(false);
    const placed = (await readSheet(join(dir, 'day/schedule.xlsx'))).data;
    expect(placed.filter((r) => r.cells.status === 'scheduled').length).toBe(
      Number(/^(\d+) meetings/.exec(schedule.out)![1]),
    );
    expect(await frozenHeader(join(dir, 'day/schedule.xlsx'))).toBe(true);
    const agendas = readdirSync(join(dir, 'day/agendas'));
    expect(agendas.filter((f) => f.endsWith('.xlsx')).length).toBe(agendas.filter((f) => f.endsWith('.ics')).length);
    expect(agendas.some((f) => f.endsWith('.csv'))).toBe(false);
    const agenda = await readSheet(join(dir, 'day/agendas', agendas.find((f) => f.endsWith('.xlsx'))!));
    expect(agenda.data.length).toBeGreaterThan(0);
    // The formula-looking exhibitor name is still literal text in the matches workbook.
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.readFile(join(dir, 'matches.xlsx'));
    raw.worksheets[0]!.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));
  }, 480_000);

  it('validate: profiles → xlsx → validate, read back; a missing sheet or an .xls file is a clear error', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'fair.xlsx'), await workbookFrom('exhibitors.csv', '展商', 60));
    const ok = cuoheIn(dir, ['validate', 'fair.xlsx', '--sheet', '展商']);
    expect(ok.out).toBe('fair.xlsx: 60 suppliers, all valid\n');
    // The library reads the same rows (with codes inferred from words, as the command does).
    const { suppliers } = await readSuppliersXlsx(join(dir, 'fair.xlsx'), {
      sheet: '展商',
      prepare: (rows) => inferCodes(rows, { side: 'supplier' }),
    });
    expect(suppliers.map((s) => s.id)).toEqual(
      readCsvTable(readFileSync(data('exhibitors.csv'), 'utf8'))
        .rows.slice(0, 60)
        .map((r) => r.cells.id),
    );
    const first = cuoheIn(dir, ['validate', 'fair.xlsx']);
    expect(first.code).toBe(1);
    expect(first.err).toMatch(/the headers were not recognised — did you forget --columns\?/);
    const missing = cuoheIn(dir, ['validate', 'fair.xlsx', '--sheet', 'Exhibitors']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no worksheet "Exhibitors" \(the workbook has "说明 notes", "展商"\)/);
    writeFileSync(join(dir, 'old.xls'), 'binary');
    expect(cuoheIn(dir, ['validate', 'old.xls']).err).toMatch(/\.xls workbooks are not read: save it as \.xlsx/);
  }, 360_000);

  it('bad rows in a sheet are reported with their spreadsheet row numbers', async () => {
    const dir = freshDir();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('s');
    sheet.addRow(['id', 'name', 'country', 'products']);
    sheet.addRow(['S1', 'Tea', 'CN', 90210]);
    sheet.addRow([]);
    sheet.addRow(['S2', 'London Ltd', 'UK', '8504']);
    await workbook.xlsx.writeFile(join(dir, 'bad.xlsx'));
    const r = cuoheIn(dir, ['validate', 'bad.xlsx']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.xlsx, row 2: products\.0: "90210" has 5 digits: probably 090210/);
    expect(r.err).toMatch(
      /bad\.xlsx, row 4: country: "UK" is not an ISO 3166-1 alpha-2 country code: did you mean GB\?/,
    );
    expect(r.err).toMatch(/2 problems found \(rows are the spreadsheet's row numbers, the header row being row 1\)/);
  }, 180_000);
});
