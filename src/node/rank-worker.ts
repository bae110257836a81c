/**
 * Worker-thread side of `rankAllParallel`: wraps the shared core (no copy), then ranks each
 * run of buyers it is sent (validated by the main thread) with the same Ranker the engine
 * uses, and sends back every buyer's rows and the numbers the ranking computed for them. The
 * ranking is deterministic, so a worker finds exactly what the main thread would.
 */
import { parentPort } from 'node:worker_threads';
import { coreFromTree } from '../rank/engine-core.js';
import type { ResolvedRankOptions } from '../rank/options.js';
import { unpack } from '../rank/pack.js';
import { Ranker } from '../rank/ranker.js';
import { type RankMessage, type RankReply, writeNumbers } from './rank-protocol.js';

let ranker: Ranker | undefined;
/** Concepts of the buyer keywords sent so far (the main thread ran the engine's keywordConcepts). */
const concepts = new Map<string, readonly string[]>();
const conceptsOf = (keyword: string): readonly string[] => {
  const found = concepts.get(keyword);
  if (!found) throw new Error(`no concepts were sent for keyword ${JSON.stringify(keyword)}`);
  return found;
};
let options: ResolvedRankOptions | undefined;

function rankRun(start: number, buyers: Extract<RankMessage, { type: 'buyers' }>['buyers']): void {
  const counts: number[] = [];
  const rows: number[] = [];
  const numbers: number[] = [];
  for (const buyer of buyers) {
    const b = ranker!.compile(buyer);
    const hits = ranker!.top(b, options!);
    counts.push(hits.length);
    for (const h of hits) {
      rows.push(h.row);
      writeNumbers(numbers, h.data);
    }
  }
  const reply: RankReply = { start, counts, rows: Int32Array.from(rows), numbers: Float64Array.from(numbers) };
  parentPort!.postMessage(reply, [reply.rows.buffer as ArrayBuffer, reply.numbers.buffer as ArrayBuffer]);
}

// Messages, not workerData: the pool starts workers first, so they load this module while
// the main thread prepares the shared index.
parentPort!.on('message', (message: RankMessage) => {
  if (message.type === 'index') {
    const core = coreFromTree(unpack(message.layout, message.buffer));
    ranker = new Ranker(core, core.concepts ? conceptsOf : undefined);
    options = { ...message.rank, onProgress: undefined };
  } else {
    for (const [keyword, list] of message.concepts ?? []) concepts.set(keyword, list);
    rankRun(message.start, message.buyers);
  }
});
