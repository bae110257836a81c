/** Candidate pairs for scheduling from a matches table (CSV here; worksheets in io/xlsx). */
import { issue, ValidationError, type ValidationIssue } from '../model/validation-error.js';
import type { CandidatePair } from '../schedule/types.js';
import { readStrictCsvTable } from './csv-table.js';
import type { CsvRow } from './types.js';

/**
 * Candidate pairs from a matches CSV (columns `buyerId`, `supplierId` and `mutual` or
 * `score`), for `scheduleMeetings`. The mutual score is preferred: both sides must gain.
 * @throws {ValidationError} naming the line and column of every bad row.
 * @example
 * const pairs = readMatchesCsv(readFileSync('matches.csv', 'utf8'), 'matches.csv');
 * const schedule = scheduleMeetings({ slots, tables: 20, participants, pairs });
 */
export function readMatchesCsv(text: string, file = 'matches'): CandidatePair[] {
  return readMatchesTable(readStrictCsvTable(text, file), file);
}

/**
 * Candidate pairs from rows of named cells (a CSV table or a worksheet); `where` names a row
 * in messages (`line 5` in a CSV file, `row 5` in a spreadsheet).
 * @internal
 */
export function readMatchesTable(
  table: { header: string[]; rows: CsvRow[] },
  file: string,
  where = (line: number) => `line ${line}`,
): CandidatePair[] {
  const { header, rows } = table;
  const scoreColumn = header.includes('mutual') ? 'mutual' : 'score';
  for (const column of ['buyerId', 'supplierId', scoreColumn]) {
    if (!header.includes(column))
      throw new ValidationError([issue([file, where(1)], 'required', `missing column "${column}"`)]);
  }
  const issues: ValidationIssue[] = [];
  const pairs = rows.map((r) => {
    const score = Number(r.cells[scoreColumn]);
    if (!r.cells.buyerId || !r.cells.supplierId)
      issues.push(issue([file, where(r.line)], 'required', 'buyerId and supplierId are required'));
    if (r.cells[scoreColumn]?.trim() === '' || !Number.isFinite(score))
      issues.push(
        issue([file, where(r.line), scoreColumn], 'not-a-number', `"${r.cells[scoreColumn]}" is not a number`),
      );
    return { buyerId: r.cells.buyerId!, supplierId: r.cells.supplierId!, score };
  });
  if (issues.length) throw new ValidationError(issues, `${file}: invalid rows`);
  return pairs;
}
