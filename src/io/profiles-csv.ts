/**
 * Supplier and buyer profiles from CSV, as organisers export them from registration systems.
 * By default the columns are the profile's field names; list cells are separated by `;`
 * (a capability vector too); `origins` comes from `originsInclude` / `originsExclude`
 * (or `origins.include` / `origins.exclude`). Other headers are mapped with `columns`.
 * Every bad row is reported with its line and column; `skipInvalid` keeps the good rows.
 */

import { parseBuyers, parseSuppliers } from '../model/parse.js';
import { BUYER_FIELDS, SUPPLIER_FIELDS } from '../model/schemas.js';
import { suggestField } from '../model/suggest-field.js';
import type { Buyer, Supplier } from '../model/types.js';
import { issue, ValidationError, type ValidationIssue } from '../model/validation-error.js';
import type { CsvRun } from './csv-chunks.js';
import { readCsvTable } from './csv-table.js';
import type { CsvRow, ReadOptions, Reject } from './types.js';

const LIST_FIELDS = new Set([
  'products',
  'activities',
  'keywords',
  'certifications',
  'languages',
  'exportMarkets',
  'targetMarkets',
  'wants',
  'requiredCertifications',
  'preferredCertifications',
  'hard',
  'originsInclude',
  'originsExclude',
]);
/** Lists of `{ code, from }` (codes inferred from words), written as JSON by profilesToCsv. */
const JSON_FIELDS = new Set(['inferredProducts', 'inferredWants']);
const NUMBER_FIELDS = new Set(['capacity', 'moq', 'leadTimeDays', 'patents', 'volume']);
const ORIGIN_COLUMNS: Record<string, 'include' | 'exclude'> = {
  originsInclude: 'include',
  'origins.include': 'include',
  originsExclude: 'exclude',
  'origins.exclude': 'exclude',
};

/** A JSON cell, or the text itself when it is not JSON (validation then says what is wrong). */
function jsonCell(cell: string): unknown {
  try {
    return JSON.parse(cell) as unknown;
  } catch {
    return cell;
  }
}

/** Splits a list cell on `;` (also the full-width `；` of Chinese input methods). */
export function splitList(cell: string): string[] {
  return cell
    .split(/[;；]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * A number cell under one convention: `.` is the decimal point; `,`, spaces and `_` group
 * thousands in threes (12,000 · 12 000 · 1,234.5). A decimal comma ("2,5") or dots grouping
 * thousands ("1.000", "1.234.567") could mean either of two numbers, so they are refused
 * with the reason rather than read as 25 or 1.
 */
export function numberCell(cell: string): number | { problem: string } {
  const compact = cell.trim().replace(/[\s_\u00a0\u202f]/g, '');
  if (compact.includes(',')) {
    if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact)) return Number(compact.replace(/,/g, ''));
    return {
      problem:
        `"${cell}" is ambiguous: numbers use "." for decimals and "," only between groups of three digits ` +
        '(write 2.5, or 25)',
    };
  }
  if (/^[-+]?[1-9]\d{0,2}(\.\d{3})+$/.test(compact)) {
    const asDecimal = PLAIN_NUMBER.test(compact) ? ` (as a decimal it would be ${Number(compact)})` : '';
    return {
      problem:
        `"${cell}" is ambiguous: "." is the decimal point${asDecimal}; ` +
        `write ${compact.replace(/\./g, '')} if thousands are meant`,
    };
  }
  return PLAIN_NUMBER.test(compact) ? Number(compact) : { problem: `"${cell}" is not a number` };
}

/**
 * One CSV row as a raw profile record (validation happens in parseSuppliers / parseBuyers).
 * @example
 * rowToRecord({ 企业: 'Foshan Motor', products: '8501;8504' }, { 企业: 'name' });
 * // { name: 'Foshan Motor', products: ['8501', '8504'] }: then parseSuppliers([record])
 */
