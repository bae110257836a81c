/**
 * Meeting days: mutual candidates, then the schedule (pair choice + slots + tables), with the
 * pair choice (the maximum-weight b-matching) timed alone and against HiGHS solving the same
 * LP in the same run (plus, on the 3,000-participant day, the previous successive-shortest-path
 * solver and a greedy baseline). Each size runs without and with a supplier floor.
 */
import { loadavg } from 'node:os';
import type * as Cuohe from '../src/index.js';
import type { CandidatePair, Participant, Schedule, Slot } from '../src/index.js';
import { type Edge, maxWeightBMatching } from '../src/schedule/b-matching.js';
import { scheduleQuality } from '../src/schedule/quality.js';
import {
  benchmarkDayParticipants,
  benchmarkDayProfiles,
  benchmarkDaySlots,
  benchmarkFairParticipants,
  benchmarkFairProfiles,
  benchmarkFairSlots,
} from './benchmark-day.js';
import { ASOF, type InferCodes } from './fair.js';
import { loadHighs, solveWithHighs } from './highs-b-matching.js';
import { ms, record, time } from './measure.js';
import { maxWeightBMatching as sspBMatching } from './ssp-b-matching.js';

type Lib = typeof Cuohe;
type Highs = Awaited<ReturnType<typeof loadHighs>>;

export async function meetingDayBenchmark(lib: Lib, inferCodes: InferCodes): Promise<void> {
  const highs = await loadHighs();
  // Warm HiGHS up (WebAssembly compilation tiers) on a small LP before timing it.
  solveWithHighs(
    highs,
    4,
    [1, 1, 1, 1],
    [
      { buyer: 0, supplier: 2, score: 1 },
      { buyer: 1, supplier: 3, score: 0.5 },
    ],
    2,
  );
  {
    console.log('\n### Meeting day: 1,000 buyers, 2,000 suppliers, 16 slots, 200 tables\n');
    const { suppliers, buyers } = benchmarkDayProfiles(lib, inferCodes);
    const engine = lib.createEngine(suppliers, { asOf: ASOF });
    const [candidates, candWall, candMs] = timeBoth(() => engine.meetingCandidates(buyers, { perBuyer: 12 }));
    const slots = benchmarkDaySlots(lib);
    const participants = benchmarkDayParticipants(buyers, suppliers, slots);
    const size = '3,000 participants';
    record(size, 'meetingCandidates (12 per buyer)', both(candWall, candMs), `${candidates.length} pairs`);
    const schedule = runDay(lib, highs, size, { slots, tables: 200, participants, candidates }, 2, true);
    greedyBaseline(size, slots, 200, participants, candidates, schedule);
  }
  // `npm run bench -- --meeting-day --day-only`: the 3,000-participant day alone (a few minutes less).
  if (process.argv.includes('--day-only')) return;
  {
    console.log('\n### Trade fair: 10,000 buyers, 20,000 exhibitors, 3 days × 16 slots, 2,000 tables\n');
    const { suppliers, buyers } = benchmarkFairProfiles(lib, inferCodes);
    const engine = lib.createEngine(suppliers, { asOf: ASOF });
    const [candidates, candWall, candMs] = timeBoth(() => engine.meetingCandidates(buyers, { perBuyer: 20 }));
    const slots = benchmarkFairSlots(lib);
    const participants = benchmarkFairParticipants(buyers, suppliers, slots);
    const size = '30,000 participants';
    record(size, 'meetingCandidates (20 per buyer)', both(candWall, candMs), `${candidates.length} pairs`);
    runDay(lib, highs, size, { slots, tables: 2000, participants, candidates }, 2, false);
  }
}

