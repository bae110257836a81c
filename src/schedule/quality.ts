/**
 * `scheduleQuality`: how a schedule feels on the day — idle waits between meetings, whether
 * exhibitors stay at one table, long runs without a break, the supplier floor, preferred times.
 */
import { issue, ValidationError } from '../model/validation-error.js';
import type { Schedule, ScheduleInput } from './types.js';
import { participantKey, validateScheduleInput } from './validate.js';

/**
 * Quality figures of a schedule (see `scheduleQuality`).
 * @example
 * const q: ScheduleQuality = scheduleQuality(schedule, input);
 * console.log(q.idle.mean, q.homeTables.share);
 */
export interface ScheduleQuality {
  meetings: number;
  totalScore: number;
  /** Free slots without a meeting between a participant's first and last meeting (participants with ≥ 2 meetings). */
  idle: { participants: number; mean: number; p90: number; max: number };
  /** Exhibitors with ≥ 2 meetings, and how many of them sit at one table all day. */
  homeTables: { exhibitors: number; atOneTable: number; share: number; meanTables: number };
  /** Meetings in a row (back-to-back slots). */
  runs: { longest: number; participantsWithSixOrMore: number; overMaxConsecutive: number };
  /** Suppliers with candidates, and how many reached `minMeetingsPerSupplier` (null without a floor). */
  floor: { floor: number; suppliers: number; reached: number; share: number } | null;
  /** Meetings of participants who gave `preferred` windows, and how many lie outside them (counted per participant). */
  preferred: { meetings: number; outside: number };
}

/**
 * Measures a schedule against its input.
 * @throws {ValidationError} when the input is invalid or a meeting names an unknown participant or slot.
 * @example
 * const q = scheduleQuality(scheduleMeetings(input), input);
 * console.log(`idle ${q.idle.mean.toFixed(2)} slots, ${(100 * q.homeTables.share).toFixed(0)} % at one table`);
 */
export function scheduleQuality(schedule: Schedule, input: ScheduleInput): ScheduleQuality {
  const idx = validateScheduleInput(input);
  if (schedule === null || typeof schedule !== 'object' || !Array.isArray(schedule.meetings)) {
    throw new ValidationError([issue(['schedule', 'meetings'], 'wrong-type', 'must be a list of meetings')]);
  }
  const index = new Map(idx.ids.map((id, p) => [participantKey(idx.side[p]!, id), p]));
  const slotsOf = idx.ids.map(() => [] as number[]);
  const tablesOf = new Map<number, Set<number>>();
  let totalScore = 0;
  schedule.meetings.forEach((m, k) => {
    const b = index.get(participantKey('buyer', m?.buyerId));
    const s = index.get(participantKey('supplier', m?.supplierId));
    if (b === undefined || s === undefined)
      throw new ValidationError([
        issue(
          ['schedule', 'meetings', k, b === undefined ? 'buyerId' : 'supplierId'],
          'unknown-id',
          'is not a participant of the input',
        ),
      ]);
    if (!Number.isInteger(m.slot) || m.slot < 0 || m.slot >= idx.slotCount)
      throw new ValidationError([
        issue(
          ['schedule', 'meetings', k, 'slot'],
          'out-of-range',
          `must be a slot index from 0 to ${idx.slotCount - 1}`,
        ),
      ]);
    if (!Number.isFinite(m.score))
      throw new ValidationError([
        issue(['schedule', 'meetings', k, 'score'], 'not-a-number', 'must be a finite number'),
      ]);
    slotsOf[b]!.push(m.slot);
    slotsOf[s]!.push(m.slot);
    if (!tablesOf.has(s)) tablesOf.set(s, new Set());
    tablesOf.get(s)!.add(m.table);
    totalScore += m.score;
  });
  const position = new Array<number>(idx.slotCount);
  idx.order.forEach((s, k) => (position[s] = k));

  const idle: number[] = [];
  let longest = 0;
  let sixOrMore = 0;
  let overCap = 0;
  let preferredMeetings = 0;
  let outside = 0;
  slotsOf.forEach((slots, p) => {
    if (!slots.length) return;
    const busy = new Set(slots);
    const sorted = [...busy].sort((a, b) => position[a]! - position[b]!);
    if (sorted.length >= 2) {
      let n = 0;
      for (let k = position[sorted[0]!]! + 1; k < position[sorted.at(-1)!]!; k++)
        if (idx.free[p]![idx.order[k]!] === 1 && !busy.has(idx.order[k]!)) n++;
      idle.push(n);
    }
    let best = 0;
    for (const s of sorted) {
      if (idx.prev[s] !== -1 && busy.has(idx.prev[s]!)) continue;
      let run = 1;
      for (let t = idx.next[s]!; t !== -1 && busy.has(t); t = idx.next[t]!) run++;
      best = Math.max(best, run);
    }
    longest = Math.max(longest, best);
    if (best >= 6) sixOrMore++;
    if (best > idx.maxRun[p]!) overCap++;
    const liked = idx.preferred[p];
    if (liked) {
      preferredMeetings += slots.length;
      outside += slots.filter((s) => liked[s] !== 1).length;
    }
  });
  idle.sort((a, b) => a - b);

  let exhibitors = 0;
  let atOne = 0;
  let tableSum = 0;
  for (const [s, tables] of tablesOf) {
    if (slotsOf[s]!.length < 2) continue;
    exhibitors++;
    tableSum += tables.size;
    if (tables.size === 1) atOne++;
  }

  let floor: ScheduleQuality['floor'] = null;
  if (idx.floor > 0) {
    const withCandidates = new Set(
      idx.pairs
        .filter((pair) => !idx.forbidden.has(`${idx.ids[pair.buyer]}\u0000${idx.ids[pair.supplier]}`))
        .map((pair) => pair.supplier),
    );
    let reached = 0;
    for (const s of withCandidates) if (slotsOf[s]!.length >= idx.floor) reached++;
    floor = {
      floor: idx.floor,
      suppliers: withCandidates.size,
      reached,
      share: withCandidates.size ? reached / withCandidates.size : 1,
    };
  }
  return {
    meetings: schedule.meetings.length,
    totalScore,
    idle: {
      participants: idle.length,
      mean: idle.length ? idle.reduce((a, b) => a + b, 0) / idle.length : 0,
      p90: idle.length ? idle[Math.ceil(0.9 * idle.length) - 1]! : 0,
      max: idle.length ? idle.at(-1)! : 0,
    },
    homeTables: {
      exhibitors,
      atOneTable: atOne,
      share: exhibitors ? atOne / exhibitors : 1,
      meanTables: exhibitors ? tableSum / exhibitors : 0,
    },
    runs: { longest, participantsWithSixOrMore: sixOrMore, overMaxConsecutive: overCap },
    floor,
    preferred: { meetings: preferredMeetings, outside },
  };
}