export function rowToRecord(
  cells: Record<string, string>,
  columns: Record<string, string> = {},
): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const origins: Record<string, string[]> = {};
  for (const [header, raw] of Object.entries(cells)) {
    const field = Object.hasOwn(columns, header) ? columns[header]! : header;
    // Cells as readCsvTable returns them: a formula-neutralising apostrophe is already off.
    const cell = raw.trim();
    if (field === '__proto__' || field === 'constructor' || field === 'prototype') continue;
    if (cell === '') continue;
    const origin = ORIGIN_COLUMNS[field];
    if (origin) origins[origin] = splitList(cell);
    else if (JSON_FIELDS.has(field)) record[field] = jsonCell(cell);
    else if (field === 'capabilities')
      record[field] = splitList(cell).map((v) => (PLAIN_NUMBER.test(v) ? Number(v) : v));
    else if (LIST_FIELDS.has(field)) record[field] = splitList(cell);
    else if (NUMBER_FIELDS.has(field)) {
      const n = numberCell(cell);
      record[field] = typeof n === 'number' ? n : cell; // the parser rejects the text; readProfiles says why
    } else record[field] = cell;
  }
  if (Object.keys(origins).length) record.origins = origins;
  return record;
}

/**
 * Suppliers from CSV text: each row through {@link rowToRecord} and `parseSuppliers`. Bad rows
 * are a ValidationError naming the line and field; with `skipInvalid` they are returned in
 * `rejects` instead, with their line and issues.
 * @example
 * const { suppliers, rejects } = readSuppliersCsv(readFileSync('exhibitors.csv', 'utf8'), { file: 'exhibitors.csv' });
 */
export function readSuppliersCsv(
  text: string,
  options: ReadOptions = {},
): { suppliers: Supplier[]; rejects: Reject[] } {
  const { profiles, rejects } = readProfiles(text, options, parseSuppliers, SUPPLIER_FIELDS);
  return { suppliers: profiles, rejects };
}

/**
 * Buyers from CSV text, read like {@link readSuppliersCsv}.
 * @example
 * const { buyers, rejects } = readBuyersCsv(readFileSync('buyers.csv', 'utf8'), { file: 'buyers.csv' });
 */
export function readBuyersCsv(text: string, options: ReadOptions = {}): { buyers: Buyer[]; rejects: Reject[] } {
  const { profiles, rejects } = readProfiles(text, options, parseBuyers, BUYER_FIELDS);
  return { buyers: profiles, rejects };
}

/** The columns a profile CSV may have: the fields, with `origins` as its two list columns. */
function knownColumns(fields: readonly string[]): string[] {
  return fields.includes('origins')
    ? [...fields.filter((f) => f !== 'origins'), ...Object.keys(ORIGIN_COLUMNS)]
    : [...fields];
}

/** Headers that map to no profile field (and are not ignored): errors on line 1, with "did you mean". */
function checkHeader(
  header: string[],
  options: ReadOptions,
  fields: readonly string[],
  file: string,
  where = 'line 1',
): void {
  const known = knownColumns(fields);
  const ignored = new Set(options.ignoreColumns ?? []);
  const columns = options.columns ?? {};
  const issues: ValidationIssue[] = [];
  // Not one column is a profile field: the headers are another layout (Chinese headers, a
  // registration system's export), not a few typos. One message says so, not one per column.
  const mapped = header
    .filter((name) => !ignored.has(name))
    .map((name) => (Object.hasOwn(columns, name) ? columns[name]! : name));
  if (mapped.length && !mapped.some((field) => known.includes(field))) {
    const shown =
      header
        .slice(0, 8)
        .map((h) => `"${h}"`)
        .join(', ') + (header.length > 8 ? ', …' : '');
    throw new ValidationError(
      [
        issue(
          [file, where],
          'invalid-value',
          'the headers were not recognised — did you forget --columns? (表头无法识别——是否忘了 --columns？) ' +
            `Found ${shown}; expected field names such as id, name, country` +
            `${options.columns ? ', or a --columns map that covers these headers' : ''}`,
        ),
      ],
      `${file}: the headers were not recognised`,
    );
  }
  for (const name of header) {
    if (ignored.has(name)) continue;
    const field = Object.hasOwn(columns, name) ? columns[name]! : name;
    if (known.includes(field)) continue;
    const near = suggestField(field, known);
    const params = near
      ? { key: field, suggestion: near, known, what: 'column' }
      : {
          key: field,
          what: 'column',
          detail:
            `unknown column "${field}": not a profile field (map it with columns / --columns, ` +
            'or leave it out with ignoreColumns / --ignore-columns)',
        };
    issues.push(issue([file, where, name], 'unknown-key', params));
  }
  if (issues.length) throw new ValidationError(issues, `${file}: unknown columns`);
}

