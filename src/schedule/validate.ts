/** Validation of `scheduleMeetings` input into an indexed form; every problem is reported at once. */

import { isLanguageCode } from '../geo/languages.js';
import {
  type IssueCode,
  type IssueParams,
  issue,
  ValidationError,
  type ValidationIssue,
} from '../model/validation-error.js';
import type { CandidatePair, ScheduleInput } from './types.js';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const MAX_SLOTS = 10_000;
const MAX_PARTICIPANTS = 1_000_000;

export interface Indexed {
  slotCount: number;
  tables: number;
  ids: string[];
  side: ('buyer' | 'supplier')[];
  capacity: number[];
  /** free[p][s]: participant p can meet in slot s. */
  free: Uint8Array[];
  /** Merged candidates (max score per pair), in input order of first appearance. */
  pairs: { buyer: number; supplier: number; score: number; candidate: CandidatePair }[];
  required: Set<string>;
  forbidden: Set<string>;
  floor: number;
  /** Every participant is free in every slot, however their availability is written. */
  everyoneAlwaysFree: boolean;
  /**
   * next[s]: the slot that follows s back to back (starts less than a slot length after s ends), or
   * -1; prev likewise.
   */
  next: Int32Array;
  prev: Int32Array;
  /** Slot indices in time order. */
  order: number[];
  /** maxConsecutive per participant (Infinity when not given). */
  maxRun: number[];
  /** preferred[p][s] = 1 inside the participant's preferred windows; null when none given. */
  preferred: (Uint8Array | null)[];
  /** Languages per participant (lower case), null when not given. */
  languages: (string[] | null)[];
  interpreters: { id: string; languages: Set<string>; free: Uint8Array }[];
}

/** Each slot's start and end (epoch ms). */
type SlotTimes = { start: number; end: number }[];

export const pairKey = (buyerId: string, supplierId: string) => `${buyerId}\u0000${supplierId}`;
/** Ids are per side: buyer "1" and supplier "1" are two participants (spreadsheets number both sides from 1). */
export const participantKey = (side: 'buyer' | 'supplier', id: string) => `${side}\u0000${id}`;

