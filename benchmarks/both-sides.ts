/**
 * The exhibitor's side and meeting candidates on the seeded synthetic fair, each against a
 * reference measured in the same run that scores every pair with cuohe's own kernel:
 * - exhibitor view: `engine.buyers(buyers)` once, then `pool.rankBuyers(id, {limit: 10})`
 *   per exhibitor (p50 / p95); reference: every buyer scored for that exhibitor, sorted by the
 *   mutual score;
 * - every exhibitor at once: `rankAllSuppliers` (1 thread) and `rankAllSuppliersParallel`
 *   (2 threads), each in a fresh process that loads the binary index; reference: the per-
 *   exhibitor reference × the number of exhibitors (projected from a sample);
 * - meeting candidates for the whole fair (10 per buyer); reference: every supplier scored
 *   for a buyer and sorted by the mutual score, × the number of buyers (projected).
 * `lib` and `node` are the built package (`dist/`); the references import the kernel from
 * the source, which the bench script bundles.
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type * as Cuohe from '../src/index.js';
import type { Buyer, Supplier } from '../src/index.js';
import type * as CuoheNode from '../src/node/index.js';
import type { QueryBuyer } from '../src/score/kernel/query.js';
import { PairScores, scorePair } from '../src/score/kernel/score-pair.js';
import { referenceKernel } from './baselines.js';
import { ms, percentile, ratio, record, time } from './measure.js';
import { cpuMs, timeSavedFair } from './saved-fair.js';

type Lib = typeof Cuohe;
type NodeLib = typeof CuoheNode;

/** Every pair of the references goes through this: the kernel over all suppliers, buyers compiled once. */
function referenceQueries(suppliers: readonly Supplier[], buyers: readonly Buyer[], asOf: string) {
  const kernel = referenceKernel(suppliers, asOf);
  return { ctx: kernel.context, table: kernel.table, queries: buyers.map(kernel.compile), out: new PairScores() };
}

/** Milliseconds per exhibitor: score every buyer, keep the eligible, sort by mutual score, take 10. */
function referencePerExhibitor(ref: ReturnType<typeof referenceQueries>, rows: readonly number[]): number {
  const { ctx, queries, out } = ref;
  const one = (row: number) => {
    const hits: { q: number; score: number }[] = [];
    for (let q = 0; q < queries.length; q++) {
      const r = scorePair(ctx, queries[q]!, row, out);
      if (r.excluded === 0) hits.push({ q, score: r.mutual });
    }
    return hits.sort((x, y) => y.score - x.score || x.q - y.q).slice(0, 10);
  };
  one(rows[0]!);
  const t = performance.now();
  for (const row of rows) one(row);
  return (performance.now() - t) / rows.length;
}

/** Milliseconds per buyer: score every supplier, keep eligible pairs with a positive mutual score, sort, take 10. */
function referenceMutualPerBuyer(ref: ReturnType<typeof referenceQueries>, count: number): number {
  const { ctx, table, queries, out } = ref;
  const one = (b: QueryBuyer) => {
    const hits: { row: number; score: number }[] = [];
    for (let i = 0; i < table.size; i++) {
      const r = scorePair(ctx, b, i, out);
      if (r.excluded === 0 && r.mutual > 0) hits.push({ row: i, score: r.mutual });
    }
    return hits.sort((x, y) => y.score - x.score || x.row - y.row).slice(0, 10);
  };
  one(queries[0]!);
  const t = performance.now();
  for (let k = 1; k <= count; k++) one(queries[k]!);
  return (performance.now() - t) / count;
}

/**
 * Rows for an n × buyers fair whose binary index and buyers are in `dir` (written by
 * rankingBenchmark), from the built `engine` in this process.
 */
