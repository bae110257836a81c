/** Agendas and whole schedules as spreadsheet-safe CSV. */
import { isTimeZone } from '../geo/timezone.js';
import { issue, ValidationError, type ValidationIssue } from '../model/validation-error.js';
import type { Agenda, AgendaItem } from '../schedule/agenda.js';
import { checkSchedule } from '../schedule/check-schedule.js';
import { instantText, localInstantText } from '../schedule/instant-text.js';
import type { Schedule, ScheduleInput } from '../schedule/types.js';
import { pairKey } from '../schedule/validate.js';
import { toCsv } from './csv.js';

const isInstant = (v: unknown): boolean => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/** The fields of an agenda the CSV reads: a bad agenda is a ValidationError naming the item and field. */
function checkAgendaItems(agenda: unknown, at: (string | number)[] = ['agenda']): void {
  if (agenda === null || typeof agenda !== 'object')
    throw new ValidationError([issue(at, 'wrong-type', { expected: 'an object' })]);
  const items = (agenda as { items?: unknown }).items;
  if (!Array.isArray(items)) throw new ValidationError([issue([...at, 'items'], 'wrong-type', { expected: 'a list' })]);
  const issues: ValidationIssue[] = [];
  items.forEach((item: unknown, k) => {
    const path = [...at, 'items', k];
    if (item === null || typeof item !== 'object')
      return void issues.push(issue(path, 'wrong-type', { expected: 'an object' }));
    const i = item as Record<string, unknown>;
    if (typeof i.slot !== 'number' || !Number.isInteger(i.slot) || i.slot < 0)
      issues.push(issue([...path, 'slot'], 'out-of-range', { min: 0, whole: true }));
    for (const field of ['start', 'end'])
      if (!isInstant(i[field])) issues.push(issue([...path, field], 'invalid-value', 'must be an ISO 8601 instant'));
    if (typeof i.table !== 'number' || !Number.isInteger(i.table) || i.table < 1)
      issues.push(issue([...path, 'table'], 'out-of-range', { min: 1, whole: true }));
    if (typeof i.counterpartId !== 'string')
      issues.push(issue([...path, 'counterpartId'], 'wrong-type', { expected: 'text' }));
    if (typeof i.score !== 'number' || !Number.isFinite(i.score))
      issues.push(issue([...path, 'score'], 'not-a-number', 'must be a finite number'));
    if (!Array.isArray(i.reasons)) issues.push(issue([...path, 'reasons'], 'wrong-type', { expected: 'a list' }));
  });
  if (issues.length) throw new ValidationError(issues, 'invalid agenda');
}

/**
 * One participant's agenda as CSV: slot, start, end (as given, whole seconds), the same in the
 * participant's own time zone when it has one (`localStart`, `localEnd`, `timeZone`; empty
 * otherwise), table, counterpart id and name, score, reasons.
 * @example
 * writeFileSync(`${agenda.participantId}.csv`, agendaToCsv(agenda, { bom: true }));
 */
export function agendaToCsv(agenda: Agenda, options: { bom?: boolean } = {}): string {
  checkAgendaItems(agenda);
  const zone = agenda.timeZone;
  if (zone !== undefined && (typeof zone !== 'string' || !isTimeZone(zone))) {
    throw new ValidationError([
      issue(['agenda', 'timeZone'], 'invalid-value', `${JSON.stringify(zone)} is not an IANA time zone`),
    ]);
  }
  const local = (iso: string) => (zone === undefined ? '' : localInstantText(iso, zone));
  return toCsv(
    [
      'slot',
      'start',
      'end',
      'localStart',
      'localEnd',
      'timeZone',
      'table',
      'counterpartId',
      'counterpartName',
      'score',
      'reasons',
    ],
    agenda.items.map((i) => [
      i.slot + 1,
      instantText(i.start),
      instantText(i.end),
      local(i.start),
      local(i.end),
      zone ?? '',
      i.table,
      i.counterpartId,
      i.counterpartName ?? '',
      i.score.toFixed(4),
      i.reasons.join(' | '),
    ]),
    options,
  );
}

/**
 * The whole schedule as CSV (one row per meeting), then the unplaced pairs with reasons. The
 * `sequence` column holds each meeting's calendar revision (iCalendar SEQUENCE) as found in
 * `options.agendas` — the agendas whose calendars were sent, e.g. from `updateAgendas` — and 0
 * without them, so a later repair (`cuohe schedule --previous`) raises it from there.
 * @example
 * writeFileSync('schedule.csv', scheduleToCsv(schedule, input, { bom: true }));
 * writeFileSync('schedule.csv', scheduleToCsv(schedule, input, { agendas: updateAgendas(now, sent) }));
 */
export function scheduleToCsv(
  schedule: Schedule,
  input: ScheduleInput,
  options: { bom?: boolean; agendas?: readonly Agenda[] } = {},
): string {
  checkSchedule(schedule, input, true);
  const sequence = sequencesOf(options.agendas ?? []);
  const rows: unknown[][] = schedule.meetings.map((m) => {
    const slot = input.slots[m.slot]!;
    return [
      'scheduled',
      m.slot + 1,
      instantText(slot.start),
      instantText(slot.end),
      m.table,
      m.buyerId,
      m.supplierId,
      m.score.toFixed(4),
      '',
      sequence.get(pairKey(m.buyerId, m.supplierId)) ?? 0,
    ];
  });
  for (const u of schedule.unscheduled)
    rows.push([
      'unscheduled',
      '',
      '',
      '',
      '',
      u.buyerId,
      u.supplierId,
      u.score.toFixed(4),
      `${u.reason}: ${u.message}`,
      '',
    ]);
  const header = ['status', 'slot', 'start', 'end', 'table', 'buyerId', 'supplierId', 'score', 'reason', 'sequence'];
  return toCsv(header, rows, options);
}

/** Each meeting's sequence by pair, the higher one where the two parties' agendas differ. */
function sequencesOf(agendas: readonly Agenda[]): Map<string, number> {
  if (!Array.isArray(agendas))
    throw new ValidationError([issue(['options', 'agendas'], 'wrong-type', { expected: 'a list' })]);
  const out = new Map<string, number>();
  agendas.forEach((agenda, k) => {
    const at = ['options', 'agendas', k];
    checkAgendaItems(agenda, at);
    if (agenda.side !== 'buyer' && agenda.side !== 'supplier')
      throw new ValidationError([issue([...at, 'side'], 'invalid-value', 'must be "buyer" or "supplier"')]);
    if (typeof agenda.participantId !== 'string')
      throw new ValidationError([issue([...at, 'participantId'], 'wrong-type', { expected: 'text' })]);
    agenda.items.forEach((item: AgendaItem, j: number) => {
      const seq = item.sequence ?? 0;
      if (!Number.isInteger(seq) || seq < 0)
        throw new ValidationError([issue([...at, 'items', j, 'sequence'], 'out-of-range', { min: 0, whole: true })]);
      const key =
        agenda.side === 'buyer'
          ? pairKey(agenda.participantId, item.counterpartId)
          : pairKey(item.counterpartId, agenda.participantId);
      out.set(key, Math.max(out.get(key) ?? 0, seq));
    });
  });
  return out;
}
