/**
 * `rankAllSuppliers` on worker threads (Node only; browsers use `engine.rankAllSuppliers`):
 * every exhibitor's best buyers. The engine's core is packed once into a SharedArrayBuffer
 * that every worker reads without copying; each worker compiles and indexes the buyers once,
 * then ranks runs of supplier rows on demand and sends back buyer indexes and numbers only;
 * this thread turns them into Matches with the engine's own `matchFrom`. The results are
 * identical to one thread, to the last bit, keyed by supplier id in id order.
 */
import type { Worker } from 'node:worker_threads';
import type { Buyer, Match, Supplier } from '../model/types.js';
import type { MatchEngine } from '../rank/engine.js';
import { coreTree } from '../rank/engine-core.js';
import { internalsOf } from '../rank/engine-internals.js';
import { resolveRankOptions } from '../rank/options.js';
import { pack } from '../rank/pack.js';
import { validBuyers as checkBuyers } from '../rank/validate-input.js';
import { rowsBySignature } from '../score/kernel/industry-memo.js';
import { readNumbers } from './rank-protocol.js';
import { startWorker } from './start-worker.js';
import type { SuppliersMessage, SuppliersReply } from './suppliers-protocol.js';
import { checkParallelOptions, engineOf, type ParallelOptions, runPool, workerCount } from './worker-pool.js';

/** Most supplier rows per message: small enough to balance the workers' load to the end. */
const MAX_RUN = 1000;

/**
 * Ranks every supplier's buyers on worker threads, over an engine or over suppliers (then an
 * engine is built here first). `options.rank.onProgress(done, total)` counts suppliers;
 * `signal` and `timeout` work as in `rankAllParallel`.
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
  const { core, ranker, matchFrom, lazyQuery, keywordConcepts, supplierId } = internalsOf(engine);
  const valid = checkBuyers(buyers);
  for (const b of valid) ranker.check(b); // before any worker starts
  const { idRank, size } = core.table;
  const run = Math.max(1, Math.min(MAX_RUN, Math.ceil(size / (threads * 8))));
  const count = workerCount(threads, Math.ceil(size / run));
  const workers = Array.from({ length: count }, () => startWorker('rank-suppliers-worker'));
  try {
    const { layout, buffer } = pack(coreTree(core), (n) => new SharedArrayBuffer(n));
    const concepts =
      keywordConcepts &&
      [...new Set(valid.flatMap((b) => b.keywords ?? []))].map((k): [string, string[]] => [k, [...keywordConcepts(k)]]);
    const queries = valid.map(lazyQuery);
    const results = new Array<Match[]>(size);
    // Workers take runs of rows with the same codes together, as `rankAllSuppliers` walks them.
    const walk = rowsBySignature(core.table);
    let next = 0;
    let done = 0;
    const send = (worker: Worker): boolean => {
      if (next >= size) return false;
      const start = next;
      next = Math.min(size, next + run);
      worker.postMessage({ type: 'rows', start, end: next } satisfies SuppliersMessage);
      return true;
    };
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
      done += reply.counts.length;
      o.onProgress?.(done, size);
    };
    const rank = { limit: o.limit, minScore: o.minScore, maxPerCountry: o.maxPerCountry, maxPerGroup: o.maxPerGroup };
    await runPool(
      workers,
      {
        // A worker's first answer also covers compiling and indexing every buyer.
        start: (worker) =>
          worker.postMessage({
            type: 'index',
            layout,
            buffer,
            buyers: valid,
            rank,
            ...(concepts && { concepts }),
          } satisfies SuppliersMessage),
        send,
        receive,
      },
      { signal: options.signal, timeout },
    );
    const byId = new Int32Array(size);
    for (let row = 0; row < size; row++) byId[idRank[row]!] = row;
    const out = new Map<string, Match[]>();
    for (const row of byId) out.set(supplierId(row), results[row] ?? []);
    return out;
  } finally {
    for (const worker of workers) void worker.terminate();
  }
}
