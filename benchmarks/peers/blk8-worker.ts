/**
 * Worker of blk8-workers.ts: views the shared supplier, buyer and result buffers (no copies)
 * and runs the blk8 kernel on the buyer range it is sent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { blk8TopK } from './blk8-kernel.js';

export interface Blk8WorkerData {
  suppliers: SharedArrayBuffer;
  buyers: SharedArrayBuffer;
  out: SharedArrayBuffer;
  n: number;
  dim: number;
  k: number;
}

const shared = workerData as Blk8WorkerData;
const suppliers = new Float32Array(shared.suppliers);
const buyers = new Float32Array(shared.buyers);
const out = new Int32Array(shared.out);

parentPort!.on('message', ({ from, to }: { from: number; to: number }) => {
  // Results land at absolute buyer rows in the shared output; only "done" is posted back.
  blk8TopK(suppliers, shared.n, buyers, shared.dim, from, to, shared.k, out, 0);
  parentPort!.postMessage('done');
});
parentPort!.postMessage('ready');
