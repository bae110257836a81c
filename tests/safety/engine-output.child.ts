/**
 * Child process of the time-zone property test: reads cases (raw suppliers, buyers, asOf,
 * a slot plan) from the JSON file named on the command line and prints everything the
 * engine and the slot helpers compute for them, as JSON.
 */
import { readFileSync } from 'node:fs';
import { createEngine, localAvailability, makeSlots, parseBuyers, parseSuppliers } from '../../src/index.js';

interface Case {
  suppliers: unknown[];
  buyers: unknown[];
  asOf: string;
  slots: { date: string; timeZone: string; start: string };
}

const cases = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Case[];
const out = cases.map((c) => {
  const suppliers = parseSuppliers(c.suppliers);
  const buyers = parseBuyers(c.buyers);
  const engine = createEngine(suppliers, { asOf: c.asOf });
  const zh = createEngine(suppliers, { asOf: c.asOf, locale: 'zh' });
  const ranked = [...engine.rankAll(buyers)].map(([id, matches]) => [
    id,
    matches.map((m) => ({ ...m, reasons: [...m.reasons] })),
  ]);
  const scored = buyers.flatMap((b) =>
    suppliers.map((s) => {
      const m = zh.score(b, s.id);
      return { ...m, reasons: [...m.reasons] };
    }),
  );
  const slots = makeSlots({ ...c.slots, minutes: 30, count: 4 });
  const window = localAvailability(c.slots.timeZone, c.slots.date, '08:00', '12:00');
  return { ranked, scored, slots, window };
});
process.stdout.write(JSON.stringify(out));
