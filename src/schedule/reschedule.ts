/**
 * `rescheduleMeetings`: day-of repair. Given the last schedule and the changed input (no-shows
 * removed, late joiners added, availability or tables changed), every previous meeting whose
 * two participants are still there and free keeps its slot and table; meetings that cannot
 * stay move if they can; the capacity set free goes to the best new pairs.
 */
import {
  type IssueCode,
  type IssueParams,
  issue,
  ValidationError,
  type ValidationIssue,
} from '../model/validation-error.js';
import type { ScheduleLocale } from './messages.js';
import { messagesFor, type ScheduleMessages } from './messages.js';
import { CANCEL_MESSAGES, SCHEDULE_MESSAGES_ZH } from './messages-zh.js';
import { interpretersFor } from './placement/interpreters.js';
import { type KeptMeeting, type PairToPlace, placeMeetings } from './placement/place.js';
import { boardMeetings } from './placement/to-meetings.js';
import { explainUnscheduled, hasCommonSlot, select } from './schedule-meetings.js';
import type { Meeting, PairRef, Schedule, ScheduleInput } from './types.js';
import { type Indexed, pairKey, participantKey, validateScheduleInput } from './validate.js';

/**
 * Options of `rescheduleMeetings`.
 * @example
 * const options: RescheduleOptions = { pinned: [{ buyerId: 'B7', supplierId: 'S12' }] };
 */
export interface RescheduleOptions {
  /**
   * Previous meetings that must stay in their slot and at their table even when they are no
   * longer among the candidates or above a lowered meeting limit (while both parties are there and free).
   */
  pinned?: PairRef[];
  /** Language of the messages (`unscheduled`, `changes.cancelled`); default 'en'. */
  locale?: ScheduleLocale;
  /** Or a table of every message (wins over `locale`). */
  messages?: ScheduleMessages;
}

/**
 * Why a previous meeting is not in the new schedule:
 * - `participant-gone`: a participant is no longer in the input;
 * - `not-free`: a participant is no longer free in the slot, and no other slot could take the meeting;
 * - `dropped`: the pair is no longer a candidate, or is forbidden now;
 * - `no-room`: it could not stay (tables, quotas, interpreter) and found no other slot.
 * @example
 * const gone = result.changes.cancelled.filter((c) => c.reason === 'participant-gone');
 */
export type CancelReason = 'participant-gone' | 'not-free' | 'dropped' | 'no-room';

/**
 * What changed against the previous schedule.
 * @example
 * for (const { before, after } of result.changes.moved) console.log(before.slot, '→', after.slot);
 */
export interface ScheduleChanges {
  /** Same pair, same slot, same table. */
  kept: Meeting[];
  /** Same pair, another slot or table. */
  moved: { before: Meeting; after: Meeting }[];
  cancelled: { meeting: Meeting; reason: CancelReason; message: string }[];
  /** Pairs that did not meet before. */
  added: Meeting[];
}

/**
 * A repaired schedule and its changes.
 * @example
 * const { meetings, unscheduled, changes } = rescheduleMeetings(previous, input);
 */
export interface Rescheduled extends Schedule {
  changes: ScheduleChanges;
}

/**
 * Repairs a schedule after changes on the day.
 * @throws {ValidationError} naming the field of any bad input or previous meeting.
 * @example
 * const input2 = { ...input, participants: input.participants.filter((p) => p.id !== 'S3') };
 * const { changes } = rescheduleMeetings(schedule, input2);
 * console.log(changes.kept.length, changes.moved.length, changes.cancelled.length, changes.added.length);
 */
