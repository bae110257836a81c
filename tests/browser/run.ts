/** The work done in the page and, for comparison, in Node: rank and schedule part of the sample fair. */
import { createEngine, makeSlots, parseBuyers, parseSuppliers, scheduleMeetings } from '../../src/index.js';

export function runCuohe(rawSuppliers: unknown, rawBuyers: unknown): unknown {
  const suppliers = parseSuppliers(rawSuppliers);
  const buyers = parseBuyers(rawBuyers);
  const engine = createEngine(suppliers, { asOf: '2026-11-22', locale: 'zh' });
  const ranked = engine.rankAll(buyers, { limit: 5 });
  const slots = makeSlots({ date: '2026-11-23', timeZone: 'Asia/Shanghai', start: '09:00', minutes: 20, count: 6 });
  const schedule = scheduleMeetings({
    slots,
    tables: 10,
    participants: [
      ...buyers.map((b) => ({ id: b.id, side: 'buyer' as const })),
      ...suppliers.map((s) => ({ id: s.id, side: 'supplier' as const })),
    ],
    candidates: engine.meetingCandidates(buyers, { perBuyer: 4 }),
  });
  return { ranked: [...ranked], schedule };
}
