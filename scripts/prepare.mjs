// `npm run prepare`: builds dist/ when npm prepares the package from a git clone (`npm install
// github:…` runs `npm install` in the clone, then this) and before `npm pack` / `npm publish`.
// Skipped when there is nothing to do: on CI's `npm ci` (CI builds in `npm test`, and building
// twice would make every CI install about a minute slower), and when dist/ is newer than every
// source file (e.g. `npm pack` right after `npm run build`). CUOHE_BUILD=1 forces the build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const newest = (path) => {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
};
const built = ['index.js', 'index.cjs', 'index.d.ts', 'cli.js'].map((f) => join(root, 'dist', f));
const upToDate = () =>
  built.every(existsSync) &&
  Math.min(...built.map((f) => statSync(f).mtimeMs)) >=
    Math.max(newest(join(root, 'src')), newest(join(root, 'package.json')), newest(join(root, 'tsup.config.ts')));

const forced = process.env.CUOHE_BUILD === '1';
if (!forced && process.env.npm_command === 'ci' && process.env.CI) {
  console.log('cuohe: prepare skipped on CI (npm ci): npm test builds dist/');
} else if (!forced && upToDate()) {
  console.log('cuohe: dist/ is up to date');
} else {
  const r = spawnSync('npx', ['tsup', '--silent'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  process.exit(r.status ?? 1);
}
