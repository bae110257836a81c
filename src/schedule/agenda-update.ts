/**
 * Agendas as updates of the ones last sent: calendars identify a meeting by its pair (the UID)
 * and accept a change only when its SEQUENCE is higher than the one they hold, so every
 * meeting carries its revision forward, and meetings that disappeared are kept as
 * cancellations.
 */
import { type IssueCode, type IssueParams, issue, ValidationError } from '../model/validation-error.js';
import type { Agenda, AgendaItem } from './agenda.js';
import { participantKey } from './validate.js';

/**
 * `current` as an update of `previous` (the same participant's agenda as last sent, itself
 * possibly an update): an unchanged meeting keeps its `sequence`; one whose time or table
 * changed gets the previous sequence + 1; a new meeting starts at 0 (or, if it had been
 * cancelled, one above the cancellation); a meeting of `previous` that is gone lands in
 * `cancelled` with its last time and table and sequence + 1. Earlier cancellations are carried
 * forward, so the next update still knows their sequence. Inputs are not modified.
 * @example
 * const update = updateAgenda(agendaNow, agendaSentThisMorning);
 * update.cancelled; // meetings to cancel in calendars
 */
export function updateAgenda(current: Agenda, previous: Agenda): Agenda {
  checkAgenda(current, 'current');
  checkAgenda(previous, 'previous');
  if (current.side !== previous.side || current.participantId !== previous.participantId) {
    throw new ValidationError([
      issue(
        ['previous', 'participantId'],
        'invalid-value',
        `is the agenda of ${previous.side} "${previous.participantId}", ` +
          `not of ${current.side} "${current.participantId}"`,
      ),
    ]);
  }
  const before = new Map(previous.items.map((i) => [i.counterpartId, i]));
  const cancelledBefore = new Map((previous.cancelled ?? []).map((i) => [i.counterpartId, i]));
  const items = current.items.map((item): AgendaItem => {
    const old = before.get(item.counterpartId);
    const dropped = cancelledBefore.get(item.counterpartId);
    const own = item.sequence ?? 0;
    if (old) return { ...item, sequence: Math.max(own, sequenceOf(old) + (changed(old, item) ? 1 : 0)) };
    if (dropped) return { ...item, sequence: Math.max(own, sequenceOf(dropped) + 1) };
    return { ...item, sequence: own };
  });
  const still = new Set(current.items.map((i) => i.counterpartId));
  const cancelled: AgendaItem[] = [];
  for (const old of previous.items)
    if (!still.has(old.counterpartId)) cancelled.push({ ...old, sequence: sequenceOf(old) + 1 });
  for (const old of previous.cancelled ?? [])
    if (!still.has(old.counterpartId) && !before.has(old.counterpartId)) cancelled.push({ ...old });
  for (const old of current.cancelled ?? []) {
    // Cancellations the caller already put into `current` (e.g. from an earlier update) stay.
    if (!still.has(old.counterpartId) && !cancelled.some((c) => c.counterpartId === old.counterpartId))
      cancelled.push({ ...old });
  }
  cancelled.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || (a.counterpartId < b.counterpartId ? -1 : 1));
  return { ...current, items, cancelled };
}

/**
 * Every agenda of `current` as an update of the matching agenda (same side and id) of
 * `previous`; participants of `previous` who are gone (a no-show removed from the input) get
 * an agenda with no meetings and all of theirs cancelled. Pass the agendas last sent — the
 * result of the previous call — so sequences keep rising over several changes.
 * @example
 * const updates = updateAgendas(agendas(newSchedule, newInput), sentAgendas);
 * for (const a of updates) writeFileSync(`${a.side}-${a.participantId}.ics`, agendaToICalendar(a));
 */
