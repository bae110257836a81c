/**
 * Runs the peer comparison alone and prints its markdown table (progress goes to stderr):
 *
 *   npm ci --prefix benchmarks && npx tsup
 *   node --expose-gc --import tsx benchmarks/peers/main.ts [--n=60000] [--buyers=10000] [--dim=64]
 *        [--target=2] [--repeats=3] [--threads=2] [--reference=500] [--seed=20261122]
 *        [--only=usearch,hnswlib] [--json=file]
 */
import { writeFileSync } from 'node:fs';
import { type PeersOptions, runPeers } from './index.js';

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key, value = ''] = arg.replace(/^--/, '').split('=');
    return [key!, value] as const;
  }),
);
const number = (key: string): number | undefined => {
  if (!args.has(key)) return undefined;
  const value = Number(args.get(key));
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${key} must be a positive number`);
  return value;
};

const options: PeersOptions = {};
const set = <K extends keyof PeersOptions>(key: K, value: PeersOptions[K] | undefined) => {
  if (value !== undefined) options[key] = value;
};
set('n', number('n'));
set('buyers', number('buyers'));
set('dim', number('dim'));
set('seed', number('seed'));
set('targetSeconds', number('target'));
set('repeats', number('repeats'));
set('threads', number('threads'));
set('referenceBuyers', number('reference'));
set('only', args.get('only')?.split(',').filter(Boolean));

const report = await runPeers(options);
console.log(
  `\n## Peers — ${report.date}, Node ${report.node}, ${report.machine}, ` +
    `load average ${report.load.map((l) => l.toFixed(1)).join(' → ')}`,
);
console.log(
  `\n${report.n.toLocaleString('en')} suppliers × ${report.buyers.toLocaleString('en')} buyers, d = ${report.dim}, ` +
    `top-${report.k}, seed ${report.seed}, ${report.threads} threads for the multi-threaded rows, ` +
    `median of ${report.repeats} timed runs per method. ` +
    `Recall against an exact float64 reference (first ${report.referenceBuyers} buyers, ` +
    `${report.referenceSeconds.toFixed(1)} s; lowest ${report.k}th-best score ${report.lowestKthScore.toFixed(3)}).\n`,
);
console.log(report.table);
const json = args.get('json');
if (json) writeFileSync(json, JSON.stringify(report, null, 2));
