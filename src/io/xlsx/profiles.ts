/**
 * Supplier, buyer and match sheets from .xlsx workbooks, read and validated exactly like
 * their CSV files (same columns, `;` lists, `columns` / `ignoreColumns`, `skipInvalid`);
 * problems name the spreadsheet row (`row 5`, the header being row 1 when it starts the sheet).
 */
import type { Buyer, Supplier } from '../../model/types.js';
import { issue, ValidationError } from '../../model/validation-error.js';
import type { CandidatePair } from '../../schedule/types.js';
import { readMatchesTable } from '../matches-csv.js';
import { readProfileTable } from '../profiles-csv.js';
import type { CsvRow, ReadOptions, Reject } from '../types.js';
import { readSheet, type SheetOptions, type SheetProblem, type XlsxInput } from './read.js';

/**
 * Options of the workbook readers: those of the CSV readers and the worksheet to read.
 * @example
 * await readSuppliersXlsx('exhibitors.xlsx', { sheet: '供应商', columns: { 企业名称: 'name' } });
 */
export type ReadXlsxOptions = ReadOptions & Omit<SheetOptions, 'batch'>;

async function profiles(
  kind: 'suppliers' | 'buyers',
  input: XlsxInput,
  options: ReadXlsxOptions,
): Promise<{ profiles: (Supplier | Buyer)[]; rejects: Reject[]; sheet: string }> {
  if (options === null || typeof options !== 'object')
    throw new ValidationError([issue(['options'], 'wrong-type', 'expected an options object')]);
  const { sheet: wanted, ...read } = options;
  const file = options.file ?? (typeof input === 'string' ? input : 'workbook');
  const sheet = await readSheet(input, { file, ...(wanted !== undefined ? { sheet: wanted } : {}) });
  const table = {
    header: sheet.header,
    headerLine: sheet.headerRow,
    rows: sheet.data as CsvRow[],
    problems: sheet.problems as SheetProblem[],
  };
  const { profiles: list, rejects } = readProfileTable(kind, table, { ...read, file });
  return { profiles: list, rejects, sheet: sheet.sheet };
}

/**
 * Suppliers from a worksheet (the first visible one, or `sheet`: a name or a 1-based position).
 * @example
 * const { suppliers, rejects } = await readSuppliersXlsx('exhibitors.xlsx', { sheet: 1 });
 */
export async function readSuppliersXlsx(
  input: XlsxInput,
  options: ReadXlsxOptions = {},
): Promise<{ suppliers: Supplier[]; rejects: Reject[]; sheet: string }> {
  const r = await profiles('suppliers', input, options);
  return { suppliers: r.profiles as Supplier[], rejects: r.rejects, sheet: r.sheet };
}

/**
 * Buyers from a worksheet (the first visible one, or `sheet`: a name or a 1-based position).
 * @example
 * const { buyers, rejects } = await readBuyersXlsx('buyers.xlsx');
 */
export async function readBuyersXlsx(
  input: XlsxInput,
  options: ReadXlsxOptions = {},
): Promise<{ buyers: Buyer[]; rejects: Reject[]; sheet: string }> {
  const r = await profiles('buyers', input, options);
  return { buyers: r.profiles as Buyer[], rejects: r.rejects, sheet: r.sheet };
}

/**
 * Candidate pairs for `scheduleMeetings` from a matches worksheet (`buyerId`, `supplierId`, `mutual` or `score`).
 * @example
 * const pairs = await readMatchesXlsx('matches.xlsx');
 * const schedule = scheduleMeetings({ slots, tables: 20, participants, pairs });
 */
export async function readMatchesXlsx(
  input: XlsxInput,
  options: Omit<SheetOptions, 'batch'> = {},
): Promise<CandidatePair[]> {
  const file = options.file ?? (typeof input === 'string' ? input : 'workbook');
  const sheet = await readSheet(input, { ...options, file });
  if (sheet.problems.length)
    throw new ValidationError(
      sheet.problems.map(({ line: _line, cells: _cells, ...issue }) => issue),
      `${file}: unreadable rows`,
    );
  return readMatchesTable(
    { header: sheet.header, rows: sheet.data },
    file,
    (row) => `row ${row === 1 ? sheet.headerRow : row}`,
  );
}
