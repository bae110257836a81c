/**
 * Where `scheduleMeetings` spends its time on the 3,000-participant day of meeting-day.ts
 * (1,000 buyers, 2,000 exhibitors, 16 slots, 200 tables, every fifth buyer free only in the
 * afternoon): one warm-up run, then one run under the V8 profiler; self time summed per function
 * (top 25), with CPU and wall time of the profiled run and the load average. With `--fair`, the
 * 30,000-participant fair of meeting-day.ts instead (no warm-up run: it takes long enough).
 *
 *   npx tsup && npx tsx benchmarks/profile-day.ts [--fair] [--floor=2] [--src] [--save=<file.cpuprofile>]
 *     [--cache=<input.json>]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import type * as CuoheDay from '../src/day.js';
import type * as Cuohe from '../src/index.js';
import type { ScheduleInput } from '../src/index.js';
import type * as CuoheDescriptions from '../src/taxonomy/descriptions.js';
import { benchmarkDay, benchmarkFair } from './benchmark-day.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

const here = new URL('.', import.meta.url);
// --src: the TypeScript sources (through tsx) instead of the build, for quick iterations.
const fromSrc = process.argv.includes('--src');
const lib = (await import(new URL(fromSrc ? '../src/index.ts' : '../dist/index.js', here).href)) as typeof Cuohe;
const day = (await import(new URL(fromSrc ? '../src/day.ts' : '../dist/day.js', here).href)) as typeof CuoheDay;
const { inferCodes } = (await import(
  new URL(fromSrc ? '../src/taxonomy/descriptions.ts' : '../dist/descriptions.js', here).href
)) as typeof CuoheDescriptions;
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const floor = Number(arg('floor') ?? 0);
const cache = arg('cache');
const fair = process.argv.includes('--fair');

function dayInput(): ScheduleInput {
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as ScheduleInput;
  const input = (fair ? benchmarkFair : benchmarkDay)(lib, inferCodes);
  if (cache) writeFileSync(cache, JSON.stringify(input));
  return input;
}

const base = dayInput();
const input = floor ? { ...base, minMeetingsPerSupplier: floor } : base;
if (!fair) lib.scheduleMeetings(input); // warm-up
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const cpu = process.cpuUsage();
const t = performance.now();
const schedule = lib.scheduleMeetings(input);
const wall = performance.now() - t;
const used = process.cpuUsage(cpu);
const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
session.disconnect();
const file = arg('save');
if (file) writeFileSync(file, JSON.stringify(profile));
printTable(profile);
const q = day.scheduleQuality(schedule, input);
console.log(
  `\nscheduleMeetings${floor ? ` (floor ${floor})` : ''}: CPU ${((used.user + used.system) / 1000).toFixed(0)} ms, ` +
    `wall ${wall.toFixed(0)} ms (profiled); ${q.meetings} meetings, total ${q.totalScore.toFixed(3)}, ` +
    `idle mean ${q.idle.mean.toFixed(2)} (p90 ${q.idle.p90}, max ${q.idle.max}), ` +
    `${(100 * q.homeTables.share).toFixed(1)} % of ${q.homeTables.exhibitors} exhibitors at one table; ` +
    `load ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
);

function printTable(p: Profile): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  for (const id of p.samples) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + 1);
  }
  console.log(`${p.samples.length} samples\n\n| function | self |\n|---|---:|`);
  for (const [key, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`| ${key} | ${((100 * n) / p.samples.length).toFixed(1)} % |`);
}
