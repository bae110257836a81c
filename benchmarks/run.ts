/**
 * Reproducible benchmarks on a seeded synthetic fair (examples/fair/synthetic-fair.ts: skewed
 * industries over ~45 HS subheadings in 6 industries, 14 supplier and 35 buyer countries,
 * certificate rates per industry).
 *
 *   npm run bench                 2,000 and 60,000 suppliers
 *   npm run bench -- --large      also 1,000,000 suppliers (index build, memory, latency)
 *   npm run bench -- --quick      2,000 suppliers only
 *
 * Every figure is measured in this run, against baselines in the same run:
 * - reference: score every pair with cuohe's own kernel, keep the eligible ones, full sort;
 * - naive: plain objects and arrays, capability cosine only, `map` + full `sort` per buyer
 *   (the "naive JS" row of the peer table).
 */
import { availableParallelism, cpus, totalmem } from 'node:os';
import { generateFair } from '../examples/fair/synthetic-fair.js';
import { COMPONENTS, createEngine, loadEngine, parseBuyers, parseSuppliers, scheduleMeetings, makeSlots, type Buyer, type Participant, type Supplier } from '../src/index.js';
// The worker pool runs from the build (npm run bench builds first), as users run it.
const { rankAllParallel } = (await import(new URL('../dist/node.js', import.meta.url).href)) as typeof import('../src/node/index.js');
import { GeoTables } from '../src/score/kernel/geo-tables.js';
import { Interner } from '../src/score/kernel/interner.js';
import { buildSupplierTable } from '../src/score/kernel/supplier-table.js';
import { KeywordMatcher } from '../src/score/components/text.js';
import { compileBuyer } from '../src/score/kernel/query.js';
import { PairScores, scorePair } from '../src/score/kernel/score-pair.js';
import { sectionTable } from '../src/score/kernel/codes.js';
import { DEFAULT_WEIGHTS } from '../src/score/weights.js';

