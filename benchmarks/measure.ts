/** Small helpers shared by the benchmark files: timing, percentiles, formatting, the result rows. */
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

export const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 2 : 0)} ms`);
export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;
export const ratio = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)}×`;
/** "3.2× faster" or "0.6× (slower)": `baseline` time over `ours`. */
export const faster = (baseline: number, ours: number) =>
  baseline >= ours ? `${ratio(baseline / ours)} faster` : `${ratio(baseline / ours)} (slower)`;

export function percentile(xs: readonly number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const out = fn();
  return [out, performance.now() - t];
}

export async function timeAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const out = await fn();
  return [out, performance.now() - t];
}

/** JS heap plus typed-array buffers (where the engine's tables live). */
export function usedMemory(): number {
  global.gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** Result rows, printed as they come and kept for the summary. */
export const rows: string[][] = [];
export function record(...cells: string[]): void {
  rows.push(cells);
  console.log(`| ${cells.join(' | ')} |`);
}

/** The one-minute load average, as printed next to figures measured on a shared machine. */
export const load = () => loadavg()[0]!.toFixed(2);

/** Date, Node, CPU model × threads, memory and load: the header line of a benchmark run. */
export function machine(): string {
  const cpu = `${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}`;
  const memory = `${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
  return `${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpu}, ${memory}, load ${load()}`;
}
