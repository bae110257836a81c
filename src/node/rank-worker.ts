/**
 * Worker-thread side of `rankAllParallel`: builds its own engine over the same suppliers and
 * ranks the slice of buyers it is given. The engine is deterministic, so every worker gives
 * exactly what the main thread would.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createEngine } from '../rank/engine.js';
import { trustValidatedCopies } from '../model/parse.js';
import type { Buyer, Supplier } from '../model/types.js';
import type { EngineOptions, RankOptions } from '../rank/options.js';

interface Job {
  /** The validated suppliers as JSON (see rank-all-parallel.ts). */
  suppliersJson: string;
  buyers: Buyer[];
  engine: EngineOptions;
  rank: Omit<RankOptions, 'onProgress'>;
  describeCodes: boolean;
}

async function main(job: Job): Promise<void> {
  const engineOptions: EngineOptions = { ...job.engine };
  if (job.describeCodes) {
    const { hsDescription, isicDescription } = await import('../taxonomy/descriptions.js');
    engineOptions.describeCode = (scheme, code) => (scheme === 'hs' ? hsDescription(code) : isicDescription(code));
  }
  // The main thread validated these; the copies need not be parsed again.
  const suppliers = JSON.parse(job.suppliersJson) as Supplier[];
  const engine = createEngine(trustValidatedCopies(suppliers), engineOptions);
  const results = engine.rankAll(trustValidatedCopies(job.buyers), {
    ...job.rank,
    onProgress: (done) => {
      if (done % 25 === 0) parentPort!.postMessage({ type: 'progress', done });
    },
  });
  parentPort!.postMessage({ type: 'done', results: [...results] });
}

void main(workerData as Job);
