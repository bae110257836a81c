/**
 * The bundled event day shared by the examples: 400 exhibitors and 150 buyers of the sample
 * fair, 16 slots of 20 minutes from 09:00 Guangzhou time, 60 tables; buyers from the Americas
 * and Europe join online and give availability in their own local time.
 */
import { type Buyer, localAvailability, makeSlots, type Participant, type Slot, type Supplier } from 'cuohe';
import { loadSampleFair } from '../fair/sample.js';

export const DATE = '2026-11-23';
export const TABLES = 60;

/** The day's exhibitors and buyers, and the sample fair's other buyers (who did not register). */
export function eventDayPeople(): { suppliers: Supplier[]; buyers: Buyer[]; otherBuyers: Buyer[] } {
  const fair = loadSampleFair();
  return {
    suppliers: fair.suppliers.slice(0, 400),
    buyers: fair.buyers.slice(0, 150),
    otherBuyers: fair.buyers.slice(150),
  };
}

export const eventDaySlots = (): Slot[] =>
  makeSlots({ date: DATE, timeZone: 'Asia/Shanghai', start: '09:00', minutes: 20, count: 16, breakMinutes: 0 });

// Buyers who join online: free in their own morning / evening.
const ONLINE: Record<string, [string, string, string]> = {
  US: ['America/New_York', '20:00', '23:00'],
  CA: ['America/Toronto', '20:00', '23:00'],
  BR: ['America/Sao_Paulo', '22:00', '24:00'],
  MX: ['America/Mexico_City', '19:00', '22:00'],
  DE: ['Europe/Berlin', '07:00', '10:00'],
  FR: ['Europe/Paris', '07:00', '10:00'],
  GB: ['Europe/London', '06:00', '09:00'],
};
const previousDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** Buyers up to 6 meetings (the online ones in their windows), exhibitors up to 8. */
export function eventDayParticipants(buyers: readonly Buyer[], suppliers: readonly Supplier[]): Participant[] {
  return [
    ...buyers.map((b): Participant => {
      const online = ONLINE[b.country];
      if (!online) return { id: b.id, side: 'buyer', maxMeetings: 6 };
      const [zone, from, to] = online;
      // The Americas' evening of the 22nd is the morning of the 23rd in Guangzhou.
      const day = zone.startsWith('America/') ? previousDay(DATE) : DATE;
      return { id: b.id, side: 'buyer', maxMeetings: 6, available: [localAvailability(zone, day, from, to)] };
    }),
    ...suppliers.map((s): Participant => ({ id: s.id, side: 'supplier', maxMeetings: 8 })),
  ];
}
