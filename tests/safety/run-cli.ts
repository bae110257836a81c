/** Runs the `cuohe` command from source as a separate process, in a fresh folder. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const root = new URL('../..', import.meta.url).pathname;
export const data = (file: string) => join(root, 'examples/data', file);
const loader = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;

export function freshDir(): string {
  return mkdtempSync(join(tmpdir(), 'cuohe-safety-'));
}

export function cuoheIn(dir: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', loader, join(root, 'src/cli/main.ts'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
