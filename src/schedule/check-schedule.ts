/**
 * The checks agendas and schedule exports run on a schedule and the input it was made from:
 * only what they read, so a hand-made or damaged schedule is a ValidationError, not a TypeError.
 */
import { issue, ValidationError, type ValidationIssue } from '../model/validation-error.js';

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';
const isWhole = (v: unknown, min: number, max = Number.MAX_SAFE_INTEGER): boolean =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const isInstant = (v: unknown): boolean => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/** Throws a ValidationError unless `schedule` and `input` have the fields agendas and exports read. */
export function checkSchedule(schedule: unknown, input: unknown, withUnscheduled = false): void {
  const issues: ValidationIssue[] = [];
  if (!isRecord(input)) throw new ValidationError([issue(['input'], 'wrong-type', { expected: 'an object' })]);
  if (!isRecord(schedule)) throw new ValidationError([issue(['schedule'], 'wrong-type', { expected: 'an object' })]);
  const slots = Array.isArray(input.slots) ? input.slots : [];
  if (!Array.isArray(input.slots)) issues.push(issue(['slots'], 'wrong-type', 'must be a list of { start, end }'));
  slots.forEach((s: unknown, k) => {
    if (!isRecord(s) || !isInstant(s.start) || !isInstant(s.end))
      issues.push(issue(['slots', k], 'invalid-value', 'must be { start, end } with ISO 8601 instants'));
  });
  if (!Array.isArray(input.participants))
    issues.push(issue(['participants'], 'wrong-type', 'must be a list of participants'));
  else
    input.participants.forEach((p: unknown, k) => {
      if (!isRecord(p)) return void issues.push(issue(['participants', k], 'wrong-type', { expected: 'an object' }));
      if (typeof p.id !== 'string') issues.push(issue(['participants', k, 'id'], 'wrong-type', { expected: 'text' }));
      if (p.side !== 'buyer' && p.side !== 'supplier')
        issues.push(issue(['participants', k, 'side'], 'invalid-value', "must be 'buyer' or 'supplier'"));
    });
  const pairs: [string, unknown][] = [['meetings', schedule.meetings]];
  if (withUnscheduled) pairs.push(['unscheduled', schedule.unscheduled]);
  for (const [list, value] of pairs) {
    if (!Array.isArray(value)) {
      issues.push(issue(['schedule', list], 'wrong-type', { expected: 'a list' }));
      continue;
    }
    value.forEach((m: unknown, k) => {
      const path = ['schedule', list, k];
      if (!isRecord(m)) return void issues.push(issue(path, 'wrong-type', { expected: 'an object' }));
      for (const id of ['buyerId', 'supplierId'])
        if (typeof m[id] !== 'string') issues.push(issue([...path, id], 'wrong-type', { expected: 'text' }));
      if (typeof m.score !== 'number' || !Number.isFinite(m.score))
        issues.push(issue([...path, 'score'], 'not-a-number', 'must be a finite number'));
      if (list === 'meetings') {
        if (!isWhole(m.slot, 0, slots.length - 1))
          issues.push(issue([...path, 'slot'], 'out-of-range', { min: 0, max: slots.length - 1, whole: true }));
        if (!isWhole(m.table, 1)) issues.push(issue([...path, 'table'], 'out-of-range', { min: 1, whole: true }));
      } else {
        for (const text of ['reason', 'message'])
          if (typeof m[text] !== 'string') issues.push(issue([...path, text], 'wrong-type', { expected: 'text' }));
      }
    });
  }
  if (issues.length) throw new ValidationError(issues, 'invalid schedule');
}