/** End to end and the pair choice alone, without and with the floor, each against HiGHS. */
function runDay(
  lib: Lib,
  highs: Highs,
  size: string,
  input: { slots: Slot[]; tables: number; participants: Participant[]; candidates: CandidatePair[] },
  floor: number,
  withSsp: boolean,
): Schedule {
  const cap = input.tables * input.slots.length;
  const problem = pairChoiceProblem(input.slots, input.participants, input.candidates);
  let plain: Schedule | undefined;
  const repeats = withSsp ? 3 : 1;
  for (const f of [0, floor]) {
    const label = f ? ` (floor ${f})` : '';
    const floors = f ? problem.isSupplier.map((s) => (s ? f : 0)) : undefined;
    // The pair choice alone and HiGHS on the same LP, alternating; the median of `repeats` runs each.
    const pairRuns: number[] = [];
    const pairCpu: number[] = [];
    const lpRuns: number[] = [];
    const lpCpu: number[] = [];
    let chosen: number[] = [];
    let lp!: ReturnType<typeof solveWithHighs>;
    for (let r = 0; r < repeats; r++) {
      const [c, pairMs, pairCpuMs] = timeBoth(() =>
        maxWeightBMatching(problem.nodeCount, problem.capacity, problem.edges, cap, floors),
      );
      chosen = c;
      pairRuns.push(pairMs);
      pairCpu.push(pairCpuMs);
      const [l, , lpCpuMs] = timeBoth(() =>
        solveWithHighs(
          highs,
          problem.nodeCount,
          problem.capacity,
          problem.edges,
          cap,
          f,
          (node) => problem.isSupplier[node]!,
        ),
      );
      lp = l;
      lpRuns.push(lp.ms);
      lpCpu.push(lpCpuMs);
    }
    const pairMs = median(pairCpu);
    const lpMs = median(lpCpu);
    const runs = (wall: number[], cpu: number[]) =>
      wall.length > 1
        ? `; wall ${wall.map((x) => ms(x)).join(', ')}, CPU ${cpu.map((x) => ms(x)).join(', ')}`
        : `; wall ${ms(wall[0]!)}`;
    const pairTotal = chosen.reduce((s, i) => s + problem.edges[i]!.score, 0);
    const exact = Math.abs(lp.total - pairTotal) <= 1e-6 * Math.max(1, lp.total) && lp.chosen === chosen.length;
    record(
      size,
      `pair choice alone (network simplex)${label}`,
      `CPU ${ms(pairMs)}`,
      `${problem.edges.length} candidate pairs → ${chosen.length} chosen, ` +
        `total ${pairTotal.toFixed(6)}${runs(pairRuns, pairCpu)}`,
    );
    record(
      size,
      `HiGHS LP, same b-matching${label}`,
      `CPU ${ms(lpMs)}`,
      `total ${lp.total.toFixed(6)}, ${lp.chosen} pairs, ${lp.fractional} fractional; ` +
        `${exact ? 'same optimum' : '**DIFFERENT optimum**'}; ` +
        `network simplex / HiGHS = ${(pairMs / lpMs).toFixed(2)}× (CPU)${runs(lpRuns, lpCpu)}`,
    );
    if (!f && withSsp) {
      const [ssp, sspWall, sspMs] = timeBoth(() =>
        sspBMatching(problem.nodeCount, problem.capacity, problem.edges, cap),
      );
      const sspTotal = ssp.reduce((s, i) => s + problem.edges[i]!.score, 0);
      record(
        size,
        'previous pair choice (successive shortest paths)',
        `CPU ${ms(sspMs)}`,
        `total ${sspTotal.toFixed(6)}; network simplex is ${(sspMs / pairMs).toFixed(1)}× faster (CPU); ` +
          `wall ${ms(sspWall)}`,
      );
    }
    global.gc?.();
    const heap = process.memoryUsage().heapUsed;
    const [schedule, schedWall, schedMs] = timeBoth(() =>
      lib.scheduleMeetings(f ? { ...input, minMeetingsPerSupplier: f } : input),
    );
    const heapMb = (process.memoryUsage().heapUsed - heap) / 1e6;
    plain ??= schedule;
    const total = schedule.meetings.reduce((s, m) => s + m.score, 0);
    const optimum =
      Math.abs(total - pairTotal) <= 1e-6 * Math.max(1, total)
        ? 'the b-matching optimum'
        : `b-matching optimum ${pairTotal.toFixed(3)}`;
    const q = scheduleQuality(schedule, f ? { ...input, minMeetingsPerSupplier: f } : input);
    const share = ((100 * schedule.meetings.length) / cap).toFixed(1);
    record(
      size,
      `scheduleMeetings${label}, end to end`,
      both(schedWall, schedMs),
      `heap +${heapMb.toFixed(0)} MB; ${schedule.meetings.length} meetings = ${share} % of table-slots; ` +
        `total score ${total.toFixed(3)} (${optimum}); idle mean ${q.idle.mean.toFixed(2)} (p90 ${q.idle.p90}); ` +
        `${(100 * q.homeTables.share).toFixed(1)} % of ${q.homeTables.exhibitors} exhibitors at one table; ` +
        `load ${loadavg()[0]!.toFixed(2)}`,
    );
    if (f) {
      const ours = floorMeetings(schedule, f);
      const reasons = new Map<string, number>();
      for (const m of schedule.floorMissed ?? []) reasons.set(m.reason, (reasons.get(m.reason) ?? 0) + 1);
      const suppliers = input.participants.filter((p) => p.side === 'supplier').length;
      record(
        size,
        `floor coverage (floor ${f})`,
        `${ours.sum} of ${lp.floorMeetings} floor meetings (the LP bound)`,
        `${suppliers - (schedule.floorMissed?.length ?? 0)} of ${suppliers} exhibitors reach ${f}; ` +
          `below: ${[...reasons].map(([r, n]) => `${r} ${n}`).join(', ') || 'none'}; ` +
          `without the floor: ${floorMeetings(plain, f).sum} floor meetings, ` +
          `${countReaching(plain, f)} exhibitors reach ${f}, ` +
          `total score ${plain.meetings.reduce((s, m) => s + m.score, 0).toFixed(3)}`,
      );
    }
  }
  return plain!;
}