/**
 * One run of whole records (from `CsvRunSplitter`) under the file's header line, for reading
 * a file piece by piece: the valid profiles with their lines, and the rejects, with the
 * file's line numbers. Checks across runs (duplicate ids, vector dimensions) are the caller's.
 * @internal
 */
export function readProfileRun(
  kind: 'suppliers' | 'buyers',
  header: string,
  run: CsvRun,
  options: ReadOptions,
): { profiles: (Supplier | Buyer)[]; lines: number[]; rejects: Reject[] } {
  const text = `${header}\n${run.text}`;
  const delta = run.line - 2; // the run's first line is line 2 of `text`
  return kind === 'suppliers'
    ? readProfiles(text, { ...options, skipInvalid: true }, parseSuppliers, SUPPLIER_FIELDS, delta)
    : readProfiles(text, { ...options, skipInvalid: true }, parseBuyers, BUYER_FIELDS, delta);
}

function readProfiles<T>(
  text: string,
  options: ReadOptions,
  parse: (rows: unknown) => T[],
  fields: readonly string[],
  lineDelta = 0,
): { profiles: T[]; lines: number[]; rejects: Reject[] } {
  const file = options.file ?? 'input';
  const table = readCsvTable(text, file);
  const rows = lineDelta ? table.rows.map((r) => ({ ...r, line: r.line + lineDelta })) : table.rows;
  const problems = lineDelta
    ? table.problems.map((p) => ({
        ...p,
        line: p.line + lineDelta,
        path: [file, `line ${p.line + lineDelta}`, ...p.path.slice(2)],
      }))
    : table.problems;
  return profilesFromTable({ header: table.header, rows, problems }, options, parse, fields);
}

/** A table of rows read elsewhere (a worksheet): the rows' numbers are called `row`, not `line`. */
export interface ProfileTable {
  header: string[];
  /** The header's own line or row (default 1). */
  headerLine?: number;
  rows: CsvRow[];
  problems: (ValidationIssue & { line: number; cells: string[] })[];
}

/**
 * Profiles from rows of named cells (e.g. a worksheet read by `cuohe/xlsx`), validated like a
 * CSV file's; `label` names a row in messages (`row 5` for a spreadsheet).
 * @internal
 */
export function readProfileTable(
  kind: 'suppliers' | 'buyers',
  table: ProfileTable,
  options: ReadOptions,
  label = 'row',
): { profiles: (Supplier | Buyer)[]; lines: number[]; rejects: Reject[] } {
  return kind === 'suppliers'
    ? profilesFromTable(table, options, parseSuppliers, SUPPLIER_FIELDS, label)
    : profilesFromTable(table, options, parseBuyers, BUYER_FIELDS, label);
}

