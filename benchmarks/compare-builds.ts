/**
 * The whole fair on two builds of cuohe, in one process, turn about: did a change make ranking
 * slower? Both builds rank the same profiles (from the generator of the build given as the
 * baseline, so an older build can read them), 60,000 suppliers × 10,000 buyers, top 10, one
 * thread, three rounds each; the ratio compares medians of the same run.
 *
 *   npx tsx benchmarks/compare-builds.ts <baseline checkout>     # e.g. a worktree of an older commit, built with tsup
 *   npx tsx benchmarks/compare-builds.ts <baseline> --suppliers=2000 --buyers=300
 *   npx tsx benchmarks/compare-builds.ts <baseline> --infer
 *     # a generator with words-only profiles: codes inferred by the baseline's cuohe/descriptions,
 *     # profiles left without any code dropped
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { load as loadAverage, machine } from './measure.js';

type Lib = typeof import('../src/index.js');

const [baselineDir] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!baselineDir) throw new Error('usage: compare-builds.ts <baseline checkout> [--suppliers=N] [--buyers=N]');
const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const suppliersN = arg('suppliers', 60_000);
const buyersN = arg('buyers', 10_000);
const ROUNDS = 3;
const ASOF = '2026-11-22';

const load = async (dir: string) => (await import(pathToFileURL(resolve(dir, 'dist/index.js')).href)) as Lib;
const baseline = await load(baselineDir);
const current = await load(new URL('..', import.meta.url).pathname);
const { generateFair } = (await import(
  pathToFileURL(resolve(baselineDir, 'examples/fair/synthetic-fair.ts')).href
)) as {
  generateFair: (o: { suppliers: number; buyers: number; seed?: number }) => { suppliers: object[]; buyers: object[] };
};
const generated = generateFair({ suppliers: suppliersN, buyers: buyersN, seed: 20261122 });
const fair = process.argv.includes('--infer') ? await inferred(generated) : generated;

/** The fair with codes inferred from words where a profile gives none (as benchmarks/fair.ts does). */
async function inferred(f: {
  suppliers: object[];
  buyers: object[];
}): Promise<{ suppliers: object[]; buyers: object[] }> {
  const { inferCodes } = (await import(
    pathToFileURL(resolve(baselineDir!, 'dist/descriptions.js')).href
  )) as typeof import('../src/taxonomy/descriptions.js');
  const some = (v: unknown) => Array.isArray(v) && v.length > 0;
  const usable = (o: object) => {
    const r = o as Record<string, unknown>;
    return some(r.products) || some(r.activities) || some(r.wants) || some(r.inferredProducts) || some(r.inferredWants);
  };
  return {
    suppliers: inferCodes(f.suppliers, { side: 'supplier' }).filter(usable),
    buyers: inferCodes(f.buyers, { side: 'buyer' }).filter(usable),
  };
}

/**
 * Wall time and the process's CPU time (user + system, GC threads included) of one rankAll: on
 * a machine shared with other work the CPU time is the steadier of the two (wall time also
 * counts the time other processes hold the cores).
 */
function run(lib: Lib): { ms: number; cpuMs: number; matches: number } {
  const suppliers = lib.parseSuppliers(fair.suppliers);
  const buyers = lib.parseBuyers(fair.buyers);
  const engine = lib.createEngine(suppliers, { asOf: ASOF });
  const cpu = process.cpuUsage();
  const t = performance.now();
  const ranked = engine.rankAll(buyers, { limit: 10 });
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  let matches = 0;
  for (const m of ranked.values()) matches += m.length;
  return { ms, cpuMs: (used.user + used.system) / 1000, matches };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const times: Record<'baseline' | 'current', number[]> = { baseline: [], current: [] };
const cpuTimes: Record<'baseline' | 'current', number[]> = { baseline: [], current: [] };
let counts = { baseline: 0, current: 0 };
const n = (x: number) => x.toLocaleString('en');
console.log(
  `${n(fair.suppliers.length)} suppliers × ${n(fair.buyers.length)} buyers, top 10, one thread; ${machine()}`,
);
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, lib] of [
    ['baseline', baseline],
    ['current', current],
  ] as const) {
    const r = run(lib);
    times[name].push(r.ms);
    cpuTimes[name].push(r.cpuMs);
    counts = { ...counts, [name]: r.matches };
    const took = `${(r.ms / 1000).toFixed(2)} s (CPU ${(r.cpuMs / 1000).toFixed(2)} s)`;
    console.log(`round ${round + 1} ${name.padEnd(8)} rankAll ${took}, ${n(r.matches)} matches, load ${loadAverage()}`);
  }
}
const bc = median(cpuTimes.baseline);
const cc = median(cpuTimes.current);
const seconds = (x: number) => `${(x / 1000).toFixed(2)} s`;
console.log(
  `\nCPU time median: baseline ${seconds(bc)}, current ${seconds(cc)} — current/baseline ${(cc / bc).toFixed(2)}×`,
);
const b = median(times.baseline);
const c = median(times.current);
console.log(
  `wall time median: baseline ${seconds(b)}, current ${seconds(c)} — current/baseline ${(c / b).toFixed(2)}× ` +
    `(matches ${n(counts.baseline)} vs ${n(counts.current)}); load at the end ${loadAverage()}`,
);
