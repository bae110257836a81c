/**
 * Workbooks for organisers: each table is a worksheet with a bold, frozen header row, column
 * widths that fit the text (Chinese characters count double) and an autofilter. Written with
 * exceljs' streaming WorkbookWriter, so rows go out as they are added and only the zipped
 * bytes are held.
 *
 * Formula injection is impossible by construction: every text is written as a text cell (a
 * shared string), numbers as numbers, and nothing as a formula — `=HYPERLINK(…)`, `+cmd` and
 * `@SUM(…)` stay the literal text they were, and come back unchanged when read.
 */
import { PassThrough } from 'node:stream';
import type { Match } from '../../model/types.js';
import { issue, ValidationError } from '../../model/validation-error.js';
import { readStrictCsvTable } from '../csv-table.js';
import type { MatchesCsvOptions } from '../types.js';
import { MATCH_COLUMNS, matchCells, profileCells } from '../write.js';
import { loadExcelJS } from './exceljs.js';

/**
 * One cell to write: text stays text (never a formula), numbers stay numbers, nothing is blank.
 * @example
 * const row: SheetValue[] = ['S1', 0.8123, null];
 */
export type SheetValue = string | number | null | undefined;

/**
 * One worksheet to write: its tab name, its columns and its rows.
 * @example
 * const table: SheetTable = { name: 'Slots', columns: ['slot', 'start'], rows: [[1, '09:00']] };
 */
export interface SheetTable {
  /** Worksheet name (cut to Excel's 31 characters; `[]:*?/\` replaced). */
  name: string;
  columns: readonly string[];
  rows: readonly (readonly SheetValue[])[];
}

const MAX_WIDTH = 60;
const SAMPLE_ROWS = 2_000;

/** East Asian wide characters (CJK, Hangul, full-width forms): two columns in a spreadsheet. */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/**
 * Display width of a text: East Asian wide characters take two columns.
 * @example
 * displayWidth('佛山电机'); // 8: Chinese characters are two columns wide
 * displayWidth('Motor'); // 5
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** An Excel-legal worksheet name, unique within the workbook. */
function sheetName(name: string, used: Set<string>): string {
  const base = (
    name
      .replace(/[[\]:*?/\\]/g, '_')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Sheet'
  ).slice(0, 31);
  let unique = base;
  for (let k = 2; used.has(unique.toLowerCase()); k++) unique = `${base.slice(0, 31 - String(k).length - 1)}~${k}`;
  used.add(unique.toLowerCase());
  return unique;
}

function widths(table: SheetTable): number[] {
  return table.columns.map((column, c) => {
    let widest = displayWidth(column);
    for (let r = 0; r < Math.min(table.rows.length, SAMPLE_ROWS); r++) {
      const v = table.rows[r]![c];
      if (v !== null && v !== undefined) widest = Math.max(widest, displayWidth(typeof v === 'number' ? String(v) : v));
    }
    // 10 or more: exceljs leaves a column of its default width (9) out of the file.
    return Math.min(MAX_WIDTH, Math.max(10, widest + 2));
  });
}

/** A cell's value as written: numbers stay numbers, everything else is text. */
function cellValue(v: SheetValue, where: string): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') {
    if (!Number.isFinite(v))
      throw new ValidationError([issue([where], 'invalid-value', `${String(v)} cannot be written to a spreadsheet`)]);
    return v;
  }
  if (typeof v !== 'string') throw new ValidationError([issue([where], 'wrong-type', 'expected text or a number')]);
  return v;
}

/**
 * Tables to the bytes of an .xlsx workbook, one worksheet per table.
 * @throws {ValidationError} for a table whose rows do not fit its columns.
 * @example
 * const bytes = await tablesToXlsx([{ name: 'Slots', columns: ['slot', 'start'], rows: [[1, '09:00']] }]);
 */