export async function bothSidesBenchmark(
  engine: Cuohe.MatchEngine,
  suppliers: Supplier[],
  buyers: Buyer[],
  dir: string,
  label: string,
): Promise<void> {
  const ref = referenceQueries(suppliers, buyers, '2026-11-22');
  let cpu = process.cpuUsage();
  const [pool, poolMs] = time(() => engine.buyers(buyers));
  record(
    label,
    `engine.buyers(${buyers.length.toLocaleString('en')} buyers): compile and index once`,
    ms(poolMs),
    `CPU ${ms(cpuMs(cpu))}; load ${loadavg()[0]!.toFixed(1)}`,
  );
  // Exhibitors spread over the fair (ids are in a random order of industries).
  const ids = suppliers.map((s) => s.id);
  const sample = Array.from({ length: 600 }, (_, k) => ids[(k * 7919) % ids.length]!);
  for (const id of sample.slice(0, 100)) pool.rankBuyers(id, { limit: 10 }); // warm up
  cpu = process.cpuUsage();
  const latencies = sample.slice(100).map((id) => time(() => pool.rankBuyers(id, { limit: 10 }))[1]);
  const viewCpu = cpuMs(cpu) / latencies.length;
  const mean = latencies.reduce((a, b) => a + b, 0) / latencies.length;
  const refRows = Array.from({ length: 60 }, (_, k) => (k * 7919) % ref.table.size);
  const refMs = referencePerExhibitor(ref, refRows);
  record(
    label,
    `exhibitor view: pool.rankBuyers(id, {limit: 10}) over ${buyers.length.toLocaleString('en')} buyers`,
    `p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}`,
    `${latencies.length} exhibitors, mean ${ms(mean)} (CPU ${ms(viewCpu)}); ` +
      `reference (score every buyer, sort by mutual) ${ms(refMs)} per exhibitor (${refRows.length} timed): ` +
      `${ratio(refMs / mean)} faster; load ${loadavg()[0]!.toFixed(1)}`,
  );
  const [, oldStyleMs] = time(() => engine.rankBuyers(sample[0]!, buyers, { limit: 10 }));
  const [, againMs] = time(() => engine.rankBuyers(sample[1]!, buyers, { limit: 10 }));
  record(
    label,
    'engine.rankBuyers(id, buyers): first call / same array again',
    `${ms(oldStyleMs)} / ${ms(againMs)}`,
    'the first call compiles the pool; later calls with the same array reuse it',
  );

  const projected = refMs * suppliers.length;
  for (const threads of [1, 2]) {
    const out = execFileSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), `--rank-suppliers=${dir}`, `--threads=${threads}`],
      { encoding: 'utf8' },
    );
    const { loadMs, rankMs, rankCpuMs, load, poolMs } = JSON.parse(out.trim().split('\n').at(-1)!) as {
      loadMs: number;
      rankMs: number;
      rankCpuMs: number;
      load: number;
      poolMs: number;
    };
    // The reference compiles the buyers once outside its timing: so does the second ratio of one thread.
    const versus =
      threads === 1
        ? `${ratio(projected / rankMs)} the reference (${ms(projected)} projected); the buyers compiled and ` +
          `indexed in ${ms(poolMs)}, ranking alone ${ms(rankMs - poolMs)}: ${ratio(projected / (rankMs - poolMs))}`
        : `${ratio(projected / 2 / rankMs)} the reference on 2 threads (${ms(projected / 2)} projected), ` +
          `${ratio(projected / rankMs)} the reference on one`;
    record(
      label,
      `${threads === 1 ? 'rankAllSuppliers' : 'rankAllSuppliersParallel'}: ` +
        `${suppliers.length.toLocaleString('en')} exhibitors × ${buyers.length.toLocaleString('en')} buyers, ` +
        `${threads} thread${threads > 1 ? 's' : ''}, limit 10`,
      ms(rankMs),
      `CPU ${ms(rankCpuMs)} (all threads); ${versus}; ` +
        `fresh process, index loaded in ${ms(loadMs)}; load ${load.toFixed(1)}`,
    );
  }

  const refBuyerMs = referenceMutualPerBuyer(ref, Math.max(5, Math.min(50, Math.round(3e6 / suppliers.length))));
  cpu = process.cpuUsage();
  const [candidates, candMs] = time(() => engine.meetingCandidates(buyers, { perBuyer: 10 }));
  const candCpu = cpuMs(cpu);
  record(
    label,
    `meetingCandidates(${buyers.length.toLocaleString('en')} buyers, {perBuyer: 10})`,
    ms(candMs),
    `CPU ${ms(candCpu)}; ${candidates.length} pairs; ${ratio((refBuyerMs * buyers.length) / candMs)} the reference ` +
      `(score every pair, sort by mutual: ${ms(refBuyerMs)} per buyer, ${ms(refBuyerMs * buyers.length)} projected); ` +
      `load ${loadavg()[0]!.toFixed(1)}`,
  );
}

/** The child-process side: load the saved fair, rank every exhibitor's buyers, print the times. */
export async function rankSuppliersInFreshProcess(
  lib: Lib,
  node: NodeLib,
  dir: string,
  threads: number,
): Promise<void> {
  // One thread: the pool compiled first (as engine.rankAllSuppliers does inside), timed apart.
  let poolMs = 0;
  await timeSavedFair(
    lib,
    dir,
    (engine, buyers) => {
      if (threads > 1) return node.rankAllSuppliersParallel(engine, buyers, { threads, rank: { limit: 10 } });
      const [pool, ms] = time(() => engine.buyers(buyers));
      poolMs = ms;
      return pool.rankAllSuppliers({ limit: 10 });
    },
    () => ({ poolMs }),
  );
}