export function validateScheduleInput(input: unknown): Indexed {
  const issues: ValidationIssue[] = [];
  const fail = (path: (string | number)[], code: IssueCode, message: IssueParams | string): void =>
    void issues.push(issue(path, code, message));
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new ValidationError([issue([], 'wrong-type', 'expected a schedule input object')]);
  }
  const i = input as Partial<Record<keyof ScheduleInput, unknown>>;

  const slotTimes: SlotTimes = [];
  if (!Array.isArray(i.slots) || i.slots.length === 0)
    fail(['slots'], 'required', 'must be a non-empty list of { start, end }');
  else if (i.slots.length > MAX_SLOTS) fail(['slots'], 'too-many', `at most ${MAX_SLOTS} slots`);
  else {
    i.slots.forEach((slot, k) => slotTimes.push(interval(slot, ['slots', k], fail)));
    overlappingSlots(slotTimes, fail);
  }

  let tables = Infinity;
  if (i.tables !== undefined && (typeof i.tables !== 'number' || !Number.isInteger(i.tables) || i.tables < 1))
    fail(['tables'], 'out-of-range', { min: 1, whole: true });
  else if (typeof i.tables === 'number') tables = i.tables;
  let floor = 0;
  if (i.minMeetingsPerSupplier !== undefined) {
    if (
      typeof i.minMeetingsPerSupplier !== 'number' ||
      !Number.isInteger(i.minMeetingsPerSupplier) ||
      i.minMeetingsPerSupplier < 0
    ) {
      fail(['minMeetingsPerSupplier'], 'out-of-range', { min: 0, whole: true });
    } else floor = i.minMeetingsPerSupplier;
  }

  const timeline = backToBack(slotTimes);
  const maxRun: number[] = [];
  const preferred: Indexed['preferred'] = [];
  const languages: Indexed['languages'] = [];
  const interpreters: Indexed['interpreters'] = [];
  const ids: string[] = [];
  const side: Indexed['side'] = [];
  const capacity: number[] = [];
  const free: Uint8Array[] = [];
  // Ids are per side: one map per side (no key strings to build for each candidate).
  const index = { buyer: new Map<string, number>(), supplier: new Map<string, number>() };
  let everyoneAlwaysFree = true;
  if (!Array.isArray(i.participants)) fail(['participants'], 'wrong-type', 'must be a list of participants');
  else if (i.participants.length > MAX_PARTICIPANTS)
    fail(['participants'], 'too-many', `at most ${MAX_PARTICIPANTS} participants`);
  else {
    i.participants.forEach((p: unknown, k) => {
      const path = ['participants', k];
      if (p === null || typeof p !== 'object' || Array.isArray(p))
        return fail(path, 'wrong-type', 'must be a participant object');
      const r = p as Record<string, unknown>;
      if (typeof r.id !== 'string' || !r.id.trim())
        return fail([...path, 'id'], 'required', 'must be a non-empty string');
      if (r.side !== 'buyer' && r.side !== 'supplier')
        return fail([...path, 'side'], 'invalid-value', "must be 'buyer' or 'supplier'");
      if (index[r.side].has(r.id)) return fail([...path, 'id'], 'duplicate-id', `duplicate ${r.side} id "${r.id}"`);
      let max = slotTimes.length;
      if (r.maxMeetings !== undefined) {
        if (typeof r.maxMeetings !== 'number' || !Number.isInteger(r.maxMeetings) || r.maxMeetings < 0)
          return fail([...path, 'maxMeetings'], 'out-of-range', { min: 0, whole: true });
        max = r.maxMeetings;
      }
      let run = Infinity;
      if (r.maxConsecutive !== undefined) {
        if (typeof r.maxConsecutive !== 'number' || !Number.isInteger(r.maxConsecutive) || r.maxConsecutive < 1)
          return fail([...path, 'maxConsecutive'], 'out-of-range', { min: 1, whole: true });
        run = r.maxConsecutive;
      }
      const mask = windowMask(r.available, slotTimes, [...path, 'available'], fail);
      if (!mask) return;
      const liked = r.preferred === undefined ? null : windowMask(r.preferred, slotTimes, [...path, 'preferred'], fail);
      if (liked === undefined) return;
      const spoken = r.languages === undefined ? null : languageList(r.languages, [...path, 'languages'], fail);
      if (spoken === undefined) return;
      if (mask.includes(0)) everyoneAlwaysFree = false;
      index[r.side].set(r.id, ids.length);
      ids.push(r.id);
      side.push(r.side);
      free.push(mask);
      maxRun.push(run);
      preferred.push(liked);
      languages.push(spoken);
      capacity.push(Math.min(max, placeable(mask, run, timeline)));
    });
  }

  const pairRefs = (list: unknown, name: 'candidates' | 'required' | 'forbidden', scored: boolean) => {
    const out: { buyer: number; supplier: number; score: number; candidate: CandidatePair }[] = [];
    if (list === undefined && name !== 'candidates') return out;
    if (!Array.isArray(list)) {
      fail([name], 'wrong-type', `must be a list of { buyerId, supplierId${scored ? ', score }' : ' }'}`);
      return out;
    }
    list.forEach((c: unknown, k) => {
      const path: (string | number)[] = [name, k];
      if (c === null || typeof c !== 'object') return fail(path, 'wrong-type', { expected: 'an object' });
      const r = c as Record<string, unknown>;
      const b = typeof r.buyerId === 'string' ? index.buyer.get(r.buyerId) : undefined;
      const s = typeof r.supplierId === 'string' ? index.supplier.get(r.supplierId) : undefined;
      if (b === undefined) {
        const other = typeof r.buyerId === 'string' && index.supplier.has(r.buyerId);
        return fail(
          [...path, 'buyerId'],
          'invalid-value',
          other
            ? `"${String(r.buyerId)}" is a supplier, not a buyer`
            : `${JSON.stringify(r.buyerId)} is not a participant`,
        );
      }
      if (s === undefined) {
        const other = typeof r.supplierId === 'string' && index.buyer.has(r.supplierId);
        return fail(
          [...path, 'supplierId'],
          'invalid-value',
          other
            ? `"${String(r.supplierId)}" is a buyer, not a supplier`
            : `${JSON.stringify(r.supplierId)} is not a participant`,
        );
      }
      const score = scored ? r.score : 0;
      if (typeof score !== 'number' || !Number.isFinite(score))
        return fail([...path, 'score'], 'not-a-number', 'must be a finite number');
      out.push({ buyer: b, supplier: s, score, candidate: { buyerId: ids[b]!, supplierId: ids[s]!, score } });
    });
    return out;
  };
  if (i.interpreters !== undefined && !Array.isArray(i.interpreters))
    fail(['interpreters'], 'wrong-type', 'must be a list of { id, languages, available? }');
  else if (Array.isArray(i.interpreters)) {
    const seen = new Set<string>();
    i.interpreters.forEach((x: unknown, k) => {
      const path = ['interpreters', k];
      if (x === null || typeof x !== 'object' || Array.isArray(x))
        return fail(path, 'wrong-type', 'must be an interpreter object');
      const r = x as Record<string, unknown>;
      if (typeof r.id !== 'string' || !r.id.trim())
        return fail([...path, 'id'], 'required', 'must be a non-empty string');
      if (seen.has(r.id)) return fail([...path, 'id'], 'duplicate-id', `duplicate interpreter id "${r.id}"`);
      seen.add(r.id);
      const spoken = languageList(r.languages, [...path, 'languages'], fail);
      const mask = windowMask(r.available, slotTimes, [...path, 'available'], fail);
      if (!spoken || !mask) return;
      if (spoken.length < 2)
        return fail([...path, 'languages'], 'out-of-range', 'an interpreter needs at least two languages');
      interpreters.push({ id: r.id, languages: new Set(spoken), free: mask });
    });
  }
  const rawPairs = pairRefs(i.candidates, 'candidates', true);
  const required = new Set(
    pairRefs(i.required, 'required', false).map((p) => pairKey(ids[p.buyer]!, ids[p.supplier]!)),
  );
  const forbidden = new Set(
    pairRefs(i.forbidden, 'forbidden', false).map((p) => pairKey(ids[p.buyer]!, ids[p.supplier]!)),
  );
  if (issues.length) throw new ValidationError(issues, 'invalid schedule input');

  // Merge duplicates (highest score wins); required pairs missing from candidates join with score 0.
  const merged = new Map<number, Indexed['pairs'][number]>();
  const n = ids.length;
  for (const p of rawPairs) {
    const key = p.buyer * n + p.supplier;
    const seen = merged.get(key);
    if (!seen || p.score > seen.score) merged.set(key, p);
  }
  for (const pair of required) {
    const [b, s] = pair.split('\u0000') as [string, string];
    const buyer = index.buyer.get(b)!;
    const supplier = index.supplier.get(s)!;
    if (merged.has(buyer * n + supplier)) continue;
    merged.set(buyer * n + supplier, { buyer, supplier, score: 0, candidate: { buyerId: b, supplierId: s, score: 0 } });
  }
  return {
    slotCount: slotTimes.length,
    tables,
    ids,
    side,
    capacity,
    free,
    pairs: [...merged.values()],
    required,
    forbidden,
    floor,
    everyoneAlwaysFree,
    ...timeline,
    maxRun,
    preferred,
    languages,
    interpreters,
  };
}

