/**
 * `cuohe schedule --previous schedule.csv`: read the schedule written earlier (the
 * `scheduled` rows of schedule.csv; a `pinned` column with yes / 1 / true pins a meeting; the
 * `sequence` column is each meeting's calendar revision as last sent, 0 when the file has none),
 * repair it against today's input and write what changed.
 */

import { toCsv } from '../io/csv.js';
import { readStrictCsvTable } from '../io/csv-table.js';
import { issue, ValidationError, type ValidationIssue } from '../model/validation-error.js';
import type { ScheduleChanges } from '../schedule/reschedule.js';
import type { Meeting, PairRef, ScheduleInput } from '../schedule/types.js';
import { pairKey } from '../schedule/validate.js';

const YES = new Set(['yes', 'y', 'true', '1', 'x', '是']);

/** The meetings of a schedule.csv; slots are matched by start instant (else by the 1-based slot number). */
export function readPreviousSchedule(
  text: string,
  file: string,
  input: Pick<ScheduleInput, 'slots'>,
): { meetings: Meeting[]; pinned: PairRef[]; sequences: Map<string, number> } {
  const { rows } = readStrictCsvTable(text, file);
  const byStart = new Map(input.slots.map((s, k) => [Date.parse(s.start), k]));
  const issues: ValidationIssue[] = [];
  const meetings: Meeting[] = [];
  const pinned: PairRef[] = [];
  const sequences = new Map<string, number>();
  for (const r of rows) {
    const c = r.cells;
    if ((c.status ?? 'scheduled') !== 'scheduled') continue;
    const at = [file, `line ${r.line}`];
    const slot = c.start ? byStart.get(Date.parse(c.start)) : c.slot ? Number(c.slot) - 1 : undefined;
    const table = Number(c.table);
    const score = c.score ? Number(c.score) : 0;
    const sequence = c.sequence?.trim() ? Number(c.sequence) : 0;
    if (!c.buyerId || !c.supplierId) issues.push(issue([...at, 'buyerId'], 'required', 'needs buyerId and supplierId'));
    else if (slot === undefined || !Number.isInteger(slot) || slot < 0)
      issues.push(
        issue([...at, 'start'], 'invalid-value', `${JSON.stringify(c.start ?? c.slot ?? '')} is not one of the slots`),
      );
    else if (!Number.isInteger(table) || table < 1)
      issues.push(issue([...at, 'table'], 'invalid-value', `${JSON.stringify(c.table ?? '')} is not a table number`));
    else if (!Number.isFinite(score))
      issues.push(issue([...at, 'score'], 'not-a-number', `${JSON.stringify(c.score)} is not a number`));
    else if (!Number.isInteger(sequence) || sequence < 0)
      issues.push(issue([...at, 'sequence'], 'out-of-range', { min: 0, whole: true }));
    else {
      meetings.push({
        buyerId: c.buyerId,
        supplierId: c.supplierId,
        slot,
        table,
        score,
        ...(c.interpreterId ? { interpreterId: c.interpreterId } : {}),
      });
      sequences.set(pairKey(c.buyerId, c.supplierId), sequence);
      if (c.pinned && YES.has(c.pinned.trim().toLowerCase()))
        pinned.push({ buyerId: c.buyerId, supplierId: c.supplierId });
    }
  }
  if (issues.length) throw new ValidationError(issues, `${file}: not a schedule`);
  return { meetings, pinned, sequences };
}

/** changes.csv: one row per previous or new meeting, with what happened to it. */
export function changesToCsv(
  changes: ScheduleChanges,
  input: Pick<ScheduleInput, 'slots'>,
  options: { bom?: boolean } = {},
): string {
  const start = (slot: number) => input.slots[slot]?.start ?? '';
  const rows: unknown[][] = [
    ...changes.kept.map((m) => ['kept', m.buyerId, m.supplierId, start(m.slot), m.table, start(m.slot), m.table, '']),
    ...changes.moved.map(({ before, after }) => [
      'moved',
      after.buyerId,
      after.supplierId,
      start(before.slot),
      before.table,
      start(after.slot),
      after.table,
      '',
    ]),
    ...changes.cancelled.map(({ meeting: m, reason, message }) => [
      'cancelled',
      m.buyerId,
      m.supplierId,
      start(m.slot),
      m.table,
      '',
      '',
      `${reason}: ${message}`,
    ]),
    ...changes.added.map((m) => ['added', m.buyerId, m.supplierId, '', '', start(m.slot), m.table, '']),
  ];
  return toCsv(
    ['change', 'buyerId', 'supplierId', 'startBefore', 'tableBefore', 'start', 'table', 'reason'],
    rows,
    options,
  );
}
