/** Checks a report's input record by record: a ValidationError naming the record and the field. */
import {
  type IssueCode,
  type IssueParams,
  issue,
  ValidationError,
  type ValidationIssue,
} from '../../model/validation-error.js';
import type { UnscheduledReason } from '../../schedule/types.js';
import type { ReportInput } from '../types.js';

export const UNSCHEDULED_REASONS: readonly UnscheduledReason[] = [
  'forbidden',
  'no-gain',
  'capacity',
  'no-common-slot',
  'slots-full',
  'required-infeasible',
];

const isText = (v: unknown): v is string => typeof v === 'string' && v !== '';
const isIsoInstant = (v: unknown) =>
  typeof v === 'string' &&
  /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(v) &&
  Number.isFinite(Date.parse(v));

export function validateReportInput(input: ReportInput): void {
  const issues: ValidationIssue[] = [];
  const fail = (path: (string | number)[], code: IssueCode, message: IssueParams | string) =>
    issues.push(issue(path, code, message));
  if (typeof input !== 'object' || input === null)
    throw new ValidationError([issue([], 'wrong-type', 'expected the report input object')]);
  for (const list of ['pairs', 'slots', 'meetings'] as const) {
    if (!Array.isArray(input[list])) fail([list], 'wrong-type', 'expected an array');
  }
  if (input.unscheduled !== undefined && !Array.isArray(input.unscheduled))
    fail(['unscheduled'], 'wrong-type', 'expected an array');
  if (input.tables !== undefined && !(Number.isInteger(input.tables) && input.tables >= 1))
    fail(['tables'], 'out-of-range', `expected a whole number ≥ 1, got ${String(input.tables)}`);
  if (issues.length) throw new ValidationError(issues, 'report input');

  input.pairs.forEach((p, i) => {
    if (!isText(p?.buyerId)) fail(['pairs', i, 'buyerId'], 'required', 'expected a non-empty id');
    if (!isText(p?.supplierId)) fail(['pairs', i, 'supplierId'], 'required', 'expected a non-empty id');
    if (typeof p?.score !== 'number' || !Number.isFinite(p.score))
      fail(['pairs', i, 'score'], 'not-a-number', `expected a finite number, got ${String(p?.score)}`);
    for (const k of ['buyerName', 'supplierName'] as const)
      if (p?.[k] !== undefined && typeof p[k] !== 'string') fail(['pairs', i, k], 'wrong-type', 'expected text');
    if (p?.reasons !== undefined && !(Array.isArray(p.reasons) && p.reasons.every((r) => typeof r === 'string')))
      fail(['pairs', i, 'reasons'], 'wrong-type', 'expected a list of texts');
  });
  input.slots.forEach((s, i) => {
    for (const k of ['start', 'end'] as const) {
      if (s?.[k] !== undefined && !isIsoInstant(s[k]))
        fail(['slots', i, k], 'invalid-value', `"${String(s[k])}" is not an ISO 8601 time with an offset`);
    }
  });
  const tables = input.tables ?? Infinity;
  input.meetings.forEach((m, i) => {
    if (!isText(m?.buyerId)) fail(['meetings', i, 'buyerId'], 'required', 'expected a non-empty id');
    if (!isText(m?.supplierId)) fail(['meetings', i, 'supplierId'], 'required', 'expected a non-empty id');
    if (!(Number.isInteger(m?.slot) && m.slot >= 0 && m.slot < input.slots.length))
      fail(
        ['meetings', i, 'slot'],
        'out-of-range',
        `expected a slot index 0–${input.slots.length - 1}, got ${String(m?.slot)}`,
      );
    if (!(Number.isInteger(m?.table) && m.table >= 1 && m.table <= tables))
      fail(['meetings', i, 'table'], 'out-of-range', `expected a table number 1–${tables}, got ${String(m?.table)}`);
    if (typeof m?.score !== 'number' || !Number.isFinite(m.score))
      fail(['meetings', i, 'score'], 'not-a-number', `expected a finite number, got ${String(m?.score)}`);
  });
  const seat = new Map<string, number>();
  input.meetings.forEach((m, i) => {
    const key = `${m.slot}\u0000${m.table}`;
    const other = seat.get(key);
    if (other !== undefined)
      fail(
        ['meetings', i, 'table'],
        'conflict',
        `table ${m.table} in slot ${m.slot + 1} is also given to meetings[${other}]`,
      );
    else seat.set(key, i);
  });
  (input.unscheduled ?? []).forEach((u, i) => {
    if (!isText(u?.buyerId)) fail(['unscheduled', i, 'buyerId'], 'required', 'expected a non-empty id');
    if (!isText(u?.supplierId)) fail(['unscheduled', i, 'supplierId'], 'required', 'expected a non-empty id');
    if (!UNSCHEDULED_REASONS.includes(u?.reason))
      fail(
        ['unscheduled', i, 'reason'],
        'invalid-value',
        `expected one of ${UNSCHEDULED_REASONS.join(', ')}, got ${String(u?.reason)}`,
      );
    if (typeof u?.score !== 'number' || !Number.isFinite(u.score))
      fail(['unscheduled', i, 'score'], 'not-a-number', `expected a finite number, got ${String(u?.score)}`);
  });
  for (const side of ['suppliers', 'buyers'] as const) {
    const list = input[side];
    if (list === undefined) continue;
    if (!Array.isArray(list)) fail([side], 'wrong-type', 'expected an array of parsed profiles');
    else
      list.forEach((p, i) => {
        if (!isText(p?.id)) fail([side, i, 'id'], 'required', 'expected a non-empty id');
        if (typeof p?.country !== 'string')
          fail(
            [side, i, 'country'],
            'invalid-value',
            'expected a country code (parse the profiles with parseSuppliers / parseBuyers)',
          );
      });
  }
  if (issues.length) throw new ValidationError(issues, 'report input');
}
