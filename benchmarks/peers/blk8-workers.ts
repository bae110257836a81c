/**
 * The blk8 kernel on worker_threads over SharedArrayBuffers: suppliers and buyers are copied
 * once into shared memory, each worker takes a contiguous share of the buyer range, and the
 * results come back through a shared Int32Array instead of messages.
 *
 * Workers are started in `prepare` (reported as setup: spawn, module load); the runner's
 * warm-up search compiles the kernel in each worker.
 */
import { Worker } from 'node:worker_threads';
import type { Blk8WorkerData } from './blk8-worker.js';
import type { PeerMethod } from './method.js';

/**
 * The worker is TypeScript. tsx does not register its loader in worker threads on Node 20
 * (even with `--import tsx` inherited through execArgv), so a small bootstrap loads the
 * worker module through tsx's `tsImport`, resolved from this file.
 */
const WORKER_URL = JSON.stringify(new URL('./blk8-worker.ts', import.meta.url).href);
const WORKER_BOOTSTRAP =
  `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})` +
  `.then(({ tsImport }) => tsImport(${WORKER_URL}, ${JSON.stringify(import.meta.url)}));`;

function sharedCopy(source: Float32Array): SharedArrayBuffer {
  const buffer = new SharedArrayBuffer(source.byteLength);
  new Float32Array(buffer).set(source);
  return buffer;
}

export const blk8Workers: PeerMethod = {
  name: 'tuned JS kernel, worker_threads over SharedArrayBuffer',
  note: 'exact; same kernel, buyers split between the workers',
  warmupBuyers: 64,
  async prepare(data, k, threads) {
    const { n, m, dim } = data;
    const shared: Blk8WorkerData = {
      suppliers: sharedCopy(data.suppliers),
      buyers: sharedCopy(data.buyers),
      out: new SharedArrayBuffer(m * k * 4),
      n,
      dim,
      k,
    };
    const results = new Int32Array(shared.out);
    const workers = Array.from(
      { length: threads },
      () => new Worker(WORKER_BOOTSTRAP, { eval: true, workerData: shared }),
    );
    // Setup includes loading the worker module (its first message), not only the thread start.
    await Promise.all(
      workers.map((w) => new Promise((resolve, reject) => w.once('message', resolve).once('error', reject))),
    );
    const run = (w: Worker, from: number, to: number) =>
      new Promise<void>((resolve, reject) => {
        if (from >= to) return resolve();
        const onError = (e: unknown) => reject(e instanceof Error ? e : new Error(String(e)));
        w.once('error', onError).once('message', () => {
          w.off('error', onError);
          resolve();
        });
        w.postMessage({ from, to });
      });
    return {
      note: `${threads} workers`,
      async search(from, count, out) {
        // Equal contiguous shares, rounded to whole 8-buyer blocks: per-buyer work is uniform.
        const share = Math.ceil(count / threads / 8) * 8;
        await Promise.all(
          workers.map((w, i) =>
            run(w, Math.min(from + count, from + i * share), Math.min(from + count, from + (i + 1) * share)),
          ),
        );
        out.set(results.subarray(from * k, (from + count) * k));
      },
      async close() {
        await Promise.all(workers.map((w) => w.terminate()));
      },
    };
  },
};
