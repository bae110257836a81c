/**
 * Ranking on the seeded synthetic fair: parse, build, index size, snapshots, single-buyer
 * latency, the baselines, and `rankAll` over every buyer on one thread and on two worker
 * threads (at 60,000 suppliers × 10,000 buyers: the whole fair, run in full, each in a fresh
 * process that loads the binary index).
 * `lib` and `node` are the built package (`dist/`), as users run it.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateFair } from '../examples/fair/synthetic-fair.js';
import type * as Cuohe from '../src/index.js';
import type * as CuoheNode from '../src/node/index.js';
import type * as CuoheDescriptions from '../src/taxonomy/descriptions.js';
import { naivePerBuyer, referencePerBuyer } from './baselines.js';
import { bothSidesBenchmark } from './both-sides.js';
import { faster, mb, ms, percentile, ratio, record, time, usedMemory } from './measure.js';
import { saveFair, timeSavedFair } from './saved-fair.js';

export const ASOF = '2026-11-22';
const SEED = 20261122;
const DIMENSIONS = 8;

type Lib = typeof Cuohe;
type NodeLib = typeof CuoheNode;
export type InferCodes = typeof CuoheDescriptions.inferCodes;

/**
 * The generated fair with codes inferred for the profiles that give only words (a few per
 * cent of them), and how long that took. Profiles whose words give no code either (well under
 * 1 %) are dropped, as a fair would send them back: the rest is what `parseSuppliers` /
 * `parseBuyers` accept.
 */
export function inferredFair(
  inferCodes: InferCodes,
  fair: ReturnType<typeof generateFair>,
): { suppliers: object[]; buyers: object[]; inferMs: number; inferred: number; dropped: number } {
  const [suppliers, supplierMs] = time(() => inferCodes(fair.suppliers, { side: 'supplier' }));
  const [buyers, buyerMs] = time(() => inferCodes(fair.buyers, { side: 'buyer' }));
  const some = (v: unknown) => Array.isArray(v) && v.length > 0;
  const usable = (r: Record<string, unknown>) =>
    some(r.products) || some(r.activities) || some(r.wants) || some(r.inferredProducts) || some(r.inferredWants);
  const kept = { suppliers: suppliers.filter(usable), buyers: buyers.filter(usable) };
  const inferred = [...kept.suppliers, ...kept.buyers].filter(
    (r) => some(r.inferredProducts) || some(r.inferredWants),
  ).length;
  const dropped = suppliers.length + buyers.length - kept.suppliers.length - kept.buyers.length;
  return { ...kept, inferMs: supplierMs + buyerMs, inferred, dropped };
}

export async function rankingBenchmark(
  lib: Lib,
  inferCodes: InferCodes,
  n: number,
  buyerCount: number,
  sample: number,
): Promise<void> {
  console.log(`\n### ${n.toLocaleString('en')} suppliers × ${buyerCount.toLocaleString('en')} buyers\n`);
  const label = n.toLocaleString('en');
  const fair = inferredFair(inferCodes, generateFair({ suppliers: n, buyers: buyerCount, seed: SEED }));
  record(
    label,
    'inferCodes for profiles with words only',
    ms(fair.inferMs),
    `${fair.inferred.toLocaleString('en')} profiles given codes, ${fair.dropped} without any left out ` +
      `(the suggester's first call builds its index)`,
  );
  const [suppliers, parseMs] = time(() => lib.parseSuppliers(fair.suppliers));
  const buyers = lib.parseBuyers(fair.buyers);
  const before = usedMemory();
  const [engine, buildMs] = time(() => lib.createEngine(suppliers, { asOf: ASOF }));
  const engineBytes = usedMemory() - before;
  record(label, 'parse + validate suppliers', ms(parseMs), `${((n / parseMs) * 1000).toFixed(0)} profiles/s`);
  record(label, 'build engine', ms(buildMs), `heap + typed arrays +${mb(engineBytes)}`);

  const profileBytes = Buffer.byteLength(JSON.stringify(suppliers));
  const [binary, binaryMs] = time(() => engine.snapshot({ format: 'binary' }));
  const indexBytes = binary.length - profileBytes;
  const vectorBytes = n * DIMENSIONS * 4;
  record(
    label,
    'index size (tables + posting lists)',
    mb(indexBytes),
    `${(indexBytes / n).toFixed(0)} B per supplier: raw vectors ${mb(vectorBytes)} + profile data as columns; ` +
      `profiles as JSON ${mb(profileBytes)}`,
  );
  const [json, jsonMs] = time(() => engine.snapshot());
  const [, jsonLoadMs] = time(() => lib.loadEngine(json));
  const [, binaryLoadMs] = time(() => lib.loadEngine(binary));
  record(
    label,
    'snapshot JSON: save / load',
    `${ms(jsonMs)} / ${ms(jsonLoadMs)}`,
    `${mb(json.length)}; load ${ratio((parseMs + buildMs) / jsonLoadMs)} faster than parse + build`,
  );
  record(
    label,
    'snapshot binary: save / load',
    `${ms(binaryMs)} / ${ms(binaryLoadMs)}`,
    `${mb(binary.length)}; load ${ratio((parseMs + buildMs) / binaryLoadMs)} faster than parse + build`,
  );

  const probe = buyers.slice(0, sample);
  engine.rankAll(probe.slice(0, 50), { limit: 10 }); // warm up the JIT and the memos
  const latencies = probe.map((b) => time(() => engine.rank(b, { limit: 10 }))[1]);
  const rankMsPerBuyer = latencies.reduce((a, b) => a + b, 0) / latencies.length;
  record(
    label,
    'rank(buyer, {limit: 10}) latency',
    `p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}`,
    `${probe.length} buyers, mean ${ms(rankMsPerBuyer)}`,
  );
  const [ranked, reasonsMs] = time(() => probe.map((b) => engine.rank(b, { limit: 10 })));
  const [, readMs] = time(() => ranked.forEach((ms) => ms.forEach((m) => m.reasons)));
  record(
    label,
    'reading the reasons of 10 matches',
    ms(readMs / probe.length),
    `per buyer (explanations are written when first read; rank alone ${ms(reasonsMs / probe.length)})`,
  );

  const refSample = probe.slice(0, Math.max(5, Math.min(sample, Math.round(3e6 / n))));
  const referenceMsPerBuyer = referencePerBuyer(suppliers, refSample, ASOF);
  const naive = naivePerBuyer(suppliers, refSample);
  record(
    label,
    'reference path: score every pair, sort',
    `${ms(referenceMsPerBuyer)} per buyer`,
    `rank is ${faster(referenceMsPerBuyer, rankMsPerBuyer)} (${refSample.length} buyers)`,
  );
  record(
    label,
    'naive JS (objects, cosine only, full sort)',
    `${ms(naive)} per buyer`,
    `rank is ${faster(naive, rankMsPerBuyer)}`,
  );

  // The full runs happen in a fresh process that loads the index from the binary snapshot, as
  // a fair's script would: nothing memoised, no garbage from the measurements above.
  const reference = referenceMsPerBuyer * buyerCount;
  const dir = saveFair(binary, buyers);
  for (const threads of [1, 2]) {
    const out = execFileSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), `--rank-all=${dir}`, `--threads=${threads}`],
      { encoding: 'utf8' },
    );
    const { loadMs, rankMs, rankCpuMs, load } = JSON.parse(out.trim().split('\n').at(-1)!) as {
      loadMs: number;
      rankMs: number;
      rankCpuMs: number;
      load: number;
    };
    const versus =
      threads === 1
        ? `${ratio(reference / rankMs)} the reference path (${ms(reference)} projected)`
        : `${ratio(reference / 2 / rankMs)} the reference path on 2 threads (${ms(reference / 2)} projected)`;
    record(
      label,
      `${threads === 1 ? 'rankAll' : 'rankAllParallel'} ${buyerCount.toLocaleString('en')} buyers, ` +
        `${threads} thread${threads > 1 ? 's' : ''}`,
      ms(rankMs),
      `${ms(rankMs / buyerCount)} per buyer; CPU ${ms(rankCpuMs)} (all threads); ${versus}; ` +
        `fresh process, index loaded in ${ms(loadMs)}; load ${load.toFixed(1)}`,
    );
  }
  await bothSidesBenchmark(engine, suppliers, buyers, dir, label);
  rmSync(dir, { recursive: true });
}

