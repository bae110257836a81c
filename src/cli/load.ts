/** Reading profile and match files for the CLI: JSON or CSV, any supported encoding. */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { readCsvTable, readStrictCsvTable } from '../io/csv-table.js';
import { decodeBytes } from '../io/decode.js';
import type { CsvRow, Reject } from '../io/types.js';
import { forEachSheetBatch, readSheet } from '../io/xlsx/read.js';
import type { Buyer, Supplier } from '../model/types.js';
import { issue, ValidationError } from '../model/validation-error.js';
import { OptionError } from './report.js';
import { streamSheetProfiles } from './sheet-profiles.js';
import { forEachChunk, streamProfiles } from './stream-profiles.js';

export interface LoadOptions {
  encoding?: string;
  columns?: string;
  /** Comma-separated columns to leave out. */
  ignoreColumns?: string;
  skipInvalid?: boolean;
}

function checkEncoding(encoding: string): void {
  try {
    new TextDecoder(encoding);
  } catch {
    throw new OptionError('--encoding', { rule: 'unknown-encoding', value: encoding });
  }
}

export function readText(path: string, encoding?: string): string {
  if (encoding !== undefined) checkEncoding(encoding);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new ValidationError([
      issue([path], 'unreadable', {
        rule: 'file-unreadable',
        value: (error as NodeJS.ErrnoException).code ?? 'error',
      }),
    ]);
  }
  return decodeBytes(bytes, encoding).text;
}

export function columnMap(path: string | undefined): Record<string, string> | undefined {
  if (!path) return undefined;
  const parsed: unknown = JSON.parse(readText(path));
  if (
    parsed === null ||
    typeof parsed !== 'object' ||
    Array.isArray(parsed) ||
    Object.values(parsed).some((v) => typeof v !== 'string')
  ) {
    throw new ValidationError([issue([path], 'wrong-type', { rule: 'columns-type' })]);
  }
  return parsed as Record<string, string>;
}

export function loadProfiles(
  kind: 'suppliers',
  path: string,
  o: LoadOptions,
  keep?: boolean,
): { profiles: Supplier[]; count: number; rejects: Reject[] };
export function loadProfiles(
  kind: 'buyers',
  path: string,
  o: LoadOptions,
  keep?: boolean,
): { profiles: Buyer[]; count: number; rejects: Reject[] };
export function loadProfiles(
  kind: 'suppliers' | 'buyers',
  path: string,
  o: LoadOptions,
  keep = true,
): { profiles: (Supplier | Buyer)[]; count: number; rejects: Reject[] } {
  if (o.encoding !== undefined) checkEncoding(o.encoding);
  // Read piece by piece: only the profiles are held (or, for validate, not even those).
  return streamProfiles(kind, path, {
    keep,
    skipInvalid: o.skipInvalid ?? false,
    ...(o.encoding !== undefined ? { encoding: o.encoding } : {}),
    ...columnOptions(o),
  });
}

/** The first bytes of a file as text (e.g. to look at a header), in its encoding when given. */
export function readStart(path: string, encoding?: string): string {
  if (encoding !== undefined) checkEncoding(encoding);
  let head: Uint8Array | undefined;
  try {
    forEachChunk(path, (bytes) => {
      head ??= bytes.slice();
    });
  } catch (error) {
    if (error instanceof ValidationError) throw error;
  }
  const bytes = head ?? new Uint8Array();
  if (encoding !== undefined) return new TextDecoder(encoding).decode(bytes);
  // Detected like the whole file (UTF-8 or GB18030), on whole lines only.
  const lastBreak = bytes.lastIndexOf(10);
  try {
    return decodeBytes(lastBreak > 0 ? bytes.subarray(0, lastBreak + 1) : bytes).text;
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Workbooks are read with `cuohe/xlsx`; the old binary .xls format is refused with what to do. */
export function isWorkbook(path: string): boolean {
  const ext = extname(path).toLowerCase();
  if (ext === '.xls' || ext === '.et') {
    throw new ValidationError([issue([basename(path)], 'unreadable', { rule: 'old-workbook', value: ext })]);
  }
  return ext === '.xlsx' || ext === '.xlsm';
}

/** Profiles from a CSV, JSON or .xlsx file (`sheet`: a worksheet name or 1-based position). */
export async function loadProfilesFrom(
  kind: 'suppliers' | 'buyers',
  path: string,
  o: LoadOptions & { sheet?: string },
  keep = true,
): Promise<{ profiles: (Supplier | Buyer)[]; count: number; rejects: Reject[] }> {
  if (!isWorkbook(path)) return loadProfiles(kind as 'suppliers', path, o, keep);
  return streamSheetProfiles(kind, path, {
    keep,
    skipInvalid: o.skipInvalid ?? false,
    ...(o.sheet !== undefined ? { sheet: o.sheet } : {}),
    ...columnOptions(o),
  });
}

/**
 * A table file (matches, participants, slots) as rows of named cells: CSV, or a worksheet of
 * an .xlsx workbook. `where` names a row in messages (`line 5` / `row 5`).
 */
export async function readTableFile(
  path: string,
  o: { encoding?: string; sheet?: string },
): Promise<{ header: string[]; rows: CsvRow[]; where: (line: number) => string }> {
  const file = basename(path);
  if (isWorkbook(path)) {
    const sheet = await readSheet(path, { file, ...(o.sheet !== undefined ? { sheet: o.sheet } : {}) });
    if (sheet.problems.length)
      throw new ValidationError(
        sheet.problems.map(({ line: _line, cells: _cells, ...issue }) => issue),
        `${file}: unreadable rows`,
      );
    return { header: sheet.header, rows: sheet.data, where: (line) => `row ${line}` };
  }
  const { header, rows } = readStrictCsvTable(readText(path, o.encoding), file);
  return { header, rows, where: (line) => `line ${line}` };
}

/** The header of a profile file (CSV, JSON keys of the first record are not needed: JSON is looked at as text). */
export async function readHeader(
  path: string,
  o: { encoding?: string; sheet?: string },
): Promise<string[] | undefined> {
  if (isWorkbook(path)) {
    const info = await forEachSheetBatch(
      path,
      { file: basename(path), batch: 1, ...(o.sheet !== undefined ? { sheet: o.sheet } : {}) },
      () => false,
    );
    return info.header;
  }
  if (extname(path).toLowerCase() === '.json') return undefined;
  const start = readStart(path, o.encoding);
  const line = start.split(/\r\n?|\n/).find((l) => l.trim()) ?? '';
  return readCsvTable(`${line.replace(/^\uFEFF/, '')}\n`).header;
}

/** `--columns` and `--ignore-columns` as the profile readers take them (CSV and workbooks alike). */
function columnOptions(o: LoadOptions): { columns?: Record<string, string>; ignoreColumns?: string[] } {
  return {
    ...(o.columns ? { columns: columnMap(o.columns)! } : {}),
    ...(o.ignoreColumns
      ? {
          ignoreColumns: o.ignoreColumns
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean),
        }
      : {}),
  };
}
