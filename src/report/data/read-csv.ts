/**
 * The report's input from the files the CLI writes: `matches.csv` (cuohe match) and
 * `schedule.csv` (cuohe schedule). Text in, so it works in a browser with files a user picked.
 */
import { readStrictCsvTable } from '../../io/csv-table.js';
import type { Buyer, Supplier } from '../../model/types.js';
import { issue, ValidationError, type ValidationIssue } from '../../model/validation-error.js';
import type { UnscheduledReason } from '../../schedule/types.js';
import type { ReportInput, ReportMeeting, ReportPair, ReportSlot, ReportUnscheduled } from '../types.js';
import { UNSCHEDULED_REASONS } from './validate-input.js';

/**
 * The two CSV texts, the profiles when at hand, and the number of tables when known.
 * @example
 * const files: ReportCsvFiles = {
 *   matches: readFileSync('matches.csv', 'utf8'),
 *   schedule: readFileSync('out/schedule.csv', 'utf8'),
 *   tables: 60,
 * };
 */
export interface ReportCsvFiles {
  matches: string;
  schedule: string;
  suppliers?: Supplier[];
  buyers?: Buyer[];
  tables?: number;
  /** File names for error messages; default `matches.csv`, `schedule.csv`. */
  matchesName?: string;
  scheduleName?: string;
}

function requireColumns(header: string[], columns: string[], file: string): void {
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length)
    throw new ValidationError(
      missing.map((c) => issue([file, 'line 1'], 'required', `missing column "${c}"`)),
      `${file}: not the expected file`,
    );
}

function readPairs(text: string, file: string): ReportPair[] {
  const { header, rows } = readStrictCsvTable(text, file);
  const scoreColumn = header.includes('mutual') ? 'mutual' : 'score';
  requireColumns(header, ['buyerId', 'supplierId', scoreColumn], file);
  const issues: ValidationIssue[] = [];
  const pairs = rows.map((r): ReportPair => {
    const c = r.cells;
    const score = Number(c[scoreColumn]);
    if (!c.buyerId || !c.supplierId)
      issues.push(issue([file, `line ${r.line}`], 'required', 'buyerId and supplierId are required'));
    if (c[scoreColumn]?.trim() === '' || !Number.isFinite(score))
      issues.push(issue([file, `line ${r.line}`, scoreColumn], 'not-a-number', `"${c[scoreColumn]}" is not a number`));
    const pair: ReportPair = { buyerId: c.buyerId ?? '', supplierId: c.supplierId ?? '', score };
    if (c.buyerName) pair.buyerName = c.buyerName;
    if (c.supplierName) pair.supplierName = c.supplierName;
    if (c.reasons) pair.reasons = c.reasons.split(' | ').filter(Boolean);
    return pair;
  });
  if (issues.length) throw new ValidationError(issues, `${file}: invalid rows`);
  return pairs;
}

function readSchedule(text: string, file: string): Pick<ReportInput, 'slots' | 'meetings' | 'unscheduled'> {
  const { header, rows } = readStrictCsvTable(text, file);
  requireColumns(header, ['status', 'slot', 'start', 'end', 'table', 'buyerId', 'supplierId', 'score', 'reason'], file);
  const issues: ValidationIssue[] = [];
  const slots: ReportSlot[] = [];
  const meetings: ReportMeeting[] = [];
  const unscheduled: ReportUnscheduled[] = [];
  for (const r of rows) {
    const c = r.cells;
    const at = (column: string) => [file, `line ${r.line}`, column];
    const score = Number(c.score);
    if (c.score?.trim() === '' || !Number.isFinite(score))
      issues.push(issue(at('score'), 'not-a-number', `"${c.score}" is not a number`));
    if (!c.buyerId || !c.supplierId)
      issues.push(issue(at('buyerId'), 'required', 'buyerId and supplierId are required'));
    if (c.status === 'scheduled') {
      const slot = Number(c.slot);
      const table = Number(c.table);
      if (!Number.isInteger(slot) || slot < 1)
        issues.push(issue(at('slot'), 'invalid-value', `"${c.slot}" is not a slot number (1, 2, …)`));
      else {
        // Slots are numbered from 1 in the file; a slot nobody met in is known by number only.
        while (slots.length < slot) slots.push({});
        const known = slots[slot - 1]!;
        if (known.start === undefined) Object.assign(known, { start: c.start, end: c.end });
        else if (known.start !== c.start || known.end !== c.end)
          issues.push(issue(at('start'), 'conflict', `slot ${slot} is ${known.start}–${known.end} on an earlier line`));
      }
      if (!Number.isInteger(table) || table < 1)
        issues.push(issue(at('table'), 'invalid-value', `"${c.table}" is not a table number (1, 2, …)`));
      meetings.push({ buyerId: c.buyerId ?? '', supplierId: c.supplierId ?? '', slot: slot - 1, table, score });
    } else if (c.status === 'unscheduled') {
      // "reason: message", as scheduleToCsv writes it.
      const text = c.reason ?? '';
      const cut = text.indexOf(':');
      const reason = (cut < 0 ? text : text.slice(0, cut)).trim() as UnscheduledReason;
      if (!UNSCHEDULED_REASONS.includes(reason))
        issues.push(
          issue(
            at('reason'),
            'invalid-value',
            `"${text}" does not start with one of ${UNSCHEDULED_REASONS.join(', ')}`,
          ),
        );
      const u: ReportUnscheduled = { buyerId: c.buyerId ?? '', supplierId: c.supplierId ?? '', reason, score };
      const message = cut < 0 ? '' : text.slice(cut + 1).trim();
      if (message) u.message = message;
      unscheduled.push(u);
    } else issues.push(issue(at('status'), 'invalid-value', `"${c.status}" is neither scheduled nor unscheduled`));
  }
  if (issues.length) throw new ValidationError(issues, `${file}: invalid rows`);
  return { slots, meetings, unscheduled };
}

/**
 * The report's input from a matches CSV and a schedule CSV (the CLI's outputs), with the
 * profiles when given. Bad files fail with a ValidationError naming the file, line and column.
 * @example
 * const input = reportInputFromCsv({ matches: matchesText, schedule: scheduleText, suppliers, buyers });
 * const html = renderReport(input, { locale: 'zh' });
 */
export function reportInputFromCsv(files: ReportCsvFiles): ReportInput {
  if (typeof files !== 'object' || files === null)
    throw new ValidationError([issue([], 'wrong-type', 'expected { matches, schedule } CSV texts')]);
  const input: ReportInput = {
    pairs: readPairs(files.matches, files.matchesName ?? 'matches.csv'),
    ...readSchedule(files.schedule, files.scheduleName ?? 'schedule.csv'),
  };
  if (files.suppliers !== undefined) input.suppliers = files.suppliers;
  if (files.buyers !== undefined) input.buyers = files.buyers;
  if (files.tables !== undefined) input.tables = files.tables;
  return input;
}
