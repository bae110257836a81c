/**
 * Reading one worksheet of an .xlsx workbook as rows of named text cells (the shape the CSV
 * readers produce), streamed with exceljs' WorkbookReader: rows are handed on in batches and
 * dropped, so a 60,000-row sheet is never held as a workbook in memory. Row numbers are the
 * spreadsheet's own (the header is usually row 1), so messages point at the row a person
 * sees in Excel or WPS.
 */
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { issue, ValidationError, type ValidationIssue } from '../../model/validation-error.js';
import type { CsvRow } from '../types.js';
import { cellText, columnLetter } from './cells.js';
import { loadExcelJS } from './exceljs.js';

/**
 * A file path, the file's bytes, or a readable stream of them.
 * @example
 * await readSheet(readFileSync('fair.xlsx')); // or readSheet('fair.xlsx'), or a stream
 */
export type XlsxInput = string | Uint8Array | Readable;

/**
 * Which worksheet to read, the file name for messages, and the batch size.
 * @example
 * await readSheet('fair.xlsx', { sheet: 'Matches', file: 'fair.xlsx' });
 */
export interface SheetOptions {
  /** The worksheet: its name, or its position among the tabs counted from 1. Default: the first visible one. */
  sheet?: string | number;
  /** File name used in messages. */
  file?: string;
  /** Rows handed to `each` at a time (default 5,000). */
  batch?: number;
}

/**
 * A row that could not be read (a cell showing an error, a value outside the named columns).
 * @example
 * const { problems } = await readSheet('fair.xlsx');
 * for (const p of problems) console.log(p.line, p.code, p.message);
 */
export type SheetProblem = ValidationIssue & { line: number; cells: string[] };

/**
 * What was read from a worksheet: its name, header, header row and number of data rows.
 * @example
 * const info = await forEachSheetBatch('fair.xlsx', { sheet: 'Suppliers' }, () => {});
 * console.log(info.sheet, info.header, info.rows);
 */
export interface SheetInfo {
  /** The worksheet's name. */
  sheet: string;
  header: string[];
  /** Spreadsheet row number of the header. */
  headerRow: number;
  /** Data rows read (blank rows not counted). */
  rows: number;
}

interface SheetEntry {
  name: string;
  hidden: boolean;
  /** Number in `xl/worksheets/sheet<N>.xml`. */
  part: string | undefined;
}

/**
 * The workbook's tabs in order, from the parts exceljs' stream reader has parsed
 * (workbook.xml and its relationships, which come before the worksheets they name).
 */
function tabsOf(reader: unknown): SheetEntry[] | undefined {
  const r = reader as {
    model?: { sheets?: { name?: string; rId?: string; state?: string }[] };
    workbookRels?: { Id?: string; Target?: string }[];
  };
  if (!r.model?.sheets) return undefined;
  return r.model.sheets.map((s) => {
    const target = r.workbookRels?.find((rel) => rel.Id === s.rId)?.Target ?? '';
    return {
      name: String(s.name ?? ''),
      hidden: s.state === 'hidden' || s.state === 'veryHidden',
      part: /sheet(\d+)\.xml$/i.exec(target)?.[1],
    };
  });
}

function pickTab(tabs: SheetEntry[], wanted: string | number | undefined, file: string): SheetEntry {
  const names = tabs.map((t) => `"${t.name}"`).join(', ');
  if (wanted === undefined) {
    const first = tabs.find((t) => !t.hidden) ?? tabs[0];
    if (!first) throw new ValidationError([issue([file], 'invalid-value', 'the workbook has no worksheets')]);
    return first;
  }
  const asNumber = typeof wanted === 'number' ? wanted : /^\d+$/.test(wanted.trim()) ? Number(wanted) : undefined;
  const byName =
    tabs.find((t) => t.name === String(wanted)) ??
    tabs.find((t) => t.name.trim().toLowerCase() === String(wanted).trim().toLowerCase());
  // A sheet literally named "2" wins over the second tab.
  const tab = byName ?? (asNumber !== undefined ? tabs[asNumber - 1] : undefined);
  if (!tab) {
    const which = typeof wanted === 'number' || asNumber !== undefined ? `number ${String(wanted)}` : `"${wanted}"`;
    throw new ValidationError([
      issue([file, 'sheet'], 'invalid-value', `no worksheet ${which} (the workbook has ${names})`),
    ]);
  }
  return tab;
}

function toStream(input: XlsxInput): Readable | string {
  if (typeof input === 'string' || input instanceof Readable) return input;
  if (input instanceof Uint8Array)
    return Readable.from([Buffer.from(input.buffer, input.byteOffset, input.byteLength)]);
  throw new ValidationError([
    issue(['input'], 'wrong-type', 'expected a file path, the bytes of an .xlsx file or a readable stream'),
  ]);
}

/** exceljs' errors for files that are not workbooks, as a ValidationError naming the file. */
function notAWorkbook(file: string, error: unknown): ValidationError {
  const reason = error instanceof Error ? error.message : String(error);
  return new ValidationError([issue([file], 'unreadable', `cannot read it as an .xlsx workbook (${reason})`)]);
}

/**
 * Calls `each` with the sheet's data rows in batches (cells by header name, `line` = the
 * spreadsheet row), together with rows that could not be read. The header is the first row
 * with text; blank rows are skipped but keep their numbers. `each` may return `false` to stop
 * reading (e.g. after the first rows, to look at the header).
 * @throws {ValidationError} for a file that is not a workbook, a missing sheet, or a header
 * with nameless or repeated columns.
 * @example
 * let n = 0;
 * await forEachSheetBatch('exhibitors.xlsx', { batch: 1000 }, (rows) => void (n += rows.length));
 */
