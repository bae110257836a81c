/**
 * `rankAllSuppliers` on worker threads (Node only; browsers use `engine.rankAllSuppliers`):
 * every exhibitor's best buyers. The engine's core is packed once into a SharedArrayBuffer
 * that every worker reads without copying; each worker compiles and indexes the buyers once,
 * then ranks runs of supplier rows on demand and sends back buyer indexes and numbers only;
 * this thread turns them into Matches with the engine's own `matchFrom`. The results are
 * identical to one thread, to the last bit, keyed by supplier id in id order.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { unknownKeyIssues } from '../model/suggest-field.js';
import type { Buyer, Match, Supplier } from '../model/types.js';
import { ValidationError } from '../model/validation-error.js';
import { createEngine, internalsOf, type MatchEngine } from '../rank/engine.js';
import { coreTree } from '../rank/engine-core.js';
import { pack } from '../rank/pack.js';
import { validBuyers as checkBuyers } from '../rank/validate-input.js';
import { resolveRankOptions } from '../rank/options.js';
import { workerCount, type ParallelOptions } from './rank-all-parallel.js';
import { readNumbers } from './rank-protocol.js';
import { startWorker } from './start-worker.js';
import type { SuppliersMessage, SuppliersReply } from './suppliers-protocol.js';

/** Most supplier rows per message: small enough to balance the workers' load to the end. */
const MAX_RUN = 1000;
/** Default of `ParallelOptions.timeout`, as in rankAllParallel. */
const DEFAULT_TIMEOUT = 300_000;

/**
 * Ranks every supplier's buyers on worker threads, over an engine or over suppliers (then an
 * engine is built here first). `options.rank.onProgress(done, total)` counts suppliers;
 * `signal` and `timeout` work as in `rankAllParallel`.
 * @example
 * import { rankAllSuppliersParallel } from 'cuohe/node';
 * const byExhibitor = await rankAllSuppliersParallel(engine, buyers, { threads: 2, rank: { limit: 10 } });
 */
export async function rankAllSuppliersParallel(source: Supplier[] | MatchEngine, buyers: Buyer[], options: ParallelOptions = {}): Promise<Map<string, Match[]>> {
  const unknown = unknownKeyIssues(options, ['threads', 'engine', 'describeCodes', 'rank', 'signal', 'timeout'], ['options']);
  if (unknown.length) throw new ValidationError(unknown, 'invalid options');
  const threads = options.threads ?? availableParallelism();
  if (!Number.isInteger(threads) || threads < 1 || threads > 256) throw new ValidationError([{ path: ['options', 'threads'], message: 'must be a whole number from 1 to 256' }]);
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal)) throw new ValidationError([{ path: ['options', 'signal'], message: 'must be an AbortSignal' }]);
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  if (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout < 1 || timeout > 2 ** 31 - 1) {
    throw new ValidationError([{ path: ['options', 'timeout'], message: 'must be a whole number of milliseconds from 1 to 2147483647' }]);
  }
  const o = resolveRankOptions(options.rank);
  options.signal?.throwIfAborted();
  const engine = Array.isArray(source) ? await engineOf(source, options) : source;
  const { core, ranker, matchFrom, lazyQuery, keywordConcepts, supplierId } = internalsOf(engine);
  const valid = checkBuyers(buyers);
  for (const b of valid) ranker.check(b); // before any worker starts
  const { idRank, size } = core.table;
  const run = Math.max(1, Math.min(MAX_RUN, Math.ceil(size / (threads * 8))));
  const count = workerCount(threads, Math.ceil(size / run));
  const workers = Array.from({ length: count }, () => startWorker('rank-suppliers-worker'));
  try {
    const { layout, buffer } = pack(coreTree(core), (n) => new SharedArrayBuffer(n));
    const concepts = keywordConcepts && [...new Set(valid.flatMap((b) => b.keywords ?? []))].map((k): [string, string[]] => [k, [...keywordConcepts(k)]]);
    const queries = valid.map(lazyQuery);
    const results = new Array<Match[]>(size);
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
        const row = reply.start + k;
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
    // One settlement for the whole pool (as in rankAllParallel): the first failure (a worker
    // error or exit, a throwing onProgress, an abort, a timeout) rejects the call, and
    // `finally` stops every worker.
    await new Promise<void>((resolve, reject) => {
      let settled = false;
      let running = workers.length;
      const timers = new Map<Worker, ReturnType<typeof setTimeout>>();
      const settle = (error?: unknown) => {
        if (settled) return;
        settled = true;
        for (const t of timers.values()) clearTimeout(t);
        options.signal?.removeEventListener('abort', onAbort);
        if (error === undefined) resolve();
        else reject(error);
      };
      const onAbort = () => settle(options.signal!.reason);
      options.signal?.addEventListener('abort', onAbort, { once: true });
      // A worker's first answer also covers compiling and indexing every buyer.
      const watch = (worker: Worker) => {
        clearTimeout(timers.get(worker));
        timers.set(worker, setTimeout(() => settle(new Error(`a ranking worker did not answer within ${timeout} ms`)), timeout));
      };
      const finished = (worker: Worker) => {
        clearTimeout(timers.get(worker));
        timers.delete(worker);
        if (--running === 0) settle();
      };
      for (const worker of workers) {
        let inFlight = 0;
        worker.on('message', (reply: SuppliersReply) => {
          if (settled) return;
          try {
            receive(reply);
          } catch (error) {
            return settle(error);
          }
          inFlight--;
          if (send(worker)) inFlight++;
          if (inFlight === 0) finished(worker);
          else watch(worker);
        });
        worker.on('error', settle);
        worker.on('exit', (code) => settle(new Error(`ranking worker stopped with exit code ${code}`)));
        worker.postMessage({ type: 'index', layout, buffer, buyers: valid, rank, ...(concepts && { concepts }) } satisfies SuppliersMessage);
        // Two runs in flight, so a worker never waits for its next one.
        for (let k = 0; k < 2 && send(worker); k++) inFlight++;
        if (inFlight === 0) finished(worker);
        else watch(worker);
      }
    });
    const byId = new Int32Array(size);
    for (let row = 0; row < size; row++) byId[idRank[row]!] = row;
    const out = new Map<string, Match[]>();
    for (const row of byId) out.set(supplierId(row), results[row] ?? []);
    return out;
  } finally {
    for (const worker of workers) void worker.terminate();
  }
}

async function engineOf(suppliers: Supplier[], options: ParallelOptions): Promise<MatchEngine> {
  if (options.describeCodes !== undefined && typeof options.describeCodes !== 'boolean') {
    throw new ValidationError([{ path: ['options', 'describeCodes'], message: 'must be true or false' }]);
  }
  if (!options.describeCodes) return createEngine(suppliers, options.engine);
  const { hsDescription, isicDescription } = await import('../taxonomy/descriptions.js');
  return createEngine(suppliers, { ...options.engine, describeCode: (scheme, code) => (scheme === 'hs' ? hsDescription(code) : isicDescription(code)) });
}
