/**
 * Supplier and buyer profiles from CSV, as organisers export them from registration systems.
 * By default the columns are the profile's field names; list cells are separated by `;`
 * (a capability vector too); `origins` comes from `originsInclude` / `originsExclude`
 * (or `origins.include` / `origins.exclude`). Other headers are mapped with `columns`.
 * Every bad row is reported with its line and column; `skipInvalid` keeps the good rows.
 */
import type { Buyer, Supplier } from '../model/types.js';
import { ValidationError, type ValidationIssue } from '../model/validation-error.js';
import { parseBuyers, parseSuppliers } from '../model/parse.js';
import { readCsvTable, type CsvRow } from './csv-table.js';

export interface ReadOptions {
  /** Header → field name, e.g. `{ '企业名称': 'name', 'HS codes': 'products' }`. */
  columns?: Record<string, string>;
  /** Keep the valid rows and return the others in `rejects` instead of throwing. */
  skipInvalid?: boolean;
  /** File name used in messages. */
  file?: string;
  /**
   * Runs on the raw records before validation, keeping their number and order — e.g.
   * `(rows) => inferCodes(rows, { side: 'supplier' })` from `cuohe/descriptions` to fill codes
   * from descriptions.
   */
  prepare?: (records: Record<string, unknown>[]) => unknown[];
}

export interface Reject {
  line: number;
  cells: Record<string, string>;
  issues: ValidationIssue[];
}

const LIST_FIELDS = new Set([
  'products', 'activities', 'keywords', 'certifications', 'languages', 'exportMarkets', 'targetMarkets',
  'wants', 'requiredCertifications', 'preferredCertifications', 'hard', 'originsInclude', 'originsExclude',
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

/** One CSV row as a raw profile record (validation happens in parseSuppliers / parseBuyers). */
export function rowToRecord(cells: Record<string, string>, columns: Record<string, string> = {}): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const origins: Record<string, string[]> = {};
  for (const [header, raw] of Object.entries(cells)) {
    const field = Object.prototype.hasOwnProperty.call(columns, header) ? columns[header]! : header;
    // A leading apostrophe is how exports neutralise formulas ('=…, '-…): read it back off.
    const trimmed = raw.trim();
    const cell = /^'[=+\-@\t\r]/.test(trimmed) ? trimmed.slice(1) : trimmed;
    if (field === '__proto__' || field === 'constructor' || field === 'prototype') continue;
    if (cell === '') continue;
    const origin = ORIGIN_COLUMNS[field];
    if (origin) origins[origin] = splitList(cell);
    else if (JSON_FIELDS.has(field)) record[field] = jsonCell(cell);
    else if (field === 'capabilities') record[field] = splitList(cell).map((v) => (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(v) ? Number(v) : v));
    else if (LIST_FIELDS.has(field)) record[field] = splitList(cell);
    else if (NUMBER_FIELDS.has(field)) record[field] = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cell.replace(/[,_\s]/g, '')) ? Number(cell.replace(/[,_\s]/g, '')) : cell;
    else record[field] = cell;
  }
  if (Object.keys(origins).length) record.origins = origins;
  return record;
}

export function readSuppliersCsv(text: string, options: ReadOptions = {}): { suppliers: Supplier[]; rejects: Reject[] } {
  const { profiles, rejects } = readProfiles(text, options, parseSuppliers);
  return { suppliers: profiles, rejects };
}

export function readBuyersCsv(text: string, options: ReadOptions = {}): { buyers: Buyer[]; rejects: Reject[] } {
  const { profiles, rejects } = readProfiles(text, options, parseBuyers);
  return { buyers: profiles, rejects };
}

function readProfiles<T>(text: string, options: ReadOptions, parse: (rows: unknown) => T[]): { profiles: T[]; rejects: Reject[] } {
  const file = options.file ?? 'input';
  const { rows, problems } = readCsvTable(text, file);
  const raw = rows.map((r) => rowToRecord(r.cells, options.columns));
  const records = options.prepare ? options.prepare(raw) : raw;
  if (!Array.isArray(records) || records.length !== raw.length) {
    throw new ValidationError([{ path: ['options', 'prepare'], message: 'must return one record per row, in order' }]);
  }
  const malformed: Reject[] = problems.map((p) => ({
    line: p.line,
    cells: Object.fromEntries(p.cells.map((c, i) => [`column ${i + 1}`, c])),
    issues: [{ path: p.path, message: p.message }],
  }));
  const { profiles, issuesByRecord } = tryParse(records, parse);
  const located = (index: number): ValidationIssue[] =>
    issuesByRecord.get(index)!.map((issue) => ({ ...issue, path: [file, rows[index] ? `line ${rows[index].line}` : 'file', ...issue.path.slice(1)] }));
  const invalid: Reject[] = [...issuesByRecord.keys()]
    .filter((i) => i >= 0)
    .sort((a, b) => a - b)
    .map((i) => ({ line: rows[i]!.line, cells: { ...(rows[i] as CsvRow).cells }, issues: located(i) }));
  const rejects = [...malformed, ...invalid].sort((a, b) => a.line - b.line);
  const fileLevel = issuesByRecord.has(-1) ? located(-1) : [];
  if (rejects.length === 0 && fileLevel.length === 0) return { profiles: profiles!, rejects };
  if (!options.skipInvalid || fileLevel.length) {
    throw new ValidationError([...fileLevel, ...rejects.flatMap((r) => r.issues)], `${file}: ${rejects.length} invalid row${rejects.length === 1 ? '' : 's'}`);
  }
  return { profiles: parse(records.filter((_, i) => !issuesByRecord.has(i))), rejects };
}

/** Parses all records; on failure, groups the issues by record index (-1: not tied to a record). */
function tryParse<T>(records: unknown[], parse: (rows: unknown) => T[]): { profiles: T[] | undefined; issuesByRecord: Map<number, ValidationIssue[]> } {
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
