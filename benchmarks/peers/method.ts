/**
 * What every peer method implements, and how optional peer packages are loaded.
 *
 * A method gets the whole data set once (`prepare`: import the package, build its index)
 * and then answers "top-k suppliers for buyers [from, from + count)" as often as the runner
 * asks (`search`). The runner (index.ts) times both and checks the answers against the
 * exact reference.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Seeded synthetic fair: L2-normalised Gaussian vectors, row-major Float32Arrays. */
export interface PeerData {
  /** Suppliers (rows of the matrix). */
  n: number;
  /** Buyers (queries). */
  m: number;
  dim: number;
  suppliers: Float32Array;
  buyers: Float32Array;
}

export interface Searcher {
  /**
   * Top-k supplier rows of buyers [from, from + count), best first, written to
   * `out[(b - from) * k + r]`; missing ranks stay -1.
   */
  search(from: number, count: number, out: Int32Array): void | Promise<void>;
  /** Setup time to report instead of the whole of `prepare` (e.g. without parsing). */
  buildSeconds?: number;
  /** Extra words for the row's note, known only after prepare (versions, thread counts). */
  note?: string;
  close?(): void | Promise<void>;
}

export interface PeerMethod {
  /** Row label in the table. */
  name: string;
  /** What the row measures. */
  note: string;
  /** Approximate nearest neighbours: its recall is expected below 1. */
  approximate?: boolean;
  /** Buyers for the JIT warm-up and the first rate estimate (default 16). */
  warmupBuyers?: number;
  prepare(data: PeerData, k: number, threads: number): Promise<Searcher>;
}

/** HNSW graph parameters shared by the usearch and hnswlib-node rows, for a like-for-like comparison. */
export const HNSW = { connectivity: 16, expansionAdd: 128, expansionSearch: 256 } as const;

/** Thrown when an optional peer package cannot be loaded: the row says "not installed". */
export class PeerNotInstalled extends Error {}

// Peer packages live in benchmarks/node_modules (benchmarks/package.json), not in the
// library's own dependencies, so they are resolved from there and typed locally: the root
// typecheck must pass on a clone where `npm ci --prefix benchmarks` was never run.
const requireFromBenchmarks = createRequire(new URL('../package.json', import.meta.url));

/** `import()` of an ESM peer package (resolved from benchmarks/). */
export async function importPeer<T>(name: string): Promise<T> {
  try {
    // A bare name resolves from this file's folder upwards, which reaches benchmarks/node_modules.
    return (await import(name)) as T;
  } catch (error) {
    throw notInstalled(name, error);
  }
}

/** `require()` of a CommonJS peer package (resolved from benchmarks/). */
export function requirePeer<T>(name: string): T {
  try {
    return requireFromBenchmarks(name) as T;
  } catch (error) {
    throw notInstalled(name, error);
  }
}

/** Installed version of a peer package (from benchmarks/node_modules; some packages do not export package.json). */
export function peerVersion(name: string): string {
  try {
    const json = readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8');
    return (JSON.parse(json) as { version?: string }).version ?? '?';
  } catch {
    return '?';
  }
}

function notInstalled(name: string, error: unknown): Error {
  // First line, without Node's "imported from <file>" tail.
  const message = (error instanceof Error ? error.message.split('\n')[0]! : String(error)).replace(
    / imported from .*$/,
    '',
  );
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' || /cannot find (module|package)/i.test(message)) {
    return new PeerNotInstalled(`${name}: ${message}`);
  }
  return error instanceof Error ? error : new Error(message);
}
