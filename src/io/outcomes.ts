/**
 * Outcome files (what happened after the meetings) as CSV or JSON, validated like profiles:
 * every bad record is reported with its file, line and field.
 */

import { calibrationMessages } from '../calibrate/messages.js';
import { type Outcome, type ParseOutcomesOptions, parseOutcomes } from '../calibrate/outcomes.js';
import { issue, ValidationError, type ValidationIssue } from '../model/validation-error.js';
import { readCsvTable } from './csv-table.js';
import type { ReadOutcomesOptions } from './types.js';

/** Re-throws a parse error with `[file, 'line N', field…]` paths. */
function located(
  error: unknown,
  file: string,
  lineOf: (index: number) => number | undefined,
  locale: ReadOutcomesOptions['locale'],
): never {
  if (!(error instanceof ValidationError)) throw error;
  const issues = error.issues.map((i): ValidationIssue => {
    const [index, ...rest] = i.path;
    const line = typeof index === 'number' ? lineOf(index) : undefined;
    return { ...i, path: [file, line !== undefined ? `line ${line}` : 'file', ...rest] };
  });
  const records = new Set(issues.map((i) => i.path[1])).size;
  throw new ValidationError(issues, `${file}: ${calibrationMessages(locale).invalidOutcomes(records)}`);
}

function parseOptions(
  options: ReadOutcomesOptions,
  lineOf: (index: number) => number | undefined,
): ParseOutcomesOptions {
  const { file: _file, columns: _columns, ...rest } = options;
  const zh = options.locale === 'zh';
  const describeRecord = (i: number) => {
    const line = lineOf(i);
    if (line === undefined) return zh ? `第 ${i + 1} 条记录` : `record ${i}`;
    return zh ? `第 ${line} 行` : `line ${line}`;
  };
  return { ...rest, describeRecord };
}

/**
 * Outcomes from CSV text with columns `buyerId`, `supplierId`, `outcome` (other columns, e.g.
 * notes, are ignored; `columns` maps other headers). An outcome cell is a grade (`2.5`) or a
 * named outcome (`deal`, `follow-up`, `成交`, …).
 * @throws {ValidationError} listing every bad row as `[file, 'line N', field]`: unknown ids
 * (when `suppliers` / `buyers` are given), pairs graded twice, bad grades, ragged rows.
 * @example
 * const outcomes = readOutcomesCsv(text, { file: 'outcomes.csv', suppliers, buyers });
 */
export function readOutcomesCsv(text: string, options: ReadOutcomesOptions = {}): Outcome[] {
  const file = options.file ?? 'input';
  const { rows, problems } = readCsvTable(text, file);
  const columns = options.columns ?? {};
  const records = rows.map((r) => {
    const record: Record<string, string> = {};
    for (const [header, raw] of Object.entries(r.cells)) {
      const field = Object.hasOwn(columns, header) ? columns[header]! : header;
      if (field === '__proto__' || field === 'constructor' || field === 'prototype') continue;
      // readCsvTable has already taken off the apostrophe exports put before formula-like cells.
      record[field] = raw.trim();
    }
    return record;
  });
  let outcomes: Outcome[] = [];
  let parseIssues: ValidationIssue[] = [];
  try {
    outcomes = parseOutcomes(
      records,
      parseOptions(options, (i) => rows[i]?.line),
    );
  } catch (error) {
    try {
      located(error, file, (i) => rows[i]?.line, options.locale);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      parseIssues = e.issues;
    }
  }
  const lineOf = (i: ValidationIssue) => Number(String(i.path[1]).replace(/^line /, '')) || 0;
  const issues = [...problems.map(({ line: _line, cells: _cells, ...issue }) => issue), ...parseIssues].sort(
    (a, b) => lineOf(a) - lineOf(b),
  );
  if (issues.length) {
    const records = new Set(issues.map((i) => i.path[1])).size;
    throw new ValidationError(issues, `${file}: ${calibrationMessages(options.locale).invalidOutcomes(records)}`);
  }
  return outcomes;
}

/**
 * The line on which each element of a top-level JSON array starts (1-based), found by a
 * scan that skips strings; undefined when the text is not an array.
 */
function elementLines(text: string): number[] | undefined {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') line++;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n' || ch === '\uFEFF') continue;
    if (depth === 1 && expectElement && ch !== ']') {
      lines.push(line);
      expectElement = false;
    }
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') {
      if (depth === 0 && ch !== '[') return undefined;
      depth++;
      if (depth === 1) expectElement = true;
    } else if (ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 1) expectElement = true;
  }
  return lines;
}

/**
 * Outcomes from JSON text: an array of `{ buyerId, supplierId, outcome }` records. Errors
 * name the line each bad record starts on.
 * @throws {ValidationError} for text that is not JSON or not an array, and for every bad
 * record (see `readOutcomesCsv`).
 * @example
 * const json = '[{ "buyerId": "B1", "supplierId": "S7", "outcome": "deal" }]';
 * const outcomes = readOutcomesJson(json, { file: 'outcomes.json' });
 */
export function readOutcomesJson(text: string, options: ReadOutcomesOptions = {}): Outcome[] {
  const file = options.file ?? 'input';
  if (typeof text !== 'string') throw new ValidationError([issue([file], 'wrong-type', 'expected JSON text')]);
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ValidationError([issue([file], 'unreadable', `not valid JSON: ${(error as Error).message}`)]);
  }
  if (!Array.isArray(value))
    throw new ValidationError([issue([file], 'wrong-type', calibrationMessages(options.locale).notAList)]);
  const lines = elementLines(text) ?? [];
  try {
    return parseOutcomes(
      value,
      parseOptions(options, (i) => lines[i]),
    );
  } catch (error) {
    return located(error, file, (i) => lines[i], options.locale);
  }
}
