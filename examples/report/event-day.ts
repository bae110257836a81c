/**
 * The bundled event day as the command line leaves it: 400 exhibitors and 150 buyers of the
 * sample fair, 16 slots of 20 minutes from 09:00 Guangzhou time, 60 tables, buyers from the
 * Americas and Europe online in their own morning or evening. Returns the matches and the
 * schedule as the CSV texts `cuohe match` and `cuohe schedule` write, with the profiles.
 */
import {
  type Buyer,
  createEngine,
  localAvailability,
  makeSlots,
  type Participant,
  type Supplier,
  scheduleMeetings,
  scheduleToCsv,
} from 'cuohe';
import { matchesToCsv, readMatchesCsv } from 'cuohe/io';
import { loadSampleFair } from '../fair/sample.js';

export const TABLES = 60;
const DATE = '2026-11-23';

// Buyers who join online: free in their own morning / evening (as in examples/event-day).
const ONLINE: Record<string, [string, string, string]> = {
  US: ['America/New_York', '20:00', '23:00'],
  CA: ['America/Toronto', '20:00', '23:00'],
  BR: ['America/Sao_Paulo', '22:00', '23:59'],
  MX: ['America/Mexico_City', '19:00', '22:00'],
  DE: ['Europe/Berlin', '07:00', '10:00'],
  FR: ['Europe/Paris', '07:00', '10:00'],
  GB: ['Europe/London', '06:00', '09:00'],
};

export interface EventDayFiles {
  suppliers: Supplier[];
  buyers: Buyer[];
  matchesCsv: string;
  scheduleCsv: string;
  tables: number;
}

/** `locale` is that of the match reasons (`cuohe match --locale`): a Chinese report wants Chinese reasons. */
export function eventDayFiles(locale: 'en' | 'zh' = 'en'): EventDayFiles {
  const fair = loadSampleFair();
  const suppliers = fair.suppliers.slice(0, 400);
  const buyers = fair.buyers.slice(0, 150);
  const engine = createEngine(suppliers, { asOf: '2026-11-22', locale });
  // cuohe match --top 12 --locale …, then cuohe schedule --matches matches.csv.
  const matchesCsv = matchesToCsv(engine.rankAll(buyers, { limit: 12 }), {
    buyerNames: Object.fromEntries(buyers.map((b) => [b.id, b.name])),
    supplierNames: Object.fromEntries(suppliers.map((s) => [s.id, s.name])),
  });
  const candidates = readMatchesCsv(matchesCsv);
  const slots = makeSlots({
    date: DATE,
    timeZone: 'Asia/Shanghai',
    start: '09:00',
    minutes: 20,
    count: 16,
    breakMinutes: 0,
  });
  const previousDay = new Date(Date.parse(`${DATE}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const participants: Participant[] = [
    ...buyers.map((b): Participant => {
      const online = ONLINE[b.country];
      if (!online) return { id: b.id, side: 'buyer', maxMeetings: 6 };
      const [zone, from, to] = online;
      return {
        id: b.id,
        side: 'buyer',
        maxMeetings: 6,
        available: [localAvailability(zone, zone.startsWith('America/') ? previousDay : DATE, from, to)],
      };
    }),
    ...suppliers.map((s): Participant => ({ id: s.id, side: 'supplier', maxMeetings: 8 })),
  ];
  const input = { slots, tables: TABLES, participants, candidates, minMeetingsPerSupplier: 1 };
  const schedule = scheduleMeetings(input);
  return { suppliers, buyers, matchesCsv, scheduleCsv: scheduleToCsv(schedule, input), tables: TABLES };
}
