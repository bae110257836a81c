/**
 * `rankAllSuppliers` on several threads (Node only; browsers use `engine.rankAllSuppliers`):
 * every exhibitor's best buyers. This thread ranks too: it starts the workers, compiles and
 * indexes the buyers itself while they start, then ranks runs of supplier rows between taking
 * the workers' answers. The engine's core is packed once into a SharedArrayBuffer that every
 * worker reads without copying; each worker compiles and indexes the buyers once, then ranks
 * runs of rows on demand and sends back buyer indexes and numbers only; this thread turns them
 * into Matches with the engine's own `matchFrom`. (With every thread a worker, this one only
 * waited for the workers and then built half a million Matches while they still ran: 2 threads
 * took 7.5–8.1 s on the 60,000 × 10,000 fair where one took 8.8 s.) The results are identical
 * to one thread, to the last bit, keyed by supplier id in id order.
 */
import type { Worker } from 'node:worker_threads';
import type { Buyer, Match, Supplier } from '../model/types.js';
import { BuyerIndex } from '../rank/buyer-index.js';
import type { MatchEngine } from '../rank/engine.js';
import { coreTree } from '../rank/engine-core.js';
import { internalsOf } from '../rank/engine-internals.js';
import { resolveRankOptions } from '../rank/options.js';
import { pack } from '../rank/pack.js';
import { validBuyers as checkBuyers } from '../rank/validate-input.js';
import { rowsBySignature } from '../score/kernel/industry-memo.js';
import type { QueryBuyer } from '../score/kernel/query.js';
import { PairScores } from '../score/kernel/score-pair.js';
import { readNumbers } from './rank-protocol.js';
import { startWorker } from './start-worker.js';
import type { SuppliersMessage, SuppliersReply } from './suppliers-protocol.js';
import { checkParallelOptions, engineOf, type ParallelOptions, runPool, workerCount } from './worker-pool.js';

/** Most supplier rows per message: small enough to balance the workers' load to the end. */
const MAX_RUN = 1000;
/** Rows this thread ranks between taking the workers' answers (about 20 ms of work). */
const LOCAL_RUN = 200;

/**
 * Ranks every supplier's buyers on `options.threads` threads — this one and `threads − 1`
 * workers — over an engine or over suppliers (then an engine is built here first).
 * `options.rank.onProgress(done, total)` counts suppliers; `signal` and `timeout` work as in
 * `rankAllParallel`.
 * @example
 * import { rankAllSuppliersParallel } from 'cuohe/node';
 * const byExhibitor = await rankAllSuppliersParallel(engine, buyers, { threads: 2, rank: { limit: 10 } });
 */
export async function rankAllSuppliersParallel(
  source: Supplier[] | MatchEngine,
  buyers: Buyer[],
  options: ParallelOptions = {},
): Promise<Map<string, Match[]>> {
  const { threads, timeout } = checkParallelOptions(options);
  const o = resolveRankOptions(options.rank);
  options.signal?.throwIfAborted();
  const engine = await engineOf(source, options);
  const { core, ranker, matchFrom, keywordConcepts, supplierId } = internalsOf(engine);
  const valid = checkBuyers(buyers);
  for (const b of valid) ranker.check(b); // before any worker starts
  const { idRank, size } = core.table;
  const run = Math.max(1, Math.min(MAX_RUN, Math.ceil(size / (threads * 8))));
  // This thread is one of the threads.
  const count = workerCount(threads, Math.ceil(size / run)) - 1;
  const workers = Array.from({ length: count }, () => startWorker('rank-suppliers-worker'));
  try {
    // Packed for the workers only (one thread needs none).
    const shared = count > 0 ? pack(coreTree(core), (n) => new SharedArrayBuffer(n)) : undefined;
    const concepts =
      keywordConcepts &&
      [...new Set(valid.flatMap((b) => b.keywords ?? []))].map((k): [string, string[]] => [k, [...keywordConcepts(k)]]);
    const results = new Array<Match[]>(size);
    // Runs of rows with the same codes together, as `rankAllSuppliers` walks them.
    const walk = rowsBySignature(core.table);
    let next = 0;
    let done = 0;
    const progress = (rows: number) => {
      done += rows;
      o.onProgress?.(done, size);
    };
    // Set below, before any answer can be taken (answers come in on later turns of the event loop).
    let queries: readonly QueryBuyer[] = [];
    const receive = (reply: SuppliersReply) => {
      let at = 0;
      reply.counts.forEach((n, k) => {
        const row = walk[reply.start + k]!;
        const matches: Match[] = [];
        for (let m = at; m < at + n; m++) {
          const q = reply.buyers[m]!;
          matches.push(matchFrom(valid[q]!, queries[q]!, row, readNumbers(reply.numbers, m)));
        }
        results[row] = matches;
        at += n;
      });
      progress(reply.counts.length);
    };
    const rank = { limit: o.limit, minScore: o.minScore, maxPerCountry: o.maxPerCountry, maxPerGroup: o.maxPerGroup };
    let failed = false;
    const pooled = runPool(
      workers,
      {
        // A worker's first answer also covers compiling and indexing every buyer.
        start: (worker) =>
          worker.postMessage({
            type: 'index',
            layout: shared!.layout,
            buffer: shared!.buffer,
            buyers: valid,
            rank,
            ...(concepts && { concepts }),
          } satisfies SuppliersMessage),
        send: (worker: Worker): boolean => {
          if (next >= size) return false;
          const start = next;
          next = Math.min(size, next + run);
          worker.postMessage({ type: 'rows', start, end: next } satisfies SuppliersMessage);
          return true;
        },
        receive,
      },
      { signal: options.signal, timeout },
    );
    pooled.catch(() => {
      failed = true;
    });
    // This thread's share: the buyers compiled and indexed as `engine.rankAllSuppliers` does,
    // then short runs, with a turn of the event loop after each for the workers' answers.
    const index = new BuyerIndex(
      valid.map((b) => ranker.compile(b)),
      ranker.kernel,
      core.options.minIndustryLevel,
    );
    queries = index.queries;
    const scratch = new PairScores();
    const rankRows = (start: number, end: number) => {
      for (let at = start; at < end; at++) {
        const row = walk[at]!;
        results[row] = index.top(row, o, scratch).map((h) => matchFrom(valid[h.row]!, queries[h.row]!, row, h.data));
      }
    };
    while (next < size && !failed) {
      const start = next;
      next = Math.min(size, next + LOCAL_RUN);
      rankRows(start, next);
      progress(next - start);
      await new Promise((resolve) => setImmediate(resolve));
      options.signal?.throwIfAborted();
    }
    await pooled;
    const byId = new Int32Array(size);
    for (let row = 0; row < size; row++) byId[idRank[row]!] = row;
    const out = new Map<string, Match[]>();
    for (const row of byId) out.set(supplierId(row), results[row] ?? []);
    return out;
  } finally {
    for (const worker of workers) void worker.terminate();
  }
}