/** Slots a participant is free in, from their windows; undefined after a validation problem. */
function windowMask(
  value: unknown,
  slotTimes: SlotTimes,
  path: (string | number)[],
  fail: (path: (string | number)[], code: IssueCode, message: IssueParams | string) => void,
): Uint8Array | undefined {
  const mask = new Uint8Array(slotTimes.length);
  if (value === undefined) return mask.fill(1);
  if (!Array.isArray(value)) return void fail(path, 'wrong-type', 'must be a list of { start, end }');
  const windows = value.map((w, j) => interval(w, [...path, j], fail));
  // A slot is inside a window when some window starting no later ends no earlier: one sweep
  // over slots and windows by start, keeping the latest end so far (not slots × windows).
  windows.sort((a, b) => a.start - b.start);
  const slots = slotTimes.map((_, j) => j).sort((a, b) => slotTimes[a]!.start - slotTimes[b]!.start);
  let next = 0;
  let latestEnd = -Infinity;
  for (const j of slots) {
    const s = slotTimes[j]!;
    while (next < windows.length && windows[next]!.start <= s.start)
      latestEnd = Math.max(latestEnd, windows[next++]!.end);
    if (s.end <= latestEnd) mask[j] = 1;
  }
  return mask;
}

function languageList(
  value: unknown,
  path: (string | number)[],
  fail: (path: (string | number)[], code: IssueCode, message: IssueParams | string) => void,
): string[] | undefined {
  if (!Array.isArray(value))
    return void fail(path, 'wrong-type', 'must be a list of ISO 639-1 codes (e.g. ["zh", "en"])');
  const out: string[] = [];
  for (const [j, code] of value.entries()) {
    const c = typeof code === 'string' ? code.trim().toLowerCase() : '';
    if (!isLanguageCode(c))
      return void fail([...path, j], 'invalid-value', `${JSON.stringify(code)} is not an ISO 639-1 language code`);
    if (!out.includes(c)) out.push(c);
  }
  return out;
}

