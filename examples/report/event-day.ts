/**
 * The bundled event day as the command line leaves it: 400 exhibitors and 150 buyers of the
 * sample fair, the day of examples/event-day (day.ts). Returns the matches and the
 * schedule as the CSV texts `cuohe match` and `cuohe schedule` write, with the profiles.
 */
import { type Buyer, createEngine, type Supplier, scheduleMeetings, scheduleToCsv } from 'cuohe';
import { matchesToCsv, readMatchesCsv } from 'cuohe/io';
import { eventDayParticipants, eventDayPeople, eventDaySlots, TABLES } from '../event-day/day.js';

export interface EventDayFiles {
  suppliers: Supplier[];
  buyers: Buyer[];
  matchesCsv: string;
  scheduleCsv: string;
  tables: number;
}

/** `locale` is that of the match reasons (`cuohe match --locale`): a Chinese report wants Chinese reasons. */
export function eventDayFiles(locale: 'en' | 'zh' = 'en'): EventDayFiles {
  const { suppliers, buyers } = eventDayPeople();
  const engine = createEngine(suppliers, { asOf: '2026-11-22', locale });
  // cuohe match --top 12 --locale …, then cuohe schedule --matches matches.csv.
  const matchesCsv = matchesToCsv(engine.rankAll(buyers, { limit: 12 }), {
    buyerNames: Object.fromEntries(buyers.map((b) => [b.id, b.name])),
    supplierNames: Object.fromEntries(suppliers.map((s) => [s.id, s.name])),
  });
  const candidates = readMatchesCsv(matchesCsv);
  const slots = eventDaySlots();
  const participants = eventDayParticipants(buyers, suppliers);
  const input = { slots, tables: TABLES, participants, candidates, minMeetingsPerSupplier: 1 };
  const schedule = scheduleMeetings(input);
  return { suppliers, buyers, matchesCsv, scheduleCsv: scheduleToCsv(schedule, input), tables: TABLES };
}
