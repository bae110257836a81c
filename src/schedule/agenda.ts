/** Per-participant agendas from a schedule (their CSV exports are in io/schedule-csv.ts). */
import * as z from 'zod/mini';
import { isTimeZone } from '../geo/timezone.js';
import { issue, ValidationError, type ValidationIssue } from '../model/validation-error.js';
import { checkSchedule } from './check-schedule.js';
import type { Meeting, Schedule, ScheduleInput } from './types.js';
import { participantKey } from './validate.js';

/**
 * One meeting in a participant's agenda.
 * @example
 * const line = `${item.start} table ${item.table}: ${item.counterpartName ?? item.counterpartId}`;
 */
export interface AgendaItem {
  slot: number;
  start: string;
  end: string;
  table: number;
  counterpartId: string;
  counterpartName?: string;
  /** The counterpart's e-mail (from `Participant.email`): an ATTENDEE of the invitation. */
  counterpartEmail?: string;
  score: number;
  /** Why the two were matched, when the caller supplies reasons. */
  reasons: string[];
  /**
   * Revision of this meeting in calendars (iCalendar SEQUENCE): 0 when first sent, raised by
   * `updateAgenda` each time its time or table changes or it is cancelled. Default 0.
   */
  sequence?: number;
}

/**
 * A participant's meetings in time order.
 * @example
 * const [first] = agendas(schedule, input);
 * console.log(first.participantId, first.items.length);
 */
export interface Agenda {
  participantId: string;
  name?: string;
  /** The participant's e-mail (from `Participant.email`). */
  email?: string;
  /** The participant's own time zone (from `Participant.timeZone`): agenda CSVs add local times. */
  timeZone?: string;
  side: 'buyer' | 'supplier';
  items: AgendaItem[];
  /**
   * Meetings dropped since the agenda last sent, with their last time and table and a raised
   * `sequence` (set by `updateAgenda`): calendars cancel them.
   */
  cancelled?: AgendaItem[];
}

/**
 * Names and reasons to put into agendas.
 * @example
 * const reasons = (b: string, s: string) => engine.score(buyerById.get(b)!, s).reasons.slice(0, 3);
 * agendas(schedule, input, { names: { S1: 'Dongguan Power' }, reasons });
 */
export interface AgendaOptions {
  /** Display names by participant id (for both sides; see `buyerNames` / `supplierNames`). */
  names?: Record<string, string>;
  /** Display names of buyers by id; before `names` (ids are per side: buyer 1 is not supplier 1). */
  buyerNames?: Record<string, string>;
  /** Display names of suppliers by id; before `names`. */
  supplierNames?: Record<string, string>;
  /** Reason lines for a pair, e.g. from `engine.score(buyer, supplierId).reasons`. */
  reasons?: (buyerId: string, supplierId: string) => string[];
}

/**
 * Every participant's meetings in time order (participants without meetings get an empty
 * agenda, so nobody is forgotten).
 * @example
 * for (const agenda of agendas(schedule, input, { names })) send(agenda.participantId, agendaToICalendar(agenda));
 */
export function agendas(schedule: Schedule, input: ScheduleInput, options: AgendaOptions = {}): Agenda[] {
  checkSchedule(schedule, input);
  const people = participantDetails(input);
  const nameOf = (side: 'buyer' | 'supplier', id: string) =>
    sideName(options, side, id) ?? people.get(participantKey(side, id))?.name;
  const emailOf = (side: 'buyer' | 'supplier', id: string) => people.get(participantKey(side, id))?.email;
  const byParticipant = new Map<string, Meeting[]>();
  for (const m of schedule.meetings) {
    for (const key of [participantKey('buyer', m.buyerId), participantKey('supplier', m.supplierId)]) {
      const list = byParticipant.get(key) ?? [];
      list.push(m);
      byParticipant.set(key, list);
    }
  }
  return input.participants.map((p) => {
    const items = (byParticipant.get(participantKey(p.side, p.id)) ?? [])
      .slice()
      .sort((a, b) => a.slot - b.slot)
      .map((m) => {
        const counterpartId = p.side === 'buyer' ? m.supplierId : m.buyerId;
        const slot = input.slots[m.slot]!;
        const item: AgendaItem = {
          slot: m.slot,
          start: slot.start,
          end: slot.end,
          table: m.table,
          counterpartId,
          score: m.score,
          reasons: options.reasons?.(m.buyerId, m.supplierId) ?? [],
        };
        const counterpartSide = p.side === 'buyer' ? 'supplier' : 'buyer';
        const name = nameOf(counterpartSide, counterpartId);
        if (name !== undefined) item.counterpartName = name;
        const email = emailOf(counterpartSide, counterpartId);
        if (email !== undefined) item.counterpartEmail = email;
        return item;
      });
    const agenda: Agenda = { participantId: p.id, side: p.side, items };
    const name = nameOf(p.side, p.id);
    if (name !== undefined) agenda.name = name;
    if (p.email !== undefined) agenda.email = p.email;
    if (p.timeZone !== undefined) agenda.timeZone = p.timeZone;
    return agenda;
  });
}

const EMAIL = z.email();

/** Whether `value` is an e-mail address (the one rule for participants, organisers and files). */
export const isEmail = (value: unknown): value is string => typeof value === 'string' && EMAIL.safeParse(value).success;

/** Names, e-mails and time zones of the participants, checked (they end up in files people read). */
function participantDetails(input: ScheduleInput): Map<string, { name?: string; email?: string }> {
  const issues: ValidationIssue[] = [];
  const details = new Map<string, { name?: string; email?: string }>();
  if (!Array.isArray(input?.participants))
    throw new ValidationError([issue(['participants'], 'wrong-type', 'must be a list of participants')]);
  input.participants.forEach((p, k) => {
    if (p.name !== undefined && typeof p.name !== 'string')
      issues.push(issue(['participants', k, 'name'], 'wrong-type', { expected: 'a string' }));
    if (p.email !== undefined && !isEmail(p.email)) {
      issues.push(
        issue(['participants', k, 'email'], 'invalid-value', `${JSON.stringify(p.email)} is not an e-mail address`),
      );
    }
    if (p.timeZone !== undefined && (typeof p.timeZone !== 'string' || !isTimeZone(p.timeZone))) {
      issues.push(
        issue(
          ['participants', k, 'timeZone'],
          'invalid-value',
          `${JSON.stringify(p.timeZone)} is not an IANA time zone`,
        ),
      );
    }
    details.set(participantKey(p.side, p.id), {
      ...(p.name !== undefined ? { name: p.name } : {}),
      ...(p.email !== undefined ? { email: p.email } : {}),
    });
  });
  if (issues.length) throw new ValidationError(issues, 'invalid participants');
  return details;
}

function sideName(options: AgendaOptions, side: 'buyer' | 'supplier', id: string): string | undefined {
  const own = side === 'buyer' ? options.buyerNames : options.supplierNames;
  for (const names of [own, options.names]) if (names && Object.hasOwn(names, id)) return names[id];
  return undefined;
}
