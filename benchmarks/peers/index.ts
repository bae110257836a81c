/**
 * Peer comparison: exact (and approximate) top-10 by inner product of L2-normalised vectors,
 * N suppliers × M buyers, every method on the same seeded data in the same process, each
 * checked against an exact float64 reference.
 *
 * Each method is prepared once (setup: import, index build), warmed up and probed on a few
 * buyers, then timed `repeats` times on as many buyers from row 0 as fit in `targetSeconds`;
 * the whole fair (all M buyers) is projected from the median run (per-buyer work is
 * independent, so linear scaling is exact up to noise; the median and the range of the runs
 * are there because this kind of machine is shared and noisy). Missing peer packages give a
 * "not installed" row instead of an error.
 */
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { blk8 } from './blk8.js';
import { blk8Workers } from './blk8-workers.js';
import { cuoheRank, cuoheRankAll } from './cuohe.js';
import { generatePeerData } from './data.js';
import { faiss } from './faiss.js';
import { hnswlibBruteforce } from './hnswlib-bruteforce.js';
import { hnswlibHnsw } from './hnswlib-hnsw.js';
import { type PeerData, type PeerMethod, PeerNotInstalled, type Searcher } from './method.js';
import { mlMatrix } from './ml-matrix.js';
import { naive } from './naive.js';
import { orama } from './orama.js';
import { exactReference, lowestKthScore, type Reference, recallAtK } from './reference.js';
import { usearchExact } from './usearch-exact.js';
import { usearchHnsw } from './usearch-hnsw.js';

export type { PeerData, PeerMethod } from './method.js';

/** In table order; naive first: it is the baseline of the ratios. cuohe last (it keeps its engine). */
export const PEER_METHODS: readonly PeerMethod[] = [
  naive,
  orama,
  mlMatrix,
  blk8,
  blk8Workers,
  faiss,
  usearchExact,
  usearchHnsw,
  hnswlibBruteforce,
  hnswlibHnsw,
  cuoheRank,
  cuoheRankAll,
];

export interface PeersOptions {
  /** Suppliers (default 60,000). */
  n?: number;
  /** Buyers of the whole fair (default 10,000). */
  buyers?: number;
  /** Vector dimensions (default 64). */
  dim?: number;
  seed?: number;
  /** Results per buyer (default 10). */
  k?: number;
  /** Wall time each timed run of a method aims at, in seconds (default 2). */
  targetSeconds?: number;
  /** Timed runs per method; the median is reported (default 3). */
  repeats?: number;
  /** Buyers covered by the exact reference, for recall (default 500). */
  referenceBuyers?: number;
  /** Threads for the multi-threaded methods (default: min(2, cores)). */
  threads?: number;
  /** Run only methods whose name contains one of these (case-insensitive); naive always runs. */
  only?: string[];
  /** Progress lines (default: console.error). */
  log?: (line: string) => void;
}

export interface PeerResult {
  method: string;
  /** Buyers in the timed sample (0 when the method did not run). */
  buyersMeasured: number;
  pairsPerSecond: number | null;
  /** All buyers × all suppliers, search only, projected from the median run. */
  projectedWholeFairSeconds: number | null;
  /** The same projection from the fastest and the slowest run. */
  projectedRange: [fastest: number, slowest: number] | null;
  /** Setup: package import and index build (createEngine for cuohe; no parsing). */
  buildSeconds: number | null;
  recallAt10: number | null;
  /** Buyers the recall was computed on (sample ∩ reference). */
  recallBuyers: number;
  approximate: boolean;
  note: string;
}

export interface PeersReport {
  date: string;
  machine: string;
  node: string;
  /** 1-minute load average before and after the run: other processes skew the timings. */
  load: [before: number, after: number];
  n: number;
  buyers: number;
  dim: number;
  k: number;
  threads: number;
  /** Timed runs per method. */
  repeats: number;
  seed: number;
  referenceBuyers: number;
  referenceSeconds: number;
  /** Lowest k-th best reference score: above 0 means cuohe's clamping cannot change a top-k. */
  lowestKthScore: number;
  results: PeerResult[];
  /** Markdown table with ratios against the naive JS row. */
  table: string;
}

const now = () => performance.now();

export async function runPeers(options: PeersOptions = {}): Promise<PeersReport> {
  const n = options.n ?? 60_000;
  const m = options.buyers ?? 10_000;
  const dim = options.dim ?? 64;
  const seed = options.seed ?? 20261122;
  const k = Math.min(options.k ?? 10, n);
  const timing = {
    targetMs: (options.targetSeconds ?? 2) * 1000,
    repeats: Math.max(1, Math.round(options.repeats ?? 3)),
  };
  const threads = options.threads ?? Math.min(2, availableParallelism());
  const log = options.log ?? ((line: string) => console.error(line));
  const only = options.only?.map((s) => s.toLowerCase());
  const methods = PEER_METHODS.filter(
    (p) => p === naive || !only || only.some((s) => p.name.toLowerCase().includes(s)),
  );

  const loadBefore = loadavg()[0]!;
  let t = now();
  const data = generatePeerData(n, m, dim, seed);
  log(
    `peers: ${n.toLocaleString('en')} suppliers × ${m.toLocaleString('en')} buyers × ${dim} dims ` +
      `generated in ${((now() - t) / 1000).toFixed(1)} s`,
  );
  t = now();
  const reference = exactReference(data, Math.min(m, options.referenceBuyers ?? 500), k);
  const referenceSeconds = (now() - t) / 1000;
  log(`peers: exact float64 reference for ${reference.buyers} buyers in ${referenceSeconds.toFixed(1)} s`);

  const results: PeerResult[] = [];
  for (const method of methods) {
    globalThis.gc?.(); // leftovers of the previous method should not be collected on this one's clock
    const result = await measure(method, data, reference, k, threads, timing);
    results.push(result);
    log(
      `peers: ${result.method}: ${
        result.pairsPerSecond === null
          ? result.note
          : `${fmtSeconds(result.projectedWholeFairSeconds)} whole fair (${result.buyersMeasured} buyers timed), ` +
            `setup ${fmtSeconds(result.buildSeconds)}, recall ${fmtRecall(result.recallAt10)}`
      }`,
    );
  }

  const report: Omit<PeersReport, 'table'> = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
    node: process.version,
    load: [loadBefore, loadavg()[0]!],
    n,
    buyers: m,
    dim,
    k,
    threads,
    repeats: timing.repeats,
    seed,
    referenceBuyers: reference.buyers,
    referenceSeconds,
    lowestKthScore: lowestKthScore(reference),
    results,
  };
  return { ...report, table: peersTable(report) };
}

