/**
 * `rankAll` on worker threads (Node only; browsers use `engine.rankAll`). The engine's core —
 * its tables and posting lists — is packed once into a SharedArrayBuffer that every worker
 * reads without copying; each worker ranks a slice of the buyers and sends back rows only,
 * and this thread turns them into Matches with the engine's own `matchFrom`. The results are
 * identical to one thread, to the last bit, in input order.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Buyer, Match, Supplier } from '../model/types.js';

/** Most buyers per message to a worker: small enough to balance the workers' load to the end. */
const MAX_RUN = 200;
import { ValidationError } from '../model/validation-error.js';
import { unknownKeyIssues } from '../model/suggest-field.js';
import { createEngine, internalsOf, type MatchEngine } from '../rank/engine.js';
import { coreTree } from '../rank/engine-core.js';
import { pack } from '../rank/pack.js';
import { validBuyers as checkBuyers } from '../rank/validate-input.js';
import { resolveRankOptions, type EngineOptions, type RankOptions } from '../rank/options.js';
import { readNumbers, type RankMessage, type RankReply } from './rank-protocol.js';

/**
 * Options of `rankAllParallel`.
 * @example
 * const options: ParallelOptions = { threads: 2, engine: { asOf: '2026-11-22' }, rank: { limit: 10 }, describeCodes: true };
 */
export interface ParallelOptions {
  /** Worker threads; default: the machine's available parallelism. */
  threads?: number;
  /** Engine options, when suppliers (not an engine) are given. */
  engine?: EngineOptions;
  /** Name HS / ISIC codes in explanations (uses `cuohe/descriptions`), when suppliers are given. */
  describeCodes?: boolean;
  /**
   * Rank options; `onProgress(done, total)` counts buyers over all workers. A callback that
   * throws rejects the call with its error and stops the workers.
   */
  rank?: RankOptions;
  /** Cancels the call: it rejects with the signal's reason and the workers stop. */
  signal?: AbortSignal;
  /**
   * Milliseconds a worker may take to answer one run of buyers before the call fails with a
   * timeout and the workers stop (a stuck worker never hangs the host). Default 300000.
   */
  timeout?: number;
}

/** Default of `ParallelOptions.timeout`. */
const DEFAULT_TIMEOUT = 300_000;

/**
 * Workers to start: at most the machine's parallelism (more threads than cores only add
 * memory and switching — 256 on 2 cores took 142 s instead of 1.5 s) and at most one per run.
 * @internal
 */
export function workerCount(threads: number, runs: number, parallelism = availableParallelism()): number {
  return Math.max(1, Math.min(threads, Math.max(1, parallelism), runs));
}

/**
 * Ranks every buyer on worker threads, over an engine or over suppliers (then an engine is
 * built here first). Give an engine to rank many batches against one index.
 * @example
 * import { rankAllParallel } from 'cuohe/node';
 * const ranked = await rankAllParallel(engine, buyers, { threads: 2, rank: { limit: 10 } });
 * const same = await rankAllParallel(suppliers, buyers, { engine: { asOf: '2026-11-22' }, rank: { limit: 10 } });
 */
export async function rankAllParallel(source: Supplier[] | MatchEngine, buyers: Buyer[], options: ParallelOptions = {}): Promise<Map<string, Match[]>> {
  const unknown = unknownKeyIssues(options, ['threads', 'engine', 'describeCodes', 'rank', 'signal', 'timeout'], ['options']);
  if (unknown.length) throw new ValidationError(unknown, 'invalid options');
  const threads = options.threads ?? availableParallelism();
  if (!Number.isInteger(threads) || threads < 1 || threads > 256) throw new ValidationError([{ path: ['options', 'threads'], message: 'must be a whole number from 1 to 256' }]);
  if (options.describeCodes !== undefined && typeof options.describeCodes !== 'boolean') {
    throw new ValidationError([{ path: ['options', 'describeCodes'], message: 'must be true or false' }]);
  }
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal)) throw new ValidationError([{ path: ['options', 'signal'], message: 'must be an AbortSignal' }]);
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  if (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout < 1 || timeout > 2 ** 31 - 1) {
    throw new ValidationError([{ path: ['options', 'timeout'], message: 'must be a whole number of milliseconds from 1 to 2147483647' }]);
  }
  const o = resolveRankOptions(options.rank);
  options.signal?.throwIfAborted();
  const engine = Array.isArray(source) ? await engineFor(source, options) : source;
  const { core, ranker, matchFrom, lazyQuery, keywordConcepts } = internalsOf(engine);
  // Validate here so errors name the caller's records, and workers get plain profiles.
  const valid = checkBuyers(buyers);
  for (const b of valid) ranker.check(b); // before any worker starts
  // At least eight runs per worker, so small batches spread over every worker too.
  const run = Math.max(1, Math.min(MAX_RUN, Math.ceil(valid.length / (threads * 8))));
  const count = workerCount(threads, Math.ceil(valid.length / run));
  // Workers load their module while this thread packs the index and orders the buyers.
  const workers = Array.from({ length: count }, () => startWorker());
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
      const concepts = keywordConcepts && [...new Set(buyers.flatMap((b) => b.keywords ?? []))].map((k): [string, string[]] => [k, [...keywordConcepts(k)]]);
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
        for (let m = at; m < at + count; m++) matches.push(matchFrom(buyer, query, reply.rows[m]!, readNumbers(reply.numbers, m)));
        results[index] = matches;
        at += count;
      });
      done += reply.counts.length;
      o.onProgress?.(done, valid.length);
    };
    const rank = { limit: o.limit, minScore: o.minScore, maxPerCountry: o.maxPerCountry, maxPerGroup: o.maxPerGroup };
    // One settlement for the whole pool: the first failure (a worker error or exit, a
    // throwing onProgress, an abort, a timeout) rejects the call, and `finally` stops every worker.
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
        worker.on('message', (reply: RankReply) => {
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
        worker.postMessage({ type: 'index', layout, buffer, rank } satisfies RankMessage);
        // Two runs in flight, so a worker never waits for its next one.
        for (let k = 0; k < 2 && send(worker); k++) inFlight++;
        if (inFlight === 0) finished(worker);
        else watch(worker);
      }
    });
    const out = new Map<string, Match[]>();
    valid.forEach((b, i) => out.set(b.id, results[i] ?? []));
    return out;
  } finally {
    for (const worker of workers) void worker.terminate();
  }
}

async function engineFor(suppliers: Supplier[], options: ParallelOptions): Promise<MatchEngine> {
  if (!options.describeCodes) return createEngine(suppliers, options.engine);
  const { hsDescription, isicDescription } = await import('../taxonomy/descriptions.js');
  return createEngine(suppliers, { ...options.engine, describeCode: (scheme, code) => (scheme === 'hs' ? hsDescription(code) : isicDescription(code)) });
}

function startWorker(): Worker {
  // From source (tsx, vitest) the worker is the .ts file: register the tsx loader first.
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(fromSource ? './rank-worker.ts' : './rank-worker.js', import.meta.url);
  return fromSource
    ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`, { eval: true, execArgv: [] })
    : // Not the host's flags (e.g. --input-type=module, --max-old-space-size): the worker is our module alone.
      new Worker(url, { execArgv: [] });
}

/** What a buyer wants, as a sort key: chapters of the wanted codes, then keywords. */
function groupKey(b: Buyer): string {
  return `${[...new Set(b.wants.map((w) => w.slice(0, 2)))].sort().join(',')}|${[...(b.keywords ?? [])].sort().join(',')}`;
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
