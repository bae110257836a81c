/**
 * The whole fair on two builds of cuohe, in one process, turn about: did a change make ranking
 * slower? Both builds rank the same profiles (from the generator of the build given as the
 * baseline, so an older build can read them), 60,000 suppliers × 10,000 buyers, top 10, one
 * thread, three rounds each; the ratio compares medians of the same run.
 *
 *   npx tsx benchmarks/compare-builds.ts <baseline checkout>     # e.g. a worktree of an older commit, built with tsup
 *   npx tsx benchmarks/compare-builds.ts <baseline> --suppliers=2000 --buyers=300
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

type Lib = typeof import('../src/index.js');

const [baselineDir] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!baselineDir) throw new Error('usage: compare-builds.ts <baseline checkout> [--suppliers=N] [--buyers=N]');
const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const suppliersN = arg('suppliers', 60_000);
const buyersN = arg('buyers', 10_000);
const ROUNDS = 3;
const ASOF = '2026-11-22';

const load = async (dir: string) => (await import(pathToFileURL(resolve(dir, 'dist/index.js')).href)) as Lib;
const baseline = await load(baselineDir);
const current = await load(new URL('..', import.meta.url).pathname);
const { generateFair } = (await import(pathToFileURL(resolve(baselineDir, 'examples/fair/synthetic-fair.ts')).href)) as {
  generateFair: (o: { suppliers: number; buyers: number; seed?: number }) => { suppliers: object[]; buyers: object[] };
};
const fair = generateFair({ suppliers: suppliersN, buyers: buyersN, seed: 20261122 });

function run(lib: Lib): { ms: number; matches: number; engine: ReturnType<Lib['createEngine']>; buyers: ReturnType<Lib['parseBuyers']> } {
  const suppliers = lib.parseSuppliers(fair.suppliers);
  const buyers = lib.parseBuyers(fair.buyers);
  const engine = lib.createEngine(suppliers, { asOf: ASOF });
  const t = performance.now();
  const ranked = engine.rankAll(buyers, { limit: 10 });
  const ms = performance.now() - t;
  let matches = 0;
  for (const m of ranked.values()) matches += m.length;
  return { ms, matches, engine, buyers };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const times: Record<'baseline' | 'current', number[]> = { baseline: [], current: [] };
let counts = { baseline: 0, current: 0 };
console.log(`${suppliersN.toLocaleString('en')} suppliers × ${buyersN.toLocaleString('en')} buyers, top 10, one thread; ${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, Node ${process.version}, load ${loadavg()[0]!.toFixed(2)}`);
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, lib] of [['baseline', baseline], ['current', current]] as const) {
    const r = run(lib);
    times[name].push(r.ms);
    counts = { ...counts, [name]: r.matches };
    console.log(`round ${round + 1} ${name.padEnd(8)} rankAll ${(r.ms / 1000).toFixed(2)} s, ${r.matches.toLocaleString('en')} matches`);
  }
}
const b = median(times.baseline);
const c = median(times.current);
console.log(`\nmedian: baseline ${(b / 1000).toFixed(2)} s, current ${(c / 1000).toFixed(2)} s — current/baseline ${(c / b).toFixed(2)}× (matches ${counts.baseline.toLocaleString('en')} vs ${counts.current.toLocaleString('en')}); load at the end ${loadavg()[0]!.toFixed(2)}`);
