/**
 * The organiser's report of a 3,000-participant meeting day (the day of meeting-day.ts: 1,000
 * buyers, 2,000 exhibitors, 16 slots, 200 tables, a fifth of the buyers free only in the
 * afternoon), from the files the CLI writes (matches.csv with reasons, schedule.csv), with the
 * profiles. Measured from the build (dist/), as users run it, against the agenda files the
 * schedule command writes today (CSV and iCalendar for every participant) in the same run.
 *
 *   npm run bench:report
 */

import { gzipSync } from 'node:zlib';
import { generateFair } from '../examples/fair/synthetic-fair.js';
import type * as CuoheCalendar from '../src/calendar.js';
import type * as Cuohe from '../src/index.js';
import type { Participant } from '../src/index.js';
import type * as CuoheIo from '../src/io/index.js';
import type * as CuoheReport from '../src/report/index.js';
import type * as Descriptions from '../src/taxonomy/descriptions.js';
import { ASOF, inferredFair } from './fair.js';
import { machine, mb, ms, time } from './measure.js';

const dist = (file: string) => new URL(`../dist/${file}`, import.meta.url).href;
const lib = (await import(dist('index.js'))) as typeof Cuohe;
const io = (await import(dist('io.js'))) as typeof CuoheIo;
const calendar = (await import(dist('calendar.js'))) as typeof CuoheCalendar;
const { inferCodes } = (await import(dist('descriptions.js'))) as typeof Descriptions;
const [report, importMs] = await (async () => {
  const t = performance.now();
  const r = (await import(dist('report.js'))) as typeof CuoheReport;
  return [r, performance.now() - t] as const;
})();

console.log(`# report benchmark — ${machine()}`);

const fair = inferredFair(inferCodes, generateFair({ suppliers: 2000, buyers: 1000, seed: 3 }));
const suppliers = lib.parseSuppliers(fair.suppliers);
const buyers = lib.parseBuyers(fair.buyers);
const engine = lib.createEngine(suppliers, { asOf: ASOF });
// cuohe match --top 12: matches.csv with names and reasons.
const [matchesCsv, matchMs] = time(() =>
  io.matchesToCsv(engine.rankAll(buyers, { limit: 12 }), {
    buyerNames: Object.fromEntries(buyers.map((b) => [b.id, b.name])),
    supplierNames: Object.fromEntries(suppliers.map((s) => [s.id, s.name])),
  }),
);
// cuohe schedule --matches matches.csv: schedule.csv.
const slots = lib.makeSlots({ date: '2026-11-23', timeZone: 'Asia/Shanghai', start: '09:00', minutes: 20, count: 16 });
const participants: Participant[] = [
  ...buyers.map((b, i) => ({
    id: b.id,
    side: 'buyer' as const,
    maxMeetings: 8,
    ...(i % 5 === 0 ? { available: slots.slice(8) } : {}),
  })),
  ...suppliers.map((s) => ({ id: s.id, side: 'supplier' as const, maxMeetings: 8 })),
];
const input = { slots, tables: 200, participants, candidates: io.readMatchesCsv(matchesCsv) };
const schedule = lib.scheduleMeetings(input);
const scheduleCsv = lib.scheduleToCsv(schedule, input);

// Baseline: the agenda files cuohe schedule writes for every participant with meetings.
const [agendaBytes, agendaMs] = time(() => {
  let bytes = 0;
  for (const a of lib.agendas(schedule, input)) {
    if (!a.items.length) continue;
    bytes += lib.agendaToCsv(a).length + calendar.agendaToICalendar(a).length;
  }
  return bytes;
});

const [reportInput, readMs] = time(() =>
  report.reportInputFromCsv({ matches: matchesCsv, schedule: scheduleCsv, suppliers, buyers, tables: 200 }),
);
// Wall time, and this process's CPU time (user + system): on a shared machine the CPU time
// shows the work, the wall time what a user waits.
const runs: number[] = [];
const cpuRuns: number[] = [];
let html = '';
for (let i = 0; i < 3; i++) {
  const cpu = process.cpuUsage();
  const [out, t] = time(() => report.renderReport(reportInput, { locale: i === 1 ? 'zh' : 'en' }));
  const used = process.cpuUsage(cpu);
  cpuRuns.push((used.user + used.system) / 1000);
  runs.push(t);
  if (i === 0) html = out;
}
const bytes = Buffer.byteLength(html);
const gz = gzipSync(html).length;

console.log(
  `\n3,000 participants: ${reportInput.pairs.length} pairs in matches.csv (${ms(matchMs)} to rank), ` +
    `${schedule.meetings.length} meetings, ${schedule.unscheduled.length} unplaced\n`,
);
console.log('| what | time | notes |\n|---|---|---|');
console.log(`| import cuohe/report (ECharts) | ${ms(importMs)} | once per process |`);
const csvSizes = `matches.csv ${mb(matchesCsv.length)}, schedule.csv ${mb(scheduleCsv.length)}`;
console.log(`| reportInputFromCsv | ${ms(readMs)} | ${csvSizes} |`);
const htmlSizes = `${mb(bytes)} of HTML, ${mb(gz)} gzipped`;
console.log(`| renderReport, en (first run) | ${ms(runs[0]!)} | CPU ${ms(cpuRuns[0]!)}; ${htmlSizes} |`);
console.log(
  `| renderReport, zh / en again | ${ms(runs[1]!)} / ${ms(runs[2]!)} | CPU ${ms(cpuRuns[1]!)} / ${ms(cpuRuns[2]!)} |`,
);
const overBaseline = `${mb(agendaBytes)}; report / baseline ${(runs[2]! / agendaMs).toFixed(1)}×`;
console.log(`| baseline: agenda CSV + .ics for everyone | ${ms(agendaMs)} | ${overBaseline} |`);