/** The child-process side of the full runs: load the saved fair, rank every buyer, print the times. */
export async function rankAllInFreshProcess(lib: Lib, node: NodeLib, dir: string, threads: number): Promise<void> {
  await timeSavedFair(lib, dir, (engine, buyers) =>
    threads === 1
      ? engine.rankAll(buyers, { limit: 10 })
      : node.rankAllParallel(engine, buyers, { threads, rank: { limit: 10 } }),
  );
}

/** 1,000,000 suppliers: build, memory, single-buyer latency, binary snapshot. */
export function largeBenchmark(lib: Lib, inferCodes: InferCodes): void {
  const n = 1_000_000;
  console.log(`\n### ${n.toLocaleString('en')} suppliers\n`);
  const fair = inferredFair(inferCodes, generateFair({ suppliers: n, buyers: 300, seed: SEED }));
  const [suppliers, parseMs] = time(() => lib.parseSuppliers(fair.suppliers));
  const buyers = lib.parseBuyers(fair.buyers);
  const before = usedMemory();
  const [engine, buildMs] = time(() => lib.createEngine(suppliers, { asOf: ASOF }));
  const engineBytes = usedMemory() - before;
  record('1,000,000', 'parse + validate', ms(parseMs), `${((n / parseMs) * 1000).toFixed(0)} profiles/s`);
  record(
    '1,000,000',
    'build engine',
    ms(buildMs),
    `heap + typed arrays +${mb(engineBytes)}; process RSS ${mb(process.memoryUsage().rss)}`,
  );
  engine.rankAll(buyers.slice(0, 30), { limit: 10 });
  const lat = buyers.slice(30).map((b) => time(() => engine.rank(b, { limit: 10 }))[1]);
  record(
    '1,000,000',
    'rank(buyer, {limit: 10}) latency',
    `p50 ${ms(percentile(lat, 50))}, p95 ${ms(percentile(lat, 95))}`,
    `${lat.length} buyers`,
  );
  const [binary, saveMs] = time(() => engine.snapshot({ format: 'binary' }));
  const [loaded, loadMs] = time(() => lib.loadEngine(binary));
  const sameRanking =
    JSON.stringify(loaded.rank(buyers[0]!, { limit: 10 })) === JSON.stringify(engine.rank(buyers[0]!, { limit: 10 }));
  record(
    '1,000,000',
    'snapshot binary: save / load',
    `${ms(saveMs)} / ${ms(loadMs)}`,
    `${mb(binary.length)}; load ${ratio((parseMs + buildMs) / loadMs)} faster than parse + build; ` +
      `ranks the same: ${sameRanking}`,
  );
}