export function rescheduleMeetings(
  previous: Pick<Schedule, 'meetings'>,
  input: ScheduleInput,
  options: RescheduleOptions = {},
): Rescheduled {
  const idx = validateScheduleInput(input);
  const before = previousMeetings(previous, idx);
  const pinned = pinnedPairs(options, before);
  const text = messagesFor(options, SCHEDULE_MESSAGES_ZH);
  const cancel = CANCEL_MESSAGES[(options as RescheduleOptions).locale === 'zh' ? 'zh' : 'en'];
  const index = new Map(idx.ids.map((id, p) => [participantKey(idx.side[p]!, id), p]));
  const scoreOf = new Map(idx.pairs.map((p) => [pairKey(idx.ids[p.buyer]!, idx.ids[p.supplier]!), p.score]));

  // 1. What stays: pinned meetings first, then the rest in slot and table order.
  const busy = new Set<string>();
  const seat = new Set<string>();
  const interpreting = new Set<string>();
  const used = new Array<number>(idx.ids.length).fill(0);
  const kept: KeptMeeting[] = [];
  const toMove: PairToPlace[] = [];
  const cancelled: ScheduleChanges['cancelled'] = [];
  const order = before
    .map((_, k) => k)
    .sort(
      (a, b) =>
        Number(pinned.has(key(before[b]!))) - Number(pinned.has(key(before[a]!))) ||
        before[a]!.slot - before[b]!.slot ||
        before[a]!.table - before[b]!.table,
    );
  for (const k of order) {
    const m = before[k]!;
    const b = index.get(participantKey('buyer', m.buyerId));
    const s = index.get(participantKey('supplier', m.supplierId));
    const pin = pinned.has(key(m));
    if (b === undefined || s === undefined) {
      cancelled.push({
        meeting: m,
        reason: 'participant-gone',
        message: cancel.gone(b === undefined ? m.buyerId : m.supplierId),
      });
      continue;
    }
    const score = scoreOf.get(key(m));
    if (!pin && (score === undefined || idx.forbidden.has(key(m)))) {
      cancelled.push({
        meeting: m,
        reason: 'dropped',
        message: score === undefined ? cancel.notCandidate : cancel.forbiddenNow,
      });
      continue;
    }
    const pair = { buyer: b, supplier: s, score: score ?? m.score };
    const free = m.slot < idx.slotCount && idx.free[b]![m.slot] === 1 && idx.free[s]![m.slot] === 1;
    const open =
      free &&
      !busy.has(`${b}@${m.slot}`) &&
      !busy.has(`${s}@${m.slot}`) &&
      m.table <= idx.tables &&
      !seat.has(`${m.slot}#${m.table}`);
    const quota = pin || (used[b]! < idx.capacity[b]! && used[s]! < idx.capacity[s]!);
    const interpreter = open ? interpreterFor(idx, b, s, m, interpreting) : -1;
    if (open && quota && interpreter !== -2) {
      kept.push({ ...pair, slot: m.slot, table: m.table, interpreter });
      busy.add(`${b}@${m.slot}`).add(`${s}@${m.slot}`);
      seat.add(`${m.slot}#${m.table}`);
      if (interpreter >= 0) interpreting.add(`${interpreter}@${m.slot}`);
      used[b]!++;
      used[s]!++;
    } else toMove.push({ ...pair, required: false });
  }

  // 2. The best new pairs for the capacity left (required pairs first), then placement around the kept meetings.
  const met = new Set([...kept, ...toMove].map((p) => `${p.buyer}|${p.supplier}`));
  const left = idx.capacity.map((c, p) => Math.max(0, c - used[p]!));
  for (const p of toMove) {
    left[p.buyer]!--;
    left[p.supplier]!--;
  }
  const fresh = idx.pairs
    .filter(
      (p) =>
        !met.has(`${p.buyer}|${p.supplier}`) &&
        !idx.forbidden.has(pairKey(idx.ids[p.buyer]!, idx.ids[p.supplier]!)) &&
        hasCommonSlot(idx, p),
    )
    .sort(
      (a, b) =>
        b.score - a.score ||
        cmp(idx.ids[a.buyer]!, idx.ids[b.buyer]!) ||
        cmp(idx.ids[a.supplier]!, idx.ids[b.supplier]!),
    );
  const required = fresh.filter((p) => idx.required.has(pairKey(idx.ids[p.buyer]!, idx.ids[p.supplier]!)));
  const reserved = required.filter((p) => {
    if (left[p.buyer]! <= 0 || left[p.supplier]! <= 0) return false;
    left[p.buyer]!--;
    left[p.supplier]!--;
    return true;
  });
  const optional = fresh.filter(
    (p) => p.score > 0 && !idx.required.has(pairKey(idx.ids[p.buyer]!, idx.ids[p.supplier]!)),
  );
  const room = idx.tables * idx.slotCount - kept.length - toMove.length - reserved.length;
  const selected = select(
    idx,
    optional,
    left.map((n) => Math.max(0, n)),
    Math.max(0, room),
  );
  const chosen: PairToPlace[] = [...reserved.map((p) => ({ ...p, required: true })), ...toMove, ...selected];
  const meetings = boardMeetings(idx, placeMeetings(idx, chosen, [...toMove, ...optional], kept));

  // 3. Changes against the previous schedule.
  const now = new Map(meetings.map((m) => [key(m), m]));
  const was = new Set(before.map(key));
  const changes: ScheduleChanges = { kept: [], moved: [], cancelled, added: meetings.filter((m) => !was.has(key(m))) };
  const gone = new Set(cancelled.map((c) => key(c.meeting)));
  for (const m of before) {
    if (gone.has(key(m))) continue;
    const after = now.get(key(m));
    if (!after) {
      const b = index.get(participantKey('buyer', m.buyerId))!;
      const s = index.get(participantKey('supplier', m.supplierId))!;
      const free = m.slot < idx.slotCount && idx.free[b]![m.slot] === 1 && idx.free[s]![m.slot] === 1;
      cancelled.push(
        free
          ? {
              meeting: m,
              reason: 'no-room',
              message: cancel.noRoom,
            }
          : {
              meeting: m,
              reason: 'not-free',
              message: cancel.notFree,
            },
      );
    } else if (after.slot === m.slot && after.table === m.table) changes.kept.push(after);
    else changes.moved.push({ before: m, after });
  }
  return { meetings, unscheduled: explainUnscheduled(idx, meetings, text), changes };
}

