/**
 * `rankAll` on worker threads (Node only; browsers use `engine.rankAll`). The engine's core —
 * its tables and posting lists — is packed once into a SharedArrayBuffer that every worker
 * reads without copying; each worker ranks a slice of the buyers and sends back rows only,
 * and this thread turns them into Matches with the engine's own `toMatch`. The results are
 * identical to one thread, to the last bit, in input order.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Buyer, Match, Supplier } from '../model/types.js';
import { ValidationError } from '../model/validation-error.js';
import { createEngine, internalsOf, type MatchEngine } from '../rank/engine.js';
import { coreTree } from '../rank/engine-core.js';
import { pack } from '../rank/pack.js';
import { validBuyers as checkBuyers } from '../rank/validate-input.js';
import { resolveRankOptions, type EngineOptions, type RankOptions } from '../rank/options.js';
import { NUMBERS, type RankJob, type RankReply } from './rank-protocol.js';

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
  /** Rank options; `onProgress(done, total)` counts buyers over all workers. */
  rank?: RankOptions;
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
  const threads = options.threads ?? availableParallelism();
  if (!Number.isInteger(threads) || threads < 1 || threads > 256) throw new ValidationError([{ path: ['options', 'threads'], message: 'must be a whole number from 1 to 256' }]);
  const o = resolveRankOptions(options.rank);
  const engine = Array.isArray(source) ? await engineFor(source, options) : source;
  const { core, ranker, matchFrom, lazyQuery } = internalsOf(engine);
  // Validate here so errors name the caller's records, and workers get plain profiles.
  const valid = checkBuyers(buyers);
  for (const b of valid) ranker.check(b); // before any worker starts
  const slices = Math.max(1, Math.min(threads, valid.length));
  // Workers load their module while this thread packs the index and orders the buyers.
  const workers = Array.from({ length: slices }, () => startWorker());
  try {
    const { layout, buffer } = pack(coreTree(core), (n) => new SharedArrayBuffer(n));
    // Buyers wanting alike are ranked by the same worker: fewer distinct keywords to look up
    // (each worker's keyword memo starts cold) and warmer posting lists.
    const keys = valid.map(groupKey);
    const order = valid.map((_, i) => i).sort((x, y) => compareKeys(keys[x]!, keys[y]!) || x - y);
    const size = Math.ceil(valid.length / slices);
    const results = new Array<Match[]>(valid.length);
    const progress = new Array<number>(slices).fill(0);
    const rank = { limit: o.limit, minScore: o.minScore, maxPerCountry: o.maxPerCountry };
    await Promise.all(
      workers.map((worker, s) =>
        runJob(worker, { layout, buffer, buyers: order.slice(s * size, (s + 1) * size).map((i) => valid[i]!), rank }, (reply) => {
          // A run of buyers: counts[k] matches for buyer start + k of the slice, one after another.
          let at = 0;
          reply.counts.forEach((count, k) => {
            const index = order[s * size + reply.start + k]!;
            const buyer = valid[index]!;
            const query = lazyQuery(buyer);
            const matches: Match[] = [];
            for (let m = at; m < at + count; m++) {
              const n = reply.numbers.subarray(m * NUMBERS, (m + 1) * NUMBERS);
              matches.push(matchFrom(buyer, query, reply.rows[m]!, { score: n[0]!, components: n.subarray(1, 8), excluded: n[8]!, supplierSide: n[9]!, mutual: n[10]! }));
            }
            results[index] = matches;
            at += count;
          });
          progress[s] = reply.start + reply.counts.length;
          o.onProgress?.(progress.reduce((a, b) => a + b, 0), valid.length);
        }),
      ),
    );
    const out = new Map<string, Match[]>();
    valid.forEach((b, i) => out.set(b.id, results[i]!));
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
    ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`, { eval: true })
    : new Worker(url);
}

/** Sends `job` to `worker` and resolves when it has sent every run of rows. */
function runJob(worker: Worker, job: RankJob, onReply: (reply: Extract<RankReply, { type: 'rows' }>) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    worker.on('message', (reply: RankReply) => {
      if (reply.type === 'rows') onReply(reply);
      else resolve();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`ranking worker stopped with exit code ${code}`));
    });
    worker.postMessage(job);
  });
}

/** What a buyer wants, as a sort key: chapters of the wanted codes, then keywords. */
function groupKey(b: Buyer): string {
  return `${[...new Set(b.wants.map((w) => w.slice(0, 2)))].sort().join(',')}|${[...(b.keywords ?? [])].sort().join(',')}`;
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
