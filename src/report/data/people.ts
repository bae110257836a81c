/** Everyone of the day (from pairs, meetings and profiles), with a display name and a home time zone. */
import { getCountry } from '../../geo/countries.js';
import { participantKey } from '../../schedule/validate.js';
import type { ReportInput } from '../types.js';

type Side = 'buyer' | 'supplier';

export interface Person {
  side: Side;
  id: string;
  /** The company name when known, else the id. */
  name: string;
  country?: string;
  /** From the profile, else the country's main zone. */
  timeZone?: string;
  meetings: number;
}

export const keyOf = participantKey;

/** People by `participantKey`, in first-seen order: profiles, then pairs, then the schedule. */
export function collectPeople(input: ReportInput): Map<string, Person> {
  const people = new Map<string, Person>();
  const add = (side: Side, id: string, name?: string) => {
    const key = keyOf(side, id);
    const known = people.get(key);
    if (!known) people.set(key, { side, id, name: name || id, meetings: 0 });
    else if (name && known.name === id) known.name = name;
  };
  for (const [side, list] of [
    ['buyer', input.buyers],
    ['supplier', input.suppliers],
  ] as const) {
    for (const p of list ?? []) {
      add(side, p.id, p.name);
      const person = people.get(keyOf(side, p.id))!;
      person.country = p.country;
      const zone = p.timezone ?? getCountry(p.country)?.timezone;
      if (zone) person.timeZone = zone;
    }
  }
  for (const p of input.pairs) {
    add('buyer', p.buyerId, p.buyerName);
    add('supplier', p.supplierId, p.supplierName);
  }
  for (const x of [...input.meetings, ...(input.unscheduled ?? [])]) {
    add('buyer', x.buyerId);
    add('supplier', x.supplierId);
  }
  for (const m of input.meetings) {
    people.get(keyOf('buyer', m.buyerId))!.meetings++;
    people.get(keyOf('supplier', m.supplierId))!.meetings++;
  }
  return people;
}
