/**
 * Worker-thread side of `rankAllParallel`: wraps the shared core (no copy), ranks its slice
 * of buyers with the same Ranker the engine uses, and sends back each buyer's rows in runs.
 * The ranking is deterministic, so every worker finds exactly what the main thread would.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { trustValidatedCopies } from '../model/parse.js';
import type { Buyer } from '../model/types.js';
import { coreFromTree } from '../rank/engine-core.js';
import { unpack, type Layout } from '../rank/pack.js';
import { Ranker } from '../rank/ranker.js';

export interface RankJob {
  layout: Layout;
  buffer: SharedArrayBuffer;
  /** Validated by the main thread. */
  buyers: Buyer[];
  rank: { limit: number; minScore: number; maxPerCountry: number };
}

export type RankReply = { type: 'rows'; start: number; counts: number[]; rows: Int32Array } | { type: 'done' };

/** Buyers per reply: small enough for steady progress, large enough to keep messages few. */
const RUN = 50;

function main(job: RankJob): void {
  const ranker = new Ranker(coreFromTree(unpack(job.layout, job.buffer)));
  const options = { ...job.rank, onProgress: undefined };
  const buyers = trustValidatedCopies(job.buyers);
  for (let start = 0; start < buyers.length; start += RUN) {
    const counts: number[] = [];
    const rows: number[] = [];
    for (const buyer of buyers.slice(start, start + RUN)) {
      const hits = ranker.top(ranker.compile(buyer), options);
      counts.push(hits.length);
      for (const h of hits) rows.push(h.row);
    }
    const packed = Int32Array.from(rows);
    const reply: RankReply = { type: 'rows', start, counts, rows: packed };
    parentPort!.postMessage(reply, [packed.buffer as ArrayBuffer]);
  }
  parentPort!.postMessage({ type: 'done' } satisfies RankReply);
}

main(workerData as RankJob);