export function updateAgendas(current: readonly Agenda[], previous: readonly Agenda[]): Agenda[] {
  if (!Array.isArray(current))
    throw new ValidationError([issue(['current'], 'wrong-type', 'must be a list of agendas')]);
  if (!Array.isArray(previous))
    throw new ValidationError([issue(['previous'], 'wrong-type', 'must be a list of agendas')]);
  const byKey = new Map<string, Agenda>();
  previous.forEach((a, k) => {
    checkAgenda(a, `previous[${k}]`);
    const key = participantKey(a.side, a.participantId);
    if (byKey.has(key))
      throw new ValidationError([
        issue(['previous', k, 'participantId'], 'duplicate-id', `second agenda of ${a.side} "${a.participantId}"`),
      ]);
    byKey.set(key, a);
  });
  const seen = new Set<string>();
  const updated = current.map((a, k): Agenda => {
    checkAgenda(a, `current[${k}]`);
    const key = participantKey(a.side, a.participantId);
    if (seen.has(key))
      throw new ValidationError([
        issue(['current', k, 'participantId'], 'duplicate-id', `second agenda of ${a.side} "${a.participantId}"`),
      ]);
    seen.add(key);
    const old = byKey.get(key);
    return old
      ? updateAgenda(a, old)
      : {
          ...a,
          items: a.items.map((i: AgendaItem) => ({ ...i, sequence: i.sequence ?? 0 })),
          cancelled: [...(a.cancelled ?? [])],
        };
  });
  for (const [key, old] of byKey) {
    if (!seen.has(key)) updated.push(updateAgenda({ ...old, items: [], cancelled: [] }, old));
  }
  return updated;
}

const sequenceOf = (item: AgendaItem) => item.sequence ?? 0;

/** A change calendars must be told about: another time or another table. */
const changed = (a: AgendaItem, b: AgendaItem) =>
  Date.parse(a.start) !== Date.parse(b.start) || Date.parse(a.end) !== Date.parse(b.end) || a.table !== b.table;

/** An agenda whose meetings can be told apart: one meeting per counterpart, instants that parse. */
export function checkAgenda(agenda: Agenda, name: string): void {
  const fail = (path: (string | number)[], code: IssueCode, message: IssueParams | string) => {
    throw new ValidationError([issue([name, ...path], code, message)]);
  };
  if (agenda === null || typeof agenda !== 'object') fail([], 'wrong-type', 'must be an agenda');
  if (typeof agenda.participantId !== 'string' || !agenda.participantId)
    fail(['participantId'], 'required', 'must be a non-empty string');
  if (agenda.side !== 'buyer' && agenda.side !== 'supplier')
    fail(['side'], 'invalid-value', "must be 'buyer' or 'supplier'");
  for (const list of ['items', 'cancelled'] as const) {
    const items = agenda[list];
    if (list === 'cancelled' && items === undefined) continue;
    if (!Array.isArray(items)) {
      fail([list], 'wrong-type', 'must be a list of agenda items');
      return;
    }
    const ids = new Set<string>();
    items.forEach((item, k) => {
      if (item === null || typeof item !== 'object') fail([list, k], 'wrong-type', 'must be an agenda item');
      if (typeof item.counterpartId !== 'string' || !item.counterpartId)
        fail([list, k, 'counterpartId'], 'required', 'must be a non-empty string');
      // One meeting per pair: the pair is the meeting's identity in calendars.
      if (ids.has(item.counterpartId))
        fail([list, k, 'counterpartId'], 'duplicate-id', `second meeting with "${item.counterpartId}"`);
      ids.add(item.counterpartId);
      for (const field of ['start', 'end'] as const) {
        if (typeof item[field] !== 'string' || Number.isNaN(Date.parse(item[field])))
          fail([list, k, field], 'invalid-value', `${JSON.stringify(item[field])} is not an instant`);
      }
      if (!(Date.parse(item.end) > Date.parse(item.start))) fail([list, k, 'end'], 'conflict', 'must be after start');
      if (typeof item.table !== 'number' || !Number.isInteger(item.table) || item.table < 1)
        fail([list, k, 'table'], 'out-of-range', { min: 1, whole: true });
      if (
        item.sequence !== undefined &&
        (typeof item.sequence !== 'number' || !Number.isInteger(item.sequence) || item.sequence < 0)
      ) {
        fail([list, k, 'sequence'], 'out-of-range', { min: 0, whole: true });
      }
    });
  }
  const active = new Set(agenda.items.map((i) => i.counterpartId));
  (agenda.cancelled ?? []).forEach((item, k) => {
    if (active.has(item.counterpartId))
      fail(['cancelled', k, 'counterpartId'], 'conflict', `"${item.counterpartId}" is both scheduled and cancelled`);
  });
}