function profilesFromTable<T>(
  table: ProfileTable,
  options: ReadOptions,
  parse: (rows: unknown) => T[],
  fields: readonly string[],
  label = 'line',
): { profiles: T[]; lines: number[]; rejects: Reject[] } {
  const file = options.file ?? 'input';
  const { header, rows, problems } = table;
  checkHeader(header, options, fields, file, `${label} ${table.headerLine ?? 1}`);
  const ignored = options.ignoreColumns?.length ? new Set(options.ignoreColumns) : undefined;
  const raw = rows.map((r) => rowToRecord(ignored ? withoutColumns(r.cells, ignored) : r.cells, options.columns));
  const records = (options.prepare ? options.prepare(raw) : raw) as Record<string, unknown>[];
  if (!Array.isArray(records) || records.length !== raw.length) {
    throw new ValidationError([
      issue(['options', 'prepare'], 'wrong-type', 'must return one record per row, in order'),
    ]);
  }
  const malformed: Reject[] = problems.map((p) => ({
    line: p.line,
    cells: Object.fromEntries(p.cells.map((c, i) => [`column ${i + 1}`, c])),
    issues: [{ path: p.path, code: p.code, message: p.message, ...(p.params ? { params: p.params } : {}) }],
  }));
  const { profiles, issuesByRecord } = tryParse(records, parse);
  explainNumberCells(records, issuesByRecord);
  // "record 12" means little in a spreadsheet: name the line.
  for (const issues of issuesByRecord.values()) {
    for (const issue of issues)
      issue.message = issue.message.replace(/\b(?:by )?record (\d+)\b/g, (all, n: string) =>
        rows[Number(n)] ? `on ${label} ${rows[Number(n)]!.line}` : all,
      );
  }
  const located = (index: number): ValidationIssue[] =>
    issuesByRecord.get(index)!.map((issue) => ({
      ...issue,
      path: [file, rows[index] ? `${label} ${rows[index].line}` : 'file', ...issue.path.slice(1)],
    }));
  const invalid: Reject[] = [...issuesByRecord.keys()]
    .filter((i) => i >= 0)
    .sort((a, b) => a - b)
    .map((i) => ({ line: rows[i]!.line, cells: { ...(rows[i] as CsvRow).cells }, issues: located(i) }));
  const rejects = [...malformed, ...invalid].sort((a, b) => a.line - b.line);
  const fileLevel = issuesByRecord.has(-1) ? located(-1) : [];
  if (rejects.length === 0 && fileLevel.length === 0)
    return { profiles: profiles!, lines: rows.map((r) => r.line), rejects };
  if (!options.skipInvalid || fileLevel.length) {
    throw new ValidationError(
      [...fileLevel, ...rejects.flatMap((r) => r.issues)],
      `${file}: ${rejects.length} invalid row${rejects.length === 1 ? '' : 's'}`,
    );
  }
  const kept = rows.map((_, i) => i).filter((i) => !issuesByRecord.has(i));
  return { profiles: parse(kept.map((i) => records[i])), lines: kept.map((i) => rows[i]!.line), rejects };
}

function withoutColumns(cells: Record<string, string>, ignored: Set<string>): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [k, v] of Object.entries(cells)) if (!ignored.has(k)) out[k] = v;
  return out;
}

/** A number cell the parser rejected as text gets the reason it was not read as a number. */
function explainNumberCells(records: Record<string, unknown>[], issuesByRecord: Map<number, ValidationIssue[]>): void {
  for (const [index, issues] of issuesByRecord) {
    if (index < 0) continue;
    for (const issue of issues) {
      const field = issue.path[1];
      const value = records[index]![field as string];
      if (typeof field !== 'string' || !NUMBER_FIELDS.has(field) || typeof value !== 'string') continue;
      const n = numberCell(value);
      if (typeof n !== 'number') issue.message = n.problem;
    }
  }
}

/** Parses all records; on failure, groups the issues by record index (-1: not tied to a record). */
function tryParse<T>(
  records: unknown[],
  parse: (rows: unknown) => T[],
): { profiles: T[] | undefined; issuesByRecord: Map<number, ValidationIssue[]> } {
  const issuesByRecord = new Map<number, ValidationIssue[]>();
  try {
    return { profiles: parse(records), issuesByRecord };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    for (const issue of error.issues) {
      const index = typeof issue.path[0] === 'number' ? issue.path[0] : -1;
      issuesByRecord.set(index, [...(issuesByRecord.get(index) ?? []), issue]);
    }
    return { profiles: undefined, issuesByRecord };
  }
}
