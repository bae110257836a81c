/**
 * Profile worksheets (.xlsx) for the CLI, read like CSV files: streamed in batches of rows
 * (`cuohe/xlsx`), codes inferred from words, each batch validated, and duplicate ids and
 * capability dimensions checked across batches. Messages name the spreadsheet row.
 */
import { basename } from 'node:path';
import { readProfileTable } from '../io/profiles-csv.js';
import type { ReadOptions, Reject } from '../io/types.js';
import { forEachSheetBatch } from '../io/xlsx/read.js';
import type { Buyer, Supplier } from '../model/types.js';
import { issue, ValidationError } from '../model/validation-error.js';
import { inferCodes } from '../taxonomy/infer-codes.js';
import { AcrossBatches, type StreamResult } from './stream-profiles.js';

const MAX_ISSUES = 10_000;

export interface SheetStreamOptions extends Omit<ReadOptions, 'file'> {
  keep: boolean;
  sheet?: string;
  /** Rows per batch (default 5,000; small in tests). */
  batch?: number;
}

export async function streamSheetProfiles<T extends Supplier | Buyer>(
  kind: 'suppliers' | 'buyers',
  path: string,
  o: SheetStreamOptions,
): Promise<StreamResult<T> & { sheet: string }> {
  const file = basename(path);
  const infer = (records: unknown[]): unknown[] =>
    inferCodes(records, { side: kind === 'suppliers' ? 'supplier' : 'buyer' });
  const options: ReadOptions = {
    file,
    prepare: infer,
    ...(o.columns ? { columns: o.columns } : {}),
    ...(o.ignoreColumns ? { ignoreColumns: o.ignoreColumns } : {}),
  };
  const across = new AcrossBatches('row');
  const profiles: T[] = [];
  const rejects: Reject[] = [];
  let count = 0;
  let issueCount = 0;
  const reject = (r: Reject) => {
    issueCount += r.issues.length;
    if (rejects.length < MAX_ISSUES) rejects.push(r);
  };
  const info = await forEachSheetBatch(
    path,
    { file, ...(o.sheet !== undefined ? { sheet: o.sheet } : {}), ...(o.batch ? { batch: o.batch } : {}) },
    (rows, problems, header) => {
      const read = readProfileTable(kind, { header, rows, problems }, { ...options, skipInvalid: true });
      for (const r of read.rejects) reject(r);
      read.profiles.forEach((p, k) => {
        const row = read.lines[k]!;
        const problem = across.check(p, row);
        if (problem) {
          const [field, code, params] = problem;
          return reject({
            line: row,
            cells: {},
            issues: [{ ...issue([file, `row ${row}`, field], code, params), id: p.id }],
          });
        }
        count++;
        if (o.keep) profiles.push(p as T);
      });
    },
  );
  // A header without data rows is still checked (unknown columns fail on an empty sheet too).
  if (info.rows === 0)
    readProfileTable(kind, { header: info.header, headerLine: info.headerRow, rows: [], problems: [] }, options);
  rejects.sort((a, b) => a.line - b.line);
  if (issueCount && !o.skipInvalid) {
    const issues = rejects.flatMap((r) => r.issues);
    const more = issueCount - issues.length;
    throw new ValidationError(
      more > 0 ? [...issues, issue([file], 'too-many', { rule: 'more-problems', max: more })] : issues,
      `${file}: ${issueCount} problem${issueCount === 1 ? '' : 's'}`,
    );
  }
  return { profiles, count, rejects, sheet: info.sheet };
}
