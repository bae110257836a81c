/**
 * The one-way flow of the source tree, enforced: each top-level folder of src/ may import
 * only the folders listed for it, and only the node-side folders may use Node built-ins.
 * ARCHITECTURE.md explains the layers; change both together.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../src');

/** Folder (or root barrel) → the folders it may import. A folder may always import itself. */
const ALLOWED: Record<string, readonly string[]> = {
  geo: [],
  model: ['geo', 'taxonomy'],
  taxonomy: ['model', 'geo'],
  score: ['model', 'geo', 'taxonomy'],
  rank: ['score', 'model', 'geo', 'taxonomy'],
  schedule: ['model', 'geo'],
  calibrate: ['rank', 'score', 'model', 'geo', 'taxonomy'],
  report: ['schedule', 'io', 'model', 'geo', 'taxonomy'],
  io: ['model', 'schedule', 'calibrate', 'geo', 'taxonomy'],
  node: ['rank', 'score', 'model', 'geo', 'taxonomy'],
  cli: ['io', 'rank', 'score', 'schedule', 'calibrate', 'report', 'model', 'geo', 'taxonomy', 'node'],
  '(root)': ['rank', 'score', 'schedule', 'calibrate', 'report', 'io', 'node', 'model', 'geo', 'taxonomy', 'cli'],
};

/** Only these may use `node:` modules (file helpers, worker threads, the command line). */
const NODE_SIDE = new Set(['io', 'node', 'cli']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const layerOf = (file: string): string => {
  const parts = relative(SRC, file).split(sep);
  return parts.length === 1 ? '(root)' : parts[0]!;
};

/** Import specifiers of a file, comments removed (TSDoc examples import the package by name). */
function importsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  const specs = [
    ...code.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/gm),
    ...code.matchAll(/(?:^|;)\s*import\s*['"]([^'"]+)['"]/gm),
    ...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return specs.map((m) => m[1]!);
}

const builtins = new Set(builtinModules);
const isNodeBuiltin = (spec: string) => spec.startsWith('node:') || builtins.has(spec.split('/')[0]!);

const files = sourceFiles(SRC);

describe('import rules', () => {
  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) expect(Object.keys(ALLOWED), relative(SRC, file)).toContain(layerOf(file));
  });

  it('each folder imports only the folders below it', () => {
    const broken: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = layerOf(resolve(dirname(file), spec));
        if (target !== from && !ALLOWED[from]!.includes(target))
          broken.push(`${relative(SRC, file)} → ${spec} (${from} may not import ${target})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('only io, node and cli use Node built-ins (the core runs in browsers)', () => {
    const broken: string[] = [];
    for (const file of files) {
      const layer = layerOf(file);
      if (NODE_SIDE.has(layer)) continue;
      for (const spec of importsOf(file)) if (isNodeBuiltin(spec)) broken.push(`${relative(SRC, file)} → ${spec}`);
    }
    expect(broken).toEqual([]);
  });

  it('the rule checker sees what it must (a self-test on known imports)', () => {
    const engine = importsOf(join(SRC, 'rank', 'engine.ts'));
    expect(engine.some((s) => s.startsWith('../score/'))).toBe(true);
    const cliMain = files.filter((f) => layerOf(f) === 'cli').flatMap(importsOf);
    expect(cliMain.some(isNodeBuiltin)).toBe(true);
  });
});
