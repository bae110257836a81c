/**
 * `rankAll` on worker threads (Node only; browsers use `engine.rankAll`). The engine's core —
 * its tables and posting lists — is packed once into a SharedArrayBuffer that every worker
 * reads without copying; each worker ranks a slice of the buyers and sends back rows only,
 * and this thread turns them into Matches with the engine's own `matchFrom`. The results are
 * identical to one thread, to the last bit, in input order.
 */

import type { Worker } from 'node:worker_threads';
import type { Buyer, Match, Supplier } from '../model/types.js';
import type { MatchEngine } from '../rank/engine.js';
import { coreTree } from '../rank/engine-core.js';
import { internalsOf } from '../rank/engine-internals.js';
import { resolveRankOptions } from '../rank/options.js';
import { pack } from '../rank/pack.js';
import { validBuyers as checkBuyers } from '../rank/validate-input.js';
import { chapterOf } from '../taxonomy/levels.js';
import { type RankMessage, type RankReply, readNumbers } from './rank-protocol.js';
import { startWorker } from './start-worker.js';
import { checkParallelOptions, engineOf, type ParallelOptions, runPool, workerCount } from './worker-pool.js';

export type { ParallelOptions } from './worker-pool.js';

/** Most buyers per message to a worker: small enough to balance the workers' load to the end. */
const MAX_RUN = 200;

/**
 * Ranks every buyer on worker threads, over an engine or over suppliers (then an engine is
 * built here first). Give an engine to rank many batches against one index.
 * @example
 * import { rankAllParallel } from 'cuohe/node';
 * const ranked = await rankAllParallel(engine, buyers, { threads: 2, rank: { limit: 10 } });
 * const same = await rankAllParallel(suppliers, buyers, { engine: { asOf: '2026-11-22' }, rank: { limit: 10 } });
 */
export async function rankAllParallel(
  source: Supplier[] | MatchEngine,
  buyers: Buyer[],
  options: ParallelOptions = {},
): Promise<Map<string, Match[]>> {
  const { threads, timeout } = checkParallelOptions(options);
  const o = resolveRankOptions(options.rank);
  options.signal?.throwIfAborted();
  const engine = await engineOf(source, options);
  const { core, ranker, matchFrom, lazyQuery, keywordConcepts } = internalsOf(engine);
  // Validate here so errors name the caller's records, and workers get plain profiles.
  const valid = checkBuyers(buyers);
  for (const b of valid) ranker.check(b); // before any worker starts
  // At least eight runs per worker, so small batches spread over every worker too.
  const run = Math.max(1, Math.min(MAX_RUN, Math.ceil(valid.length / (threads * 8))));
  const count = workerCount(threads, Math.ceil(valid.length / run));
  // Workers load their module while this thread packs the index and orders the buyers.
  const workers = Array.from({ length: count }, () => startWorker('rank-worker'));
  try {
    const { layout, buffer } = pack(coreTree(core), (n) => new SharedArrayBuffer(n));
    // Buyers wanting alike go out in the same runs: fewer distinct keywords per worker (each
    // keyword memo starts cold) and warmer posting lists.
    const keys = valid.map(groupKey);
    const order = valid.map((_, i) => i).sort((x, y) => compareKeys(keys[x]!, keys[y]!) || x - y);
    const results = new Array<Match[]>(valid.length);
    let next = 0;
    let done = 0;
    /** Hands the next run of buyers to `worker`; false when none is left. */
    const send = (worker: Worker): boolean => {
      if (next >= order.length) return false;
      const start = next;
      next = Math.min(order.length, next + run);
      const buyers = order.slice(start, next).map((i) => valid[i]!);
      // The workers cannot call the engine's keywordConcepts: send its results for these buyers.
      const concepts =
        keywordConcepts &&
        [...new Set(buyers.flatMap((b) => b.keywords ?? []))].map((k): [string, string[]] => [
          k,
          [...keywordConcepts(k)],
        ]);
      worker.postMessage({ type: 'buyers', start, buyers, ...(concepts && { concepts }) } satisfies RankMessage);
      return true;
    };
    const receive = (reply: RankReply) => {
      // counts[k] matches for the buyer at place start + k of the order, one after another.
      let at = 0;
      reply.counts.forEach((count, k) => {
        const index = order[reply.start + k]!;
        const buyer = valid[index]!;
        const query = lazyQuery(buyer);
        const matches: Match[] = [];
        for (let m = at; m < at + count; m++)
          matches.push(matchFrom(buyer, query, reply.rows[m]!, readNumbers(reply.numbers, m)));
        results[index] = matches;
        at += count;
      });
      done += reply.counts.length;
      o.onProgress?.(done, valid.length);
    };
    const rank = { limit: o.limit, minScore: o.minScore, maxPerCountry: o.maxPerCountry, maxPerGroup: o.maxPerGroup };
    await runPool(
      workers,
      {
        start: (worker) => worker.postMessage({ type: 'index', layout, buffer, rank } satisfies RankMessage),
        send,
        receive,
      },
      { signal: options.signal, timeout },
    );
    const out = new Map<string, Match[]>();
    valid.forEach((b, i) => out.set(b.id, results[i] ?? []));
    return out;
  } finally {
    for (const worker of workers) void worker.terminate();
  }
}

/** What a buyer wants, as a sort key: chapters of the wanted codes, then keywords. */
function groupKey(b: Buyer): string {
  const chapters = [...new Set(b.wants.map(chapterOf))].sort().join(',');
  return `${chapters}|${[...(b.keywords ?? [])].sort().join(',')}`;
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