async function measure(
  method: PeerMethod,
  data: PeerData,
  reference: Reference,
  k: number,
  threads: number,
  timing: { targetMs: number; repeats: number },
): Promise<PeerResult> {
  const row: PeerResult = {
    method: method.name,
    buyersMeasured: 0,
    pairsPerSecond: null,
    projectedWholeFairSeconds: null,
    projectedRange: null,
    buildSeconds: null,
    recallAt10: null,
    recallBuyers: 0,
    approximate: !!method.approximate,
    note: method.note,
  };
  let searcher: Searcher | undefined;
  try {
    let t = now();
    searcher = await method.prepare(data, k, threads);
    row.buildSeconds = searcher.buildSeconds ?? (now() - t) / 1000;
    if (searcher.note) row.note = `${row.note}; ${searcher.note}`;

    // Warm-up (JIT, caches), then a probe of the same size whose rate sizes the timed sample.
    const warm = Math.min(data.m, method.warmupBuyers ?? 16);
    const scratch = new Int32Array(warm * k);
    await searcher.search(0, warm, scratch);
    t = now();
    await searcher.search(0, warm, scratch);
    const perBuyerMs = Math.max(1e-6, (now() - t) / warm);
    const count = Math.max(Math.min(data.m, 32, warm * 2), Math.min(data.m, Math.round(timing.targetMs / perBuyerMs)));

    const out = new Int32Array(count * k).fill(-1);
    const runs: number[] = [];
    for (let i = 0; i < timing.repeats; i++) {
      t = now();
      await searcher.search(0, count, out);
      runs.push((now() - t) / 1000);
    }
    runs.sort((a, b) => a - b);
    const seconds = runs[(runs.length - 1) >> 1]!;
    const { recall, buyers } = recallAtK(reference, out, count);
    const perFair = (s: number) => (s / count) * data.m;
    Object.assign(row, {
      buyersMeasured: count,
      pairsPerSecond: (count * data.n) / seconds,
      projectedWholeFairSeconds: perFair(seconds),
      projectedRange: [perFair(runs[0]!), perFair(runs.at(-1)!)],
      recallAt10: recall,
      recallBuyers: buyers,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    row.note = error instanceof PeerNotInstalled ? `not installed: ${message}` : `failed: ${message}`;
    row.buildSeconds = null;
  } finally {
    await searcher?.close?.();
  }
  return row;
}

const fmtSeconds = (s: number | null) =>
  s === null ? '–' : s >= 100 ? `${s.toFixed(0)} s` : s >= 10 ? `${s.toFixed(1)} s` : `${s.toFixed(2)} s`;
const fmtRecall = (r: number | null) => (r === null || Number.isNaN(r) ? '–' : r.toFixed(4));
const fmtRate = (x: number | null) => {
  if (x === null) return '–';
  const e = Math.floor(Math.log10(x));
  return `${(x / 10 ** e).toFixed(2)}e${e}`;
};

/** Markdown table; "vs naive" = naive's whole-fair time ÷ the row's (medians, search only). */
export function peersTable(report: Omit<PeersReport, 'table'>): string {
  const base = report.results.find((r) => r.method === naive.name)?.projectedWholeFairSeconds ?? null;
  const fair = `${report.n.toLocaleString('en')} × ${report.buyers.toLocaleString('en')}`;
  const lines = [
    `| method | buyers timed | pairs/s | whole fair ${fair}, search: median (range) | ` +
      'setup / build | recall@10 | vs naive | note |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of report.results) {
    const ratio =
      base !== null && r.projectedWholeFairSeconds
        ? `${(base / r.projectedWholeFairSeconds).toFixed(base / r.projectedWholeFairSeconds >= 10 ? 0 : 1)}×`
        : '–';
    const recall = r.recallAt10 === null ? '–' : `${fmtRecall(r.recallAt10)} (${r.recallBuyers})`;
    const name = r.approximate ? `${r.method} — approximate` : r.method;
    const range = r.projectedRange
      ? ` (${fmtSeconds(r.projectedRange[0]).replace(' s', '')}–${fmtSeconds(r.projectedRange[1])})`
      : '';
    lines.push(
      `| ${name} | ${r.buyersMeasured || '–'} | ${fmtRate(r.pairsPerSecond)} | ` +
        `${fmtSeconds(r.projectedWholeFairSeconds)}${range} | ${fmtSeconds(r.buildSeconds)} | ` +
        `${recall} | ${ratio} | ${r.note} |`,
    );
  }
  return lines.join('\n');
}
