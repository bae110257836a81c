/**
 * Worker-thread side of `rankAllSuppliersParallel`: wraps the shared core (no copy),
 * compiles and indexes every buyer once, then ranks each run of supplier rows it is sent
 * (positions in `index.walk`: rows with the same codes together) with the same BuyerIndex the
 * engine uses, and sends back buyers and numbers.
 */
import { parentPort } from 'node:worker_threads';
import { BuyerIndex } from '../rank/buyer-index.js';
import { coreFromTree } from '../rank/engine-core.js';
import type { ResolvedRankOptions } from '../rank/options.js';
import { unpack } from '../rank/pack.js';
import { Ranker } from '../rank/ranker.js';
import { PairScores } from '../score/kernel/score-pair.js';
import { writeNumbers } from './rank-protocol.js';
import type { SuppliersMessage, SuppliersReply } from './suppliers-protocol.js';

let state: { index: BuyerIndex; options: ResolvedRankOptions } | undefined;
const scratch = new PairScores();

function rankRows(start: number, end: number): void {
  const { index, options } = state!;
  const counts: number[] = [];
  const buyers: number[] = [];
  const numbers: number[] = [];
  const walk = index.walk;
  for (let at = start; at < end; at++) {
    const row = walk[at]!;
    const hits = index.top(row, options, scratch);
    counts.push(hits.length);
    for (const h of hits) {
      buyers.push(h.row);
      writeNumbers(numbers, h.data);
    }
  }
  const reply: SuppliersReply = { start, counts, buyers: Int32Array.from(buyers), numbers: Float64Array.from(numbers) };
  parentPort!.postMessage(reply, [reply.buyers.buffer as ArrayBuffer, reply.numbers.buffer as ArrayBuffer]);
}

parentPort!.on('message', (message: SuppliersMessage) => {
  if (message.type === 'index') {
    const core = coreFromTree(unpack(message.layout, message.buffer));
    const concepts = new Map(message.concepts ?? []);
    const conceptsOf = (keyword: string): readonly string[] => {
      const found = concepts.get(keyword);
      if (!found) throw new Error(`no concepts were sent for keyword ${JSON.stringify(keyword)}`);
      return found;
    };
    const ranker = new Ranker(core, core.concepts ? conceptsOf : undefined);
    const index = new BuyerIndex(
      message.buyers.map((b) => ranker.compile(b)),
      ranker.kernel,
      core.options.minIndustryLevel,
    );
    state = { index, options: { ...message.rank, onProgress: undefined } };
  } else rankRows(message.start, message.end);
});
