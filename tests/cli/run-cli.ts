/** Runs the `cuohe` command from source as a separate process, in a fresh folder. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const root = new URL('../..', import.meta.url).pathname;
export const data = (file: string) => join(root, 'examples/data', file);
/** Node's arguments that load TypeScript sources (tsx), to put before a script. */
export const TSX = ['--import', pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href];
/** Node's arguments that run `cuohe` from source with `args`. */
export const cliArgs = (args: readonly string[]) => [...TSX, join(root, 'src/cli/main.ts'), ...args];

/** A new empty folder under the system's temporary folder. */
export function freshDir(prefix = 'cuohe-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** `cuohe args…` run in `dir`: its exit code and output. */
export function cuoheIn(dir: string, args: readonly string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, cliArgs(args), {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** `cuohe schedule` options for a short sample day: 23 Nov 2026 in Shanghai, four slots. */
export const DAY = ['--date', '2026-11-23', '--timezone', 'Asia/Shanghai', '--count', '4'];
