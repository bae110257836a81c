/** Everyone without a meeting, and why (the reason of their best proposed pair that was not placed). */
import type { NoMeetingReason, ReportInput } from '../types.js';
import { keyOf, type Person } from './people.js';

export interface NoMeeting {
  person: Person;
  reason: NoMeetingReason;
  /** The scheduler's own words for that pair, when given (English). */
  message?: string;
  /** The counterpart of that pair. */
  counterpart?: string;
}

export function whoHasNoMeeting(input: ReportInput, people: Map<string, Person>): NoMeeting[] {
  // The best-scoring unplaced pair of each participant explains their empty day.
  const best = new Map<string, { reason: NoMeetingReason; score: number; message?: string; counterpart: string }>();
  for (const u of input.unscheduled ?? []) {
    for (const [key, counterpart] of [
      [keyOf('buyer', u.buyerId), keyOf('supplier', u.supplierId)],
      [keyOf('supplier', u.supplierId), keyOf('buyer', u.buyerId)],
    ] as const) {
      const known = best.get(key);
      if (!known || u.score > known.score)
        best.set(key, { reason: u.reason, score: u.score, counterpart, ...(u.message ? { message: u.message } : {}) });
    }
  }
  const inPairs = new Set(input.pairs.flatMap((p) => [keyOf('buyer', p.buyerId), keyOf('supplier', p.supplierId)]));
  const out: NoMeeting[] = [];
  for (const [key, person] of people) {
    if (person.meetings > 0) continue;
    const why = best.get(key);
    if (why) {
      const entry: NoMeeting = { person, reason: why.reason, counterpart: people.get(why.counterpart)!.name };
      if (why.message) entry.message = why.message;
      out.push(entry);
    } else out.push({ person, reason: inPairs.has(key) ? 'not-scheduled' : 'no-match' });
  }
  return out;
}
