/**
 * What the worker-thread rankings share: their options, the engine built from suppliers when
 * no engine is given, and the pool that hands runs of work to the workers on demand and
 * settles once — on the last answer, or on the first failure (a worker error or exit, a
 * throwing callback, an abort, a timeout).
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { unknownKeyIssues } from '../model/suggest-field.js';
import type { Supplier } from '../model/types.js';
import { issue, ValidationError } from '../model/validation-error.js';
import { createEngine, type MatchEngine } from '../rank/engine.js';
import type { EngineOptions, RankOptions } from '../rank/options.js';

/**
 * Options of `rankAllParallel` and `rankAllSuppliersParallel`.
 * @example
 * const options: ParallelOptions = {
 *   threads: 2,
 *   engine: { asOf: '2026-11-22' },
 *   rank: { limit: 10 },
 *   describeCodes: true,
 * };
 */
export interface ParallelOptions {
  /**
   * Threads that rank; default: the machine's available parallelism. `rankAllParallel` starts
   * that many workers; `rankAllSuppliersParallel` ranks on this thread too and starts one fewer
   * (`threads: 1` runs on this thread alone).
   */
  threads?: number;
  /** Engine options, when suppliers (not an engine) are given. */
  engine?: EngineOptions;
  /**
   * Name HS / ISIC codes in explanations, when suppliers are given: shorthand for
   * `engine: { describeCode }` with the ready-made `describeCode` of `cuohe/descriptions`
   * (loaded only then). A `describeCode` function in `engine` is used instead when given.
   */
  describeCodes?: boolean;
  /**
   * Rank options; `onProgress(done, total)` counts buyers (`rankAllParallel`) or suppliers
   * (`rankAllSuppliersParallel`) over all workers. A callback that throws rejects the call with
   * its error and stops the workers.
   */
  rank?: RankOptions;
  /** Cancels the call: it rejects with the signal's reason and the workers stop. */
  signal?: AbortSignal;
  /**
   * Milliseconds a worker may take to answer one run before the call fails with a timeout and
   * the workers stop (a stuck worker never hangs the host). Default 300000.
   */
  timeout?: number;
}

/** Default of `ParallelOptions.timeout`. */
const DEFAULT_TIMEOUT = 300_000;
const OPTION_KEYS = ['threads', 'engine', 'describeCodes', 'rank', 'signal', 'timeout'];

/** `options` checked, with the thread count and timeout resolved. @throws {ValidationError} naming the bad option. */
export function checkParallelOptions(options: ParallelOptions): { threads: number; timeout: number } {
  const unknown = unknownKeyIssues(options, OPTION_KEYS, ['options']);
  if (unknown.length) throw new ValidationError(unknown, 'invalid options');
  const threads = options.threads ?? availableParallelism();
  if (!Number.isInteger(threads) || threads < 1 || threads > 256)
    throw new ValidationError([issue(['options', 'threads'], 'out-of-range', { min: 1, max: 256, whole: true })]);
  if (options.describeCodes !== undefined && typeof options.describeCodes !== 'boolean') {
    throw new ValidationError([issue(['options', 'describeCodes'], 'wrong-type', { expected: 'true or false' })]);
  }
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal))
    throw new ValidationError([issue(['options', 'signal'], 'wrong-type', 'must be an AbortSignal')]);
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  if (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout < 1 || timeout > 2 ** 31 - 1) {
    throw new ValidationError([
      issue(['options', 'timeout'], 'out-of-range', 'must be a whole number of milliseconds from 1 to 2147483647'),
    ]);
  }
  return { threads, timeout };
}

/**
 * Workers to start: at most the machine's parallelism (more threads than cores only add
 * memory and switching — 256 on 2 cores took 142 s instead of 1.5 s) and at most one per run.
 * @internal
 */
export function workerCount(threads: number, runs: number, parallelism = availableParallelism()): number {
  return Math.max(1, Math.min(threads, Math.max(1, parallelism), runs));
}

/**
 * The engine given, or one built over the suppliers given with `options.engine` (code names
 * with `describeCodes`: `cuohe/descriptions`' own `describeCode`, in the engine's locale).
 */
export async function engineOf(source: Supplier[] | MatchEngine, options: ParallelOptions): Promise<MatchEngine> {
  if (!Array.isArray(source)) return source;
  if (!options.describeCodes || options.engine?.describeCode) return createEngine(source, options.engine);
  const { describeCode } = await import('../taxonomy/descriptions.js');
  return createEngine(source, { ...options.engine, describeCode });
}

/** One call's work, as the pool drives it. */
export interface PoolJob<Reply> {
  /** The first message to a worker (the shared index and what every run needs). */
  start(worker: Worker): void;
  /** Posts the next run to `worker`; false when none is left. */
  send(worker: Worker): boolean;
  /** Takes a worker's answer to one run; a throw fails the call. */
  receive(reply: Reply): void;
}

/**
 * Runs `job` on `workers` until every run is answered: two runs in flight per worker, so a
 * worker never waits for its next one. Rejects on the first failure; the caller stops the
 * workers afterwards either way.
 */
export function runPool<Reply>(
  workers: readonly Worker[],
  job: PoolJob<Reply>,
  control: { signal?: AbortSignal | undefined; timeout: number },
): Promise<void> {
  const { signal, timeout } = control;
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    let running = workers.length;
    const timers = new Map<Worker, ReturnType<typeof setTimeout>>();
    const settle = (error?: unknown) => {
      if (settled) return;
      settled = true;
      for (const t of timers.values()) clearTimeout(t);
      signal?.removeEventListener('abort', onAbort);
      if (error === undefined) resolve();
      else reject(error);
    };
    const onAbort = () => settle(signal!.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    // A worker's first answer also covers whatever `start` asked it to prepare.
    const watch = (worker: Worker) => {
      clearTimeout(timers.get(worker));
      timers.set(
        worker,
        setTimeout(() => settle(new Error(`a ranking worker did not answer within ${timeout} ms`)), timeout),
      );
    };
    const finished = (worker: Worker) => {
      clearTimeout(timers.get(worker));
      timers.delete(worker);
      if (--running === 0) settle();
    };
    if (running === 0) return settle();
    for (const worker of workers) {
      let inFlight = 0;
      worker.on('message', (reply: Reply) => {
        if (settled) return;
        try {
          job.receive(reply);
        } catch (error) {
          return settle(error);
        }
        inFlight--;
        if (job.send(worker)) inFlight++;
        if (inFlight === 0) finished(worker);
        else watch(worker);
      });
      worker.on('error', settle);
      worker.on('exit', (code) => settle(new Error(`ranking worker stopped with exit code ${code}`)));
      job.start(worker);
      for (let k = 0; k < 2 && job.send(worker); k++) inFlight++;
      if (inFlight === 0) finished(worker);
      else watch(worker);
    }
  });
}
