/**
 * Worker-thread side of `rankAllParallel`: wraps the shared core (no copy), ranks its slice
 * of buyers (validated by the main thread) with the same Ranker the engine uses, and sends
 * back each buyer's rows and numbers in runs.
 * The ranking is deterministic, so every worker finds exactly what the main thread would.
 */
import { parentPort } from 'node:worker_threads';
import { coreFromTree } from '../rank/engine-core.js';
import { unpack } from '../rank/pack.js';
import type { RankJob, RankReply } from './rank-protocol.js';
import { Ranker } from '../rank/ranker.js';

/** Buyers per reply: small enough for steady progress, large enough to keep messages few. */
const RUN = 50;

function main(job: RankJob): void {
  const ranker = new Ranker(coreFromTree(unpack(job.layout, job.buffer)));
  const options = { ...job.rank, onProgress: undefined };
  const buyers = job.buyers;
  for (let start = 0; start < buyers.length; start += RUN) {
    const counts: number[] = [];
    const rows: number[] = [];
    const numbers: number[] = [];
    for (const buyer of buyers.slice(start, start + RUN)) {
      const b = ranker.compile(buyer);
      const hits = ranker.top(b, options);
      counts.push(hits.length);
      for (const h of hits) {
        const r = ranker.score(b, h.row);
        rows.push(h.row);
        numbers.push(r.score, ...r.components, r.excluded, r.supplierSide, r.mutual);
      }
    }
    const reply: RankReply = { type: 'rows', start, counts, rows: Int32Array.from(rows), numbers: Float64Array.from(numbers) };
    parentPort!.postMessage(reply, [reply.rows.buffer as ArrayBuffer, reply.numbers.buffer as ArrayBuffer]);
  }
  parentPort!.postMessage({ type: 'done' } satisfies RankReply);
}

// The job comes by message: the pool starts workers first, so they load this module while
// the main thread prepares the shared index.
parentPort!.once('message', (job: RankJob) => main(job));
