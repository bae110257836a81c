/**
 * Where the buyer side's time goes: `rankAll` over 60,000 suppliers and a slice of the buyers
 * under the V8 profiler (started after parsing and building, stopped after ranking), self time
 * summed per function (top 25), for this build or another one (its `dist/`), on the profiles
 * the generator of `--fair` (default: the build dir) writes: give an older checkout to profile
 * two builds on the same fair.
 *
 *   npx tsup && npx tsx benchmarks/profile-rank-all.ts [build dir] [--buyers=2000] [--fair=<dir>]
 *     [--save=<file.cpuprofile>]
 *   npx tsx benchmarks/profile-rank-all.ts --read=<file.cpuprofile>   # the table of a saved profile
 *   --side=suppliers: rankAllSuppliers instead of rankAll; --time-only: no profiler, times only
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

type Lib = typeof import('../src/index.js');
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const saved = arg('read');
if (saved) {
  printTable(JSON.parse(readFileSync(saved, 'utf8')) as Profile);
} else {
  const dir = resolve(
    process.argv.slice(2).find((a) => !a.startsWith('--')) ?? new URL('..', import.meta.url).pathname,
  );
  const buyersN = Number(arg('buyers') ?? 2000);
  const lib = (await import(pathToFileURL(resolve(dir, 'dist/index.js')).href)) as Lib;
  const { generateFair } = (await import(
    pathToFileURL(resolve(arg('fair') ?? dir, 'examples/fair/synthetic-fair.ts')).href
  )) as {
    generateFair: (o: { suppliers: number; buyers: number; seed?: number }) => {
      suppliers: object[];
      buyers: object[];
    };
  };
  const fair = generateFair({ suppliers: 60_000, buyers: buyersN, seed: 20261122 });
  // Profiles that give only words (from a newer generator) are left out: this is about ranking.
  const usable = (r: Record<string, unknown>) =>
    ['products', 'activities', 'wants'].some((k) => Array.isArray(r[k]) && (r[k] as unknown[]).length > 0);
  const suppliers = lib.parseSuppliers(fair.suppliers.filter((s) => usable(s as Record<string, unknown>)));
  const buyers = lib.parseBuyers(fair.buyers.filter((b) => usable(b as Record<string, unknown>)));
  const engine = lib.createEngine(suppliers, { asOf: '2026-11-22' });
  // --time-only: the same run without the profiler, for its CPU time.
  const session = process.argv.includes('--time-only') ? undefined : new Session();
  session?.connect();
  await session?.post('Profiler.enable');
  await session?.post('Profiler.setSamplingInterval', { interval: 200 });
  await session?.post('Profiler.start');
  const suppliersSide = arg('side') === 'suppliers';
  const t = performance.now();
  const cpu = process.cpuUsage();
  const ranked = suppliersSide ? engine.rankAllSuppliers(buyers, { limit: 10 }) : engine.rankAll(buyers, { limit: 10 });
  const ms = performance.now() - t;
  const cpuUsed = process.cpuUsage(cpu);
  const cpuS = (cpuUsed.user + cpuUsed.system) / 1e6;
  if (session) {
    const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
    session.disconnect();
    const file = arg('save');
    if (file) writeFileSync(file, JSON.stringify(profile));
    printTable(profile);
  }
  let matches = 0;
  for (const m of ranked.values()) matches += m.length;
  const sizes = `${suppliers.length.toLocaleString('en')} × ${buyers.length.toLocaleString('en')}`;
  const tail = `${matches} matches, load ${loadavg()[0]!.toFixed(2)}`;
  console.log(
    suppliersSide
      ? `\n${dir}: rankAllSuppliers ${sizes}, ${(ms / 1000).toFixed(2)} s (CPU ${cpuS.toFixed(2)} s), ${tail}`
      : `\n${dir}: rankAll ${sizes}, ${(ms / buyers.length).toFixed(3)} ms per buyer ` +
          `(CPU ${cpuS.toFixed(2)} s in all), ${tail}`,
  );
}

function printTable(profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  for (const id of profile.samples) {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + 1);
    total++;
  }
  console.log(`${total} samples\n\n| function | self |\n|---|---:|`);
  for (const [key, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`| ${key} | ${((100 * n) / total).toFixed(1)} % |`);
}