/**
 * Wall time and this process's CPU time (user + system) in ms: on a loaded machine the CPU
 * time is the steadier figure.
 */
function timeBoth<T>(fn: () => T): [T, number, number] {
  const cpu = process.cpuUsage();
  const [out, wall] = time(fn);
  const used = process.cpuUsage(cpu);
  return [out, wall, (used.user + used.system) / 1000];
}

const both = (wall: number, cpu: number) => `${ms(wall)} (CPU ${ms(cpu)})`;

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

function countReaching(schedule: Schedule, floor: number): number {
  const per = new Map<string, number>();
  for (const m of schedule.meetings) per.set(m.supplierId, (per.get(m.supplierId) ?? 0) + 1);
  return [...per.values()].filter((n) => n >= floor).length;
}

function floorMeetings(schedule: Schedule, floor: number): { sum: number } {
  const per = new Map<string, number>();
  for (const m of schedule.meetings) per.set(m.supplierId, (per.get(m.supplierId) ?? 0) + 1);
  let sum = 0;
  for (const n of per.values()) sum += Math.min(n, floor);
  return { sum };
}

/** The b-matching `scheduleMeetings` solves: quotas min(maxMeetings, free slots), pairs with a common free slot. */
function pairChoiceProblem(
  slots: Slot[],
  participants: Participant[],
  candidates: CandidatePair[],
): { nodeCount: number; capacity: number[]; edges: Edge[]; isSupplier: boolean[] } {
  const index = new Map(participants.map((p, i) => [`${p.side}:${p.id}`, i]));
  const free = participants.map((p) => new Set((p.available ?? slots).map((s) => s.start)));
  const capacity = participants.map((p, i) => Math.min(p.maxMeetings ?? slots.length, free[i]!.size));
  const best = new Map<string, Edge>();
  for (const c of candidates) {
    const buyer = index.get(`buyer:${c.buyerId}`)!;
    const supplier = index.get(`supplier:${c.supplierId}`)!;
    if (![...free[buyer]!].some((s) => free[supplier]!.has(s))) continue;
    const key = `${buyer}|${supplier}`;
    if (!best.has(key) || best.get(key)!.score < c.score) best.set(key, { buyer, supplier, score: c.score });
  }
  return {
    nodeCount: participants.length,
    capacity,
    edges: [...best.values()],
    isSupplier: participants.map((p) => p.side === 'supplier'),
  };
}

/** Greedy baseline: best pairs first into the earliest common open slot. */
function greedyBaseline(
  size: string,
  slots: Slot[],
  tables: number,
  participants: Participant[],
  candidates: CandidatePair[],
  schedule: Schedule,
): void {
  const busy = new Set<string>();
  const used = new Map<string, number>();
  const perSlot = new Array<number>(slots.length).fill(0);
  const free = new Map(
    participants.map((p) => [p.id, p.available ? new Set(p.available.map((a) => a.start)) : undefined]),
  );
  const quota = new Map(participants.map((p) => [p.id, p.maxMeetings ?? slots.length]));
  let greedyTotal = 0;
  let greedyCount = 0;
  for (const c of [...candidates].sort((a, b) => b.score - a.score)) {
    if (
      (used.get(c.buyerId) ?? 0) >= quota.get(c.buyerId)! ||
      (used.get(c.supplierId) ?? 0) >= quota.get(c.supplierId)!
    )
      continue;
    const s = slots.findIndex(
      (slot, i) =>
        perSlot[i]! < tables &&
        !busy.has(`${c.buyerId}@${i}`) &&
        !busy.has(`${c.supplierId}@${i}`) &&
        [c.buyerId, c.supplierId].every((id) => !free.get(id) || free.get(id)!.has(slot.start)),
    );
    if (s < 0) continue;
    busy.add(`${c.buyerId}@${s}`).add(`${c.supplierId}@${s}`);
    perSlot[s]!++;
    used.set(c.buyerId, (used.get(c.buyerId) ?? 0) + 1).set(c.supplierId, (used.get(c.supplierId) ?? 0) + 1);
    greedyTotal += c.score;
    greedyCount++;
  }
  const total = schedule.meetings.reduce((s, m) => s + m.score, 0);
  record(
    size,
    'vs greedy baseline',
    `total score ${total.toFixed(1)} vs ${greedyTotal.toFixed(1)} (${((total / greedyTotal - 1) * 100).toFixed(2)} %)`,
    `meetings ${schedule.meetings.length} vs ${greedyCount}`,
  );
}