export async function tablesToXlsx(tables: readonly SheetTable[]): Promise<Uint8Array> {
  if (!Array.isArray(tables) || tables.length === 0)
    throw new ValidationError([issue(['tables'], 'required', 'expected at least one table')]);
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const { stream: excelStream } = await loadExcelJS();
  const workbook = new excelStream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: true });
  const used = new Set<string>();
  for (const [t, table] of tables.entries()) {
    const columns: readonly string[] = table?.columns;
    const rows: readonly (readonly SheetValue[])[] = table?.rows;
    if (!table || !Array.isArray(columns) || !Array.isArray(rows))
      throw new ValidationError([issue(['tables', t], 'wrong-type', 'expected { name, columns, rows }')]);
    const sheet = workbook.addWorksheet(sheetName(String(table.name ?? ''), used), {
      views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    });
    const w = widths(table);
    sheet.columns = columns.map((header, c) => ({ header: String(header), width: w[c]! }));
    sheet.getRow(1).font = { bold: true };
    if (table.columns.length)
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
    sheet.getRow(1).commit();
    rows.forEach((row, r) => {
      if (!Array.isArray(row) || row.length > columns.length) {
        throw new ValidationError([
          issue(['tables', t, 'rows', r], 'too-many', `expected at most ${columns.length} cells`),
        ]);
      }
      sheet
        .addRow(
          (row as readonly SheetValue[]).map((v, c) => cellValue(v, `${table.name} row ${r + 2} column ${c + 1}`)),
        )
        .commit();
    });
    sheet.commit();
  }
  await workbook.commit();
  await done;
  const all = Buffer.concat(chunks);
  return new Uint8Array(all.buffer, all.byteOffset, all.byteLength);
}

/**
 * Rankings (e.g. from `rankAll`) as a workbook, the columns of `matchesToCsv`, scores as numbers.
 * @example
 * writeFileSync('matches.xlsx', await matchesToXlsx(engine.rankAll(buyers, { limit: 10 })));
 */
export async function matchesToXlsx(
  ranked: Map<string, Match[]> | Match[],
  options: Omit<MatchesCsvOptions, 'bom'> & { sheet?: string } = {},
): Promise<Uint8Array> {
  return tablesToXlsx([
    { name: options.sheet ?? 'matches', columns: MATCH_COLUMNS, rows: matchCells(ranked, options) },
  ]);
}

/**
 * Profiles as a workbook in the CSV column layout (lists joined with `;`), read back by `readSuppliersXlsx` /
 * `readBuyersXlsx`.
 * @example
 * writeFileSync('suppliers.xlsx', await profilesToXlsx(suppliers));
 */
export async function profilesToXlsx(
  profiles: readonly object[],
  options: { sheet?: string } = {},
): Promise<Uint8Array> {
  const { columns, rows } = profileCells(profiles);
  return tablesToXlsx([
    {
      name: options.sheet ?? 'profiles',
      columns,
      rows: rows.map((r) =>
        r.map((v) => (typeof v === 'number' ? v : v === undefined || v === null || v === '' ? null : String(v))),
      ),
    },
  ]);
}

/**
 * A CSV table (as `scheduleToCsv` and `agendaToCsv` write it) as a workbook; cells of
 * `numberColumns` that are plain numbers become numbers, everything else stays text.
 * @example
 * writeFileSync('schedule.xlsx', await csvToXlsx(scheduleToCsv(schedule, input), { sheet: 'Schedule' }));
 */
export async function csvToXlsx(
  csv: string,
  options: { sheet?: string; numberColumns?: readonly string[] } = {},
): Promise<Uint8Array> {
  const { header, rows } = readStrictCsvTable(csv.replace(/^\uFEFF/, ''), options.sheet ?? 'table');
  const numeric = new Set(options.numberColumns ?? []);
  const values = rows.map((r) =>
    header.map((h) => {
      const cell = r.cells[h] ?? '';
      if (cell === '') return null;
      return numeric.has(h) && /^-?\d+(\.\d+)?$/.test(cell) && Number.isFinite(Number(cell)) ? Number(cell) : cell;
    }),
  );
  return tablesToXlsx([{ name: options.sheet ?? 'table', columns: header, rows: values }]);
}
