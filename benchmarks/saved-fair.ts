/**
 * The fair as the full runs read it: rankingBenchmark saves the binary index and the buyers
 * into a folder once, and each full run (rankAll, rankAllSuppliers; 1 or 2 threads) loads them
 * in a fresh process, as a fair's script would: nothing memoised, no garbage from earlier
 * measurements.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Cuohe from '../src/index.js';
import { time, timeAsync } from './measure.js';

type Lib = typeof Cuohe;

/** CPU time of this process (every thread) in ms since `since` (a `process.cpuUsage()`). */
export const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/** A new folder holding the index (a binary snapshot) and the buyers. */
export function saveFair(index: Uint8Array, buyers: readonly Cuohe.Buyer[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'cuohe-bench-'));
  writeFileSync(join(dir, 'index.bin'), index);
  writeFileSync(join(dir, 'buyers.json'), JSON.stringify(buyers));
  return dir;
}

/**
 * The child-process side of a full run: loads the fair saved in `dir`, runs `rank` on it and
 * prints the times as one line of JSON (loadMs, rankMs, rankCpuMs, load, and what `more` adds)
 * for the parent.
 */
export async function timeSavedFair(
  lib: Lib,
  dir: string,
  rank: (engine: Cuohe.MatchEngine, buyers: Cuohe.Buyer[]) => unknown,
  more: () => Record<string, number> = () => ({}),
): Promise<void> {
  const [engine, loadMs] = time(() => lib.loadEngine(readFileSync(join(dir, 'index.bin'))));
  const buyers = lib.parseBuyers(JSON.parse(readFileSync(join(dir, 'buyers.json'), 'utf8')));
  const cpu = process.cpuUsage();
  const [, rankMs] = await timeAsync(async () => rank(engine, buyers));
  console.log(JSON.stringify({ loadMs, rankMs, rankCpuMs: cpuMs(cpu), load: loadavg()[0], ...more() }));
}