const args = new Set(process.argv.slice(2));
const ASOF = '2026-11-22';
const rows: string[][] = [];
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 2 : 0)} ms`);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const time = <T>(fn: () => T): [T, number] => {
  const t = performance.now();
  const out = fn();
  return [out, performance.now() - t];
};
const record = (...cells: string[]) => {
  rows.push(cells);
  console.log(cells.join(' | '));
};

/** Reference path: every pair through the same kernel, eligible ones fully sorted. */
function referenceRank(suppliers: Supplier[], buyers: Buyer[]): number {
  const sorted = [...suppliers].sort((a, b) => (a.id < b.id ? -1 : 1));
  const asOf = new Date(`${ASOF}T00:00:00Z`);
  const geo = new GeoTables(asOf);
  const vocab = { certificates: new Interner(), languages: new Interner(), keywords: new Interner() };
  const table = buildSupplierTable(sorted, geo, vocab);
  const keywords = new KeywordMatcher(vocab.keywords.values);
  const ctx = { table, geo, weights: Float64Array.from(COMPONENTS, (c) => DEFAULT_WEIGHTS[c]), industryGate: true, hsSections: sectionTable('hs'), isicSections: sectionTable('isic') };
  const out = new PairScores();
  const t = performance.now();
  for (const buyer of buyers) {
    const b = compileBuyer(buyer, geo, vocab, keywords, asOf, table.capabilities?.dim);
    const hits: { row: number; score: number }[] = [];
    for (let i = 0; i < table.size; i++) {
      const r = scorePair(ctx, b, i, out);
      if (r.excluded === 0) hits.push({ row: i, score: r.score });
    }
    hits.sort((x, y) => y.score - x.score || x.row - y.row);
  }
  return (performance.now() - t) / buyers.length;
}

/** Naive JS: arrays of plain objects, cosine only, map + full sort per buyer. */
function naiveRank(suppliers: Supplier[], buyers: Buyer[]): number {
  const items = suppliers.map((s) => ({ id: s.id, v: s.capabilities ?? [] }));
  const t = performance.now();
  for (const b of buyers) {
    const q = b.capabilities ?? [];
    const qn = Math.hypot(...q);
    items
      .map((s) => ({ id: s.id, score: s.v.reduce((acc, x, i) => acc + x * q[i]!, 0) / (Math.hypot(...s.v) * qn) }))
      .sort((x, y) => y.score - x.score)
      .slice(0, 10);
  }
  return (performance.now() - t) / buyers.length;
}

async function rankingBenchmark(n: number, buyerCount: number, sample: number): Promise<void> {
  console.log(`\n## ${n.toLocaleString('en')} suppliers × ${buyerCount.toLocaleString('en')} buyers`);
  const fair = generateFair({ suppliers: n, buyers: buyerCount, seed: 20261122 });
  const [suppliers, parseMs] = time(() => parseSuppliers(fair.suppliers));
  const buyers = parseBuyers(fair.buyers);
  // Engine memory = JS heap plus typed-array buffers (the column tables live in the latter).
  const used = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  global.gc?.();
  const heapBefore = used();
  const [engine, buildMs] = time(() => createEngine(suppliers, { asOf: ASOF }));
  global.gc?.();
  const engineBytes = used() - heapBefore;
  const vectorBytes = n * 8 * 4;
  record(`${n}`, 'parse + validate suppliers', ms(parseMs), `${((n / parseMs) * 1000).toFixed(0)} profiles/s`);
  record(`${n}`, 'build engine', ms(buildMs), `memory +${mb(engineBytes)} (raw Float32 vectors ${mb(vectorBytes)})`);

  const [snapshot, snapMs] = time(() => engine.snapshot());
  const [, loadMs] = time(() => loadEngine(snapshot));
  record(`${n}`, 'engine.snapshot() / loadEngine', `${ms(snapMs)} / ${ms(loadMs)}`, `${mb(snapshot.length)} of JSON; loading is ${((parseMs + buildMs) / loadMs).toFixed(1)}× faster than parse + build`);

  const probe = buyers.slice(0, sample);
  engine.rankAll(probe.slice(0, 20), { limit: 10 }); // warm up the JIT
  const latencies = probe.map((b) => time(() => engine.rank(b, { limit: 10 }))[1]);
  const perBuyer = latencies.reduce((a, b) => a + b, 0) / latencies.length;
  record(`${n}`, 'rank(buyer, {limit: 10}) latency', `p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}`, `${probe.length} buyers`);

  const refSample = probe.slice(0, Math.max(5, Math.min(sample, Math.round(2e6 / n))));
  const reference = referenceRank(suppliers, refSample);
  const naive = naiveRank(suppliers, refSample);
  record(`${n}`, 'reference path: score every pair, sort', `${ms(reference)} per buyer`, `rank is ${(reference / perBuyer).toFixed(1)}× faster`);
  record(`${n}`, 'naive JS (objects, cosine only, full sort)', `${ms(naive)} per buyer`, `rank is ${(naive / perBuyer).toFixed(1)}× faster`);

  const [, allMs] = time(() => engine.rankAll(buyers, { limit: 10 }));
  record(`${n}`, `rankAll ${buyerCount} buyers, 1 thread`, ms(allMs), `${((n * buyerCount) / (allMs / 1000) / 1e6).toFixed(0)} M pairs/s equivalent`);
  const threads = Math.min(2, availableParallelism());
  const options = { threads, engine: { asOf: ASOF }, rank: { limit: 10 } };
  // Fixed cost: start the workers, copy the suppliers, build the index in each.
  let t = performance.now();
  await rankAllParallel(suppliers, buyers.slice(0, threads), options);
  const startMs = performance.now() - t;
  t = performance.now();
  await rankAllParallel(suppliers, buyers, options);
  const parMs = performance.now() - t;
  record(`${n}`, `rankAll ${buyerCount} buyers, ${threads} worker threads`, ms(parMs), `${(allMs / parMs).toFixed(2)}× one thread; of it ${ms(startMs)} fixed (workers start, index built per worker)`);
  const projected = startMs + ((parMs - startMs) / buyerCount) * 10_000;
  record(`${n}`, `projected whole fair (10,000 buyers), ${threads} threads`, ms(projected), `vs reference path ${ms((reference * 10_000) / threads)} on ${threads} threads (${((reference * 10_000) / threads / projected).toFixed(0)}×)`);
}