/**
 * Which slots follow each other back to back: the next slot in time order starts less than
 * one (the shorter) slot length after this one ends. A longer pause is a break.
 */
function backToBack(slotTimes: SlotTimes): Pick<Indexed, 'next' | 'prev' | 'order'> {
  const n = slotTimes.length;
  const order = Array.from({ length: n }, (_, k) => k).sort(
    (a, b) => slotTimes[a]!.start - slotTimes[b]!.start || a - b,
  );
  const next = new Int32Array(n).fill(-1);
  const prev = new Int32Array(n).fill(-1);
  for (let k = 0; k + 1 < order.length; k++) {
    const a = slotTimes[order[k]!]!;
    const b = slotTimes[order[k + 1]!]!;
    const length = Math.min(a.end - a.start, b.end - b.start);
    if (b.start - a.end < length) {
      next[order[k]!] = order[k + 1]!;
      prev[order[k + 1]!] = order[k]!;
    }
  }
  return { next, prev, order };
}

/** The most meetings a participant can have: free slots, less one break after every `run` in a row. */
function placeable(mask: Uint8Array, run: number, t: Pick<Indexed, 'prev' | 'next' | 'order'>): number {
  let total = 0;
  let length = 0;
  for (const s of t.order) {
    if (mask[s] === 1 && (length === 0 || t.prev[s] !== -1)) length++;
    else if (mask[s] === 1) {
      total += length - Math.floor(length / (run + 1));
      length = 1;
    } else {
      total += length - Math.floor(length / (run + 1));
      length = 0;
    }
  }
  return total + length - Math.floor(length / (run + 1));
}

/** Instants already checked and parsed (valid ones only), bounded so memory stays small. */
const parsedInstants = new Map<string, number>();
const MAX_PARSED = 100_000;

function interval(
  value: unknown,
  path: (string | number)[],
  fail: (path: (string | number)[], code: IssueCode, message: IssueParams | string) => void,
): { start: number; end: number } {
  if (value === null || typeof value !== 'object') {
    fail(path, 'wrong-type', 'must be { start, end }');
    return { start: 0, end: 0 };
  }
  const r = value as Record<string, unknown>;
  const time = (v: unknown, key: string): number => {
    // Availability windows repeat the same instants (often the slots themselves): parse each once.
    const known = typeof v === 'string' ? parsedInstants.get(v) : undefined;
    if (known !== undefined) return known;
    if (typeof v !== 'string' || !INSTANT.test(v) || Number.isNaN(Date.parse(v))) {
      fail(
        [...path, key],
        'invalid-value',
        `${JSON.stringify(v)} is not an ISO 8601 instant with offset (e.g. 2026-11-23T09:00:00+08:00)`,
      );
      return Number.NaN;
    }
    const t = Date.parse(v);
    if (parsedInstants.size >= MAX_PARSED) parsedInstants.clear();
    parsedInstants.set(v, t);
    return t;
  };
  const start = time(r.start, 'start');
  const end = time(r.end, 'end');
  if (!Number.isNaN(start) && !Number.isNaN(end) && end <= start)
    fail([...path, 'end'], 'conflict', 'must be after start');
  return { start, end };
}

/**
 * Slots may not overlap or repeat: one participant in two overlapping slots would be
 * double-booked (09:00–10:00 and 09:30–10:30). Touching slots (10:00–10:20, 10:20–10:40) are fine.
 */
function overlappingSlots(
  slots: { start: number; end: number }[],
  fail: (path: (string | number)[], code: IssueCode, message: IssueParams | string) => void,
): void {
  const order = slots.map((_, k) => k).filter((k) => !Number.isNaN(slots[k]!.start) && !Number.isNaN(slots[k]!.end));
  order.sort((a, b) => slots[a]!.start - slots[b]!.start || a - b);
  let latest = -1; // the slot seen so far that ends last
  for (const k of order) {
    if (latest >= 0 && slots[k]!.start < slots[latest]!.end) {
      const same = slots[k]!.start === slots[latest]!.start && slots[k]!.end === slots[latest]!.end;
      fail(
        ['slots', k],
        'conflict',
        same ? `repeats slot ${latest}` : `overlaps slot ${latest}: a participant would be booked twice at once`,
      );
    }
    if (latest < 0 || slots[k]!.end > slots[latest]!.end) latest = k;
  }
}
