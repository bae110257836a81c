/** CSV text to rows of named cells with their line numbers (papaparse), and the reverse. */
import Papa from 'papaparse';
import { issue, ValidationError, type ValidationIssue } from '../model/validation-error.js';
import { readCell } from './csv.js';
import type { CsvRow } from './types.js';

/**
 * Rows that do not fit the header (ragged rows, broken quotes) are returned in `problems`
 * with their line, so the caller can report them with every other bad row.
 * @example
 * const { header, rows, problems } = readCsvTable('id,name\nS1,A\nS2\n', 'x.csv');
 * problems[0]?.line; // 3: the row has 1 cell, the header 2 columns
 */
export function readCsvTable(
  text: string,
  file = 'input',
): { header: string[]; rows: CsvRow[]; problems: (ValidationIssue & { line: number; cells: string[] })[] } {
  if (typeof text !== 'string') throw new ValidationError([issue([file], 'wrong-type', 'expected CSV text')]);
  if (!text.trim()) throw new ValidationError([issue([file], 'unreadable', 'the file is empty')]);
  // One kind of line break (CR LF, LF or a lone CR, even mixed in one file), so every
  // physical line is a line; blank and all-empty rows are kept while counting lines and
  // skipped afterwards, so the numbers stay those a text editor shows.
  const parsed = Papa.parse<string[]>(text.replace(/\r\n?/g, '\n'), {
    newline: '\n',
    delimiter: ',',
    skipEmptyLines: false,
  });
  const lineOf: number[] = [];
  let next = 1;
  for (const cells of parsed.data) {
    lineOf.push(next);
    next += 1 + countBreaks(cells);
  }
  const issues: ValidationIssue[] = [];
  const problems: (ValidationIssue & { line: number; cells: string[] })[] = [];
  const reported = new Set<number>();
  for (const e of parsed.errors) {
    if (e.code === 'UndetectableDelimiter') continue;
    const line = lineOf[e.row ?? 0] ?? next;
    if (e.row !== undefined) reported.add(e.row);
    problems.push({
      ...issue([file, `line ${line}`], 'invalid-value', e.message),
      line,
      cells: parsed.data[e.row ?? -1] ?? [],
    });
  }
  const first = parsed.data.findIndex((cells) => !isBlank(cells));
  const header = parsed.data[first];
  if (!header) throw new ValidationError([issue([file], 'invalid-value', 'the file has no header row')]);
  const names = header.map((h) => h.trim());
  const seen = new Set<string>();
  names.forEach((name, i) => {
    if (!name) issues.push(issue([file, `line ${lineOf[first]}`], 'invalid-value', `column ${i + 1} has no name`));
    else if (seen.has(name))
      issues.push(issue([file, `line ${lineOf[first]}`], 'conflict', `column "${name}" appears twice`));
    seen.add(name);
  });
  const rows: CsvRow[] = [];
  for (let k = first + 1; k < parsed.data.length; k++) {
    const cells = parsed.data[k]!;
    if (isBlank(cells) || reported.has(k)) continue;
    const line = lineOf[k]!;
    if (cells.length !== names.length) {
      problems.push({
        ...issue(
          [file, `line ${line}`],
          'invalid-value',
          `has ${cells.length} cells; the header has ${names.length} columns`,
        ),
        line,
        cells,
      });
    } else {
      const record: Record<string, string> = Object.create(null) as Record<string, string>;
      names.forEach((name, i) => (record[name] = readCell(cells[i]!)));
      rows.push({ line, cells: record });
    }
  }
  problems.sort((a, b) => a.line - b.line);
  if (issues.length) throw new ValidationError(issues, `${file}: malformed CSV header`);
  return { header: names, rows, problems };
}

/** A row with no text in any cell (a blank line, or `,,,` from a spreadsheet). */
function isBlank(cells: string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

function countBreaks(cells: string[]): number {
  let n = 0;
  for (const c of cells) for (let i = c.indexOf('\n'); i !== -1; i = c.indexOf('\n', i + 1)) n++;
  return n;
}

/** Like `readCsvTable`, but any ill-formed row is an error. */
export function readStrictCsvTable(text: string, file = 'input'): { header: string[]; rows: CsvRow[] } {
  const { header, rows, problems } = readCsvTable(text, file);
  if (problems.length)
    throw new ValidationError(
      problems.map(({ line: _line, cells: _cells, ...issue }) => issue),
      `${file}: malformed CSV`,
    );
  return { header, rows };
}