function scheduleBenchmark(): void {
  console.log('\n## Meeting day: 1,000 buyers, 2,000 suppliers, 16 slots, 200 tables');
  const fair = generateFair({ suppliers: 2000, buyers: 1000, seed: 3 });
  const suppliers = parseSuppliers(fair.suppliers);
  const buyers = parseBuyers(fair.buyers);
  const engine = createEngine(suppliers, { asOf: ASOF });
  const [candidates, candMs] = time(() => engine.meetingCandidates(buyers, { perBuyer: 12 }));
  const slots = makeSlots({ date: '2026-11-23', timeZone: 'Asia/Shanghai', start: '09:00', minutes: 20, count: 16 });
  const participants: Participant[] = [
    ...buyers.map((b, i) => ({ id: b.id, side: 'buyer' as const, maxMeetings: 8, ...(i % 5 === 0 ? { available: slots.slice(8) } : {}) })),
    ...suppliers.map((s) => ({ id: s.id, side: 'supplier' as const, maxMeetings: 8 })),
  ];
  const input = { slots, tables: 200, participants, candidates };
  global.gc?.();
  const heap = process.memoryUsage().heapUsed;
  const [schedule, schedMs] = time(() => scheduleMeetings(input));
  const heapMb = (process.memoryUsage().heapUsed - heap) / 1e6;
  const total = schedule.meetings.reduce((s, m) => s + m.score, 0);
  // Greedy baseline: best pairs first into the earliest common open slot.
  const busy = new Set<string>();
  const used = new Map<string, number>();
  const perSlot = new Array<number>(slots.length).fill(0);
  const free = new Map(participants.map((p) => [p.id, p.available ? new Set(p.available.map((a) => a.start)) : undefined]));
  let greedyTotal = 0;
  let greedyCount = 0;
  for (const c of [...candidates].sort((a, b) => b.score - a.score)) {
    if ((used.get(c.buyerId) ?? 0) >= 8 || (used.get(c.supplierId) ?? 0) >= 8) continue;
    const s = slots.findIndex((slot, i) => perSlot[i]! < 200 && !busy.has(`${c.buyerId}@${i}`) && !busy.has(`${c.supplierId}@${i}`) && [c.buyerId, c.supplierId].every((id) => !free.get(id) || free.get(id)!.has(slot.start)));
    if (s < 0) continue;
    busy.add(`${c.buyerId}@${s}`).add(`${c.supplierId}@${s}`);
    perSlot[s]!++;
    used.set(c.buyerId, (used.get(c.buyerId) ?? 0) + 1).set(c.supplierId, (used.get(c.supplierId) ?? 0) + 1);
    greedyTotal += c.score;
    greedyCount++;
  }
  record('3,000 participants', 'meetingCandidates (12 per buyer)', ms(candMs), `${candidates.length} pairs`);
  record('3,000 participants', 'scheduleMeetings', ms(schedMs), `heap +${heapMb.toFixed(0)} MB; ${schedule.meetings.length} meetings = ${((100 * schedule.meetings.length) / (16 * 200)).toFixed(1)} % of table-slots`);
  record('3,000 participants', 'vs greedy baseline', `total score ${total.toFixed(1)} vs ${greedyTotal.toFixed(1)} (${((total / greedyTotal - 1) * 100).toFixed(2)} %)`, `meetings ${schedule.meetings.length} vs ${greedyCount}`);
}

console.log(`cuohe benchmarks — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
console.log('size | what | time | notes');
await rankingBenchmark(2_000, 300, 300);
if (!args.has('--quick')) {
  await rankingBenchmark(60_000, 2_000, 200);
  scheduleBenchmark();
}
if (args.has('--large')) {
  console.log('\n## 1,000,000 suppliers (index build, memory, single-buyer latency)');
  const fair = generateFair({ suppliers: 1_000_000, buyers: 200, seed: 20261122 });
  const [suppliers, parseMs] = time(() => parseSuppliers(fair.suppliers));
  const buyers = parseBuyers(fair.buyers);
  global.gc?.();
  const before = process.memoryUsage();
  const [engine, buildMs] = time(() => createEngine(suppliers, { asOf: ASOF }));
  global.gc?.();
  const after = process.memoryUsage();
  record('1000000', 'parse + validate', ms(parseMs), '');
  record('1000000', 'build engine', ms(buildMs), `heap +${mb(after.heapUsed - before.heapUsed)}, external +${mb(after.external + after.arrayBuffers - before.external - before.arrayBuffers)}, rss ${mb(after.rss)}`);
  engine.rankAll(buyers.slice(0, 10), { limit: 10 });
  const lat = buyers.slice(10).map((b) => time(() => engine.rank(b, { limit: 10 }))[1]);
  record('1000000', 'rank(buyer, {limit: 10}) latency', `p50 ${ms(percentile(lat, 50))}, p95 ${ms(percentile(lat, 95))}`, `${lat.length} buyers`);
}