const key = (m: PairRef) => pairKey(m.buyerId, m.supplierId);

/** The interpreter who can stay in a kept meeting: -1 none needed, -2 none free. */
function interpreterFor(idx: Indexed, b: number, s: number, m: Meeting, taken: Set<string>): number {
  const needs = interpretersFor(idx, b, s);
  if (!needs) return -1;
  const usable = needs.filter((k) => idx.interpreters[k]!.free[m.slot] === 1 && !taken.has(`${k}@${m.slot}`));
  const same = usable.find((k) => idx.interpreters[k]!.id === m.interpreterId);
  return same ?? usable[0] ?? -2;
}

function previousMeetings(previous: unknown, idx: Indexed): Meeting[] {
  const issues: ValidationIssue[] = [];
  const list =
    previous !== null && typeof previous === 'object' ? (previous as { meetings?: unknown }).meetings : undefined;
  if (!Array.isArray(list))
    throw new ValidationError(
      [issue(['previous', 'meetings'], 'wrong-type', 'must be a list of meetings')],
      'invalid previous schedule',
    );
  const seen = new Set<string>();
  const out: Meeting[] = [];
  list.forEach((m: unknown, k) => {
    const path = ['previous', 'meetings', k];
    if (m === null || typeof m !== 'object')
      return void issues.push(issue(path, 'wrong-type', 'must be a meeting object'));
    const r = m as Record<string, unknown>;
    const bad = (field: string, code: IssueCode, message: IssueParams | string) =>
      void issues.push(issue([...path, field], code, message));
    if (typeof r.buyerId !== 'string' || !r.buyerId) return bad('buyerId', 'required', 'must be a non-empty string');
    if (typeof r.supplierId !== 'string' || !r.supplierId)
      return bad('supplierId', 'required', 'must be a non-empty string');
    if (typeof r.slot !== 'number' || !Number.isInteger(r.slot) || r.slot < 0)
      return bad('slot', 'out-of-range', 'must be a slot index ≥ 0');
    if (r.slot >= idx.slotCount)
      return bad(
        'slot',
        'out-of-range',
        `is not a slot of the input (${idx.slotCount} slots): keep the slots and add new ones at the end`,
      );
    if (typeof r.table !== 'number' || !Number.isInteger(r.table) || r.table < 1)
      return bad('table', 'out-of-range', { min: 1, whole: true });
    if (typeof r.score !== 'number' || !Number.isFinite(r.score))
      return bad('score', 'not-a-number', 'must be a finite number');
    if (r.interpreterId !== undefined && typeof r.interpreterId !== 'string')
      return bad('interpreterId', 'wrong-type', { expected: 'a string' });
    const k2 = pairKey(r.buyerId, r.supplierId);
    if (seen.has(k2)) return bad('supplierId', 'duplicate-id', `the pair ${r.buyerId} / ${r.supplierId} meets twice`);
    seen.add(k2);
    out.push({
      buyerId: r.buyerId,
      supplierId: r.supplierId,
      slot: r.slot,
      table: r.table,
      score: r.score,
      ...(typeof r.interpreterId === 'string' ? { interpreterId: r.interpreterId } : {}),
    });
  });
  if (issues.length) throw new ValidationError(issues, 'invalid previous schedule');
  return out;
}

function pinnedPairs(options: unknown, before: Meeting[]): Set<string> {
  if (options === null || typeof options !== 'object')
    throw new ValidationError([issue(['options'], 'wrong-type', { expected: 'an object' })]);
  const pinned = (options as RescheduleOptions).pinned;
  if (pinned === undefined) return new Set();
  if (!Array.isArray(pinned))
    throw new ValidationError([
      issue(['options', 'pinned'], 'wrong-type', 'must be a list of { buyerId, supplierId }'),
    ]);
  const met = new Set(before.map(key));
  const issues: ValidationIssue[] = [];
  const out = new Set<string>();
  pinned.forEach((p: unknown, k) => {
    const r = (p ?? {}) as Record<string, unknown>;
    if (typeof r.buyerId !== 'string' || typeof r.supplierId !== 'string')
      return void issues.push(issue(['options', 'pinned', k], 'wrong-type', 'must be { buyerId, supplierId }'));
    const k2 = pairKey(r.buyerId, r.supplierId);
    if (!met.has(k2))
      return void issues.push(
        issue(
          ['options', 'pinned', k],
          'unknown-id',
          `${r.buyerId} / ${r.supplierId} is not a meeting of the previous schedule`,
        ),
      );
    out.add(k2);
  });
  if (issues.length) throw new ValidationError(issues, 'invalid reschedule options');
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
