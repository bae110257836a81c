/**
 * Reproducible benchmarks on a seeded synthetic fair (examples/fair/synthetic-fair.ts: 26
 * industries in 135 product lines over 64 HS chapters with a Zipf-like skew, a few per
 * cent of profiles giving only words (codes inferred) or only ISIC activities, 38 exhibitor
 * countries with China two thirds, 35 buyer countries, certificate rates per industry,
 * 8-dimensional capability vectors), and the peer libraries on the vector-only task of the field's reference table.
 *
 *   npm run bench                   2,000 and 60,000 suppliers (the whole fair: 10,000 buyers), peers, meeting day
 *   npm run bench -- --large        also 1,000,000 suppliers (index build, memory, latency, snapshot)
 *   npm run bench -- --quick        2,000 suppliers only
 *   npm run bench -- --no-peers     without the peer libraries
 *   npm run bench -- --fair         the 60,000 × 10,000 fair only (both sides), no meeting day or peers
 *   npm run bench -- --meeting-day  the meeting days only (3,000 and 30,000 participants, against HiGHS)
 *
 * cuohe runs from its build (dist/), as users run it; every ratio compares two measurements
 * of the same run. Results: benchmarks/README.md.
 */
import { existsSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import type * as Cuohe from '../src/index.js';
import type * as CuoheNode from '../src/node/index.js';
import type * as CuoheDescriptions from '../src/taxonomy/descriptions.js';
import { rankSuppliersInFreshProcess } from './both-sides.js';
import { largeBenchmark, rankAllInFreshProcess, rankingBenchmark } from './fair.js';
import { meetingDayBenchmark } from './meeting-day.js';

const args = new Set(process.argv.slice(2));
// Paths built at run time: the bundler leaves these imports to Node.
const here = new URL('.', import.meta.url);
const dist = (file: string) => new URL(`../../dist/${file}`, here).href;
const lib = (await import(dist('index.js'))) as typeof Cuohe;
const node = (await import(dist('node.js'))) as typeof CuoheNode;
// Profiles that give only words get their codes from the suggester before parsing, as a fair's script does.
const { inferCodes } = (await import(dist('descriptions.js'))) as typeof CuoheDescriptions;

// Child mode: one full rankAll run in this fresh process (see fair.ts).
const rankAllDir = process.argv.find((a) => a.startsWith('--rank-all='))?.slice('--rank-all='.length);
if (rankAllDir) {
  const threads = Number(process.argv.find((a) => a.startsWith('--threads='))?.slice('--threads='.length) ?? 1);
  await rankAllInFreshProcess(lib, node, rankAllDir, threads);
  process.exit(0);
}
// Child mode: every exhibitor's buyers in this fresh process (see both-sides.ts).
const rankSuppliersDir = process.argv.find((a) => a.startsWith('--rank-suppliers='))?.slice('--rank-suppliers='.length);
if (rankSuppliersDir) {
  const threads = Number(process.argv.find((a) => a.startsWith('--threads='))?.slice('--threads='.length) ?? 1);
  await rankSuppliersInFreshProcess(lib, node, rankSuppliersDir, threads);
  process.exit(0);
}

console.log(
  `# cuohe benchmarks — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ` +
    `${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
    `load ${loadavg()[0]!.toFixed(2)}`,
);
console.log('\n| size | what | time | notes |\n|---|---|---|---|');
if (args.has('--meeting-day')) {
  await meetingDayBenchmark(lib, inferCodes);
  console.log(`\nload average at the end: ${loadavg()[0]!.toFixed(2)}`);
  process.exit(0);
}
if (!args.has('--fair')) await rankingBenchmark(lib, inferCodes, 2_000, 300, 300);
if (!args.has('--quick')) {
  await rankingBenchmark(lib, inferCodes, 60_000, 10_000, 300);
  if (!args.has('--fair')) await meetingDayBenchmark(lib, inferCodes);
}
if (args.has('--large')) largeBenchmark(lib, inferCodes);

if (!args.has('--quick') && !args.has('--no-peers') && !args.has('--fair')) {
  console.log('\n### Peers: vector similarity only, 60,000 suppliers × 10,000 buyers × 64 dimensions, top 10\n');
  const peers = new URL('../peers/index.ts', here);
  if (!existsSync(new URL('../node_modules/usearch', here))) {
    console.log('Peer libraries not installed: npm ci --prefix benchmarks (the bench script does this).');
  } else {
    const { runPeers } = (await import(peers.href)) as { runPeers: (o?: object) => Promise<{ table: string }> };
    console.log((await runPeers()).table);
  }
}
console.log(`\nload average at the end: ${loadavg()[0]!.toFixed(2)}`);