export async function forEachSheetBatch(
  input: XlsxInput,
  options: SheetOptions,
  each: (rows: CsvRow[], problems: SheetProblem[], header: string[]) => unknown,
): Promise<SheetInfo> {
  const file = options.file ?? (typeof input === 'string' ? input : 'workbook');
  const size = options.batch ?? 5_000;
  const { stream: excelStream } = await loadExcelJS();
  const reader = new excelStream.xlsx.WorkbookReader(toStream(input) as never, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache', // date cells are told from numbers by their number format
    entries: 'ignore',
  });
  let info: SheetInfo | undefined;
  let tabs: SheetEntry[] | undefined;
  let chosen: SheetEntry | undefined;
  try {
    for await (const worksheet of reader) {
      tabs ??= tabsOf(reader) ?? [];
      // exceljs names a worksheet from the workbook when it can; otherwise it is Sheet<part>.
      const named = (worksheet as unknown as { name: string }).name;
      const tab = tabs.find((t) => t.name === named) ?? tabs.find((t) => `Sheet${t.part ?? ''}` === named);
      chosen ??= tabs.length ? pickTab(tabs, options.sheet, file) : { name: named, hidden: false, part: undefined };
      if (info || (tab ?? { name: named }).name !== chosen.name) {
        // Read to the end, never break off: exceljs parks worksheets met before the shared
        // strings in temporary files, and closing the stream early races their clean-up (an
        // uncaught ENOENT). Skipping the rows of a sheet costs little next to that.
        for await (const _row of worksheet) void _row;
        continue;
      }
      info = await readRows(worksheet, chosen.name, file, size, each);
    }
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw notAWorkbook(file, error);
  }
  if (!info) {
    if (!tabs?.length && chosen === undefined)
      throw new ValidationError([issue([file], 'invalid-value', 'the workbook has no worksheets')]);
    // The chosen tab has no worksheet part (an empty chart sheet, say): no rows.
    throw new ValidationError([issue([file, chosen?.name ?? 'sheet'], 'required', 'the worksheet is empty')]);
  }
  return info;
}

async function readRows(
  worksheet: AsyncIterable<ExcelJS.Row>,
  sheet: string,
  file: string,
  size: number,
  each: (rows: CsvRow[], problems: SheetProblem[], header: string[]) => unknown,
): Promise<SheetInfo> {
  let header: string[] | undefined;
  let headerRow = 0;
  let count = 0;
  let rows: CsvRow[] = [];
  let problems: SheetProblem[] = [];
  let stopped = false;
  const flush = () => {
    if (rows.length || problems.length) stopped = each(rows, problems, header!) === false;
    rows = [];
    problems = [];
  };
  for await (const row of worksheet) {
    const values = row.values as unknown[];
    const texts: string[] = [];
    const bad: string[] = [];
    for (let c = 1; c < values.length; c++) {
      const t = cellText(values[c]);
      if (typeof t === 'string') texts[c - 1] = t;
      else {
        texts[c - 1] = '';
        bad.push(`cell ${columnLetter(c)}${row.number} ${t.problem}`);
      }
    }
    for (let c = 0; c < texts.length; c++) texts[c] ??= '';
    if (!header) {
      if (texts.every((t) => t.trim() === '') && !bad.length) continue;
      header = texts.map((t) => t.trim());
      while (header.length && header[header.length - 1] === '') header.pop();
      headerRow = row.number;
      const issues: ValidationIssue[] = bad.map((message) => issue([file, `row ${row.number}`], 'unreadable', message));
      const seen = new Set<string>();
      header.forEach((name, i) => {
        if (!name)
          issues.push(issue([file, `row ${row.number}`], 'invalid-value', `column ${columnLetter(i + 1)} has no name`));
        else if (seen.has(name))
          issues.push(issue([file, `row ${row.number}`], 'conflict', `column "${name}" appears twice`));
        seen.add(name);
      });
      if (issues.length) throw new ValidationError(issues, `${file}: malformed header row`);
      continue;
    }
    if (texts.every((t) => t.trim() === '') && !bad.length) continue;
    const beyond = texts.findIndex((t, i) => i >= header!.length && t.trim() !== '');
    if (beyond >= 0) bad.push(`cell ${columnLetter(beyond + 1)}${row.number} has a value outside the named columns`);
    if (bad.length) {
      problems.push({
        ...issue([file, `row ${row.number}`], 'invalid-value', bad.join('; ')),
        line: row.number,
        cells: texts,
      });
    } else {
      const cells: Record<string, string> = Object.create(null) as Record<string, string>;
      header.forEach((name, i) => (cells[name] = texts[i] ?? ''));
      rows.push({ line: row.number, cells });
      count++;
    }
    if (rows.length + problems.length >= size) flush();
    if (stopped) break;
  }
  if (!header) throw new ValidationError([issue([file, sheet], 'required', 'the worksheet is empty')]);
  if (!stopped) flush();
  return { sheet, header, headerRow, rows: count };
}

/**
 * The whole sheet at once (for small sheets: matches, participants, slots).
 * @example
 * const { header, data, problems } = await readSheet('fair.xlsx', { sheet: 'Participants' });
 */
export async function readSheet(
  input: XlsxInput,
  options: SheetOptions = {},
): Promise<SheetInfo & { rows: number; data: CsvRow[]; problems: SheetProblem[] }> {
  const data: CsvRow[] = [];
  const problems: SheetProblem[] = [];
  const info = await forEachSheetBatch(input, options, (rows, bad) => {
    data.push(...rows);
    problems.push(...bad);
  });
  return { ...info, data, problems };
}
