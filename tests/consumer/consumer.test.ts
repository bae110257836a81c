/**
 * What a consumer gets from `npm pack`: the tarball installed into a fresh project, imported
 * as ESM, required as CommonJS, type-checked under strict with `bundler` and `node16`
 * resolution, and checked by publint and @arethetypeswrong/cli. Needs `npm run build` first
 * (the test script runs it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
let project = '';

const RANKING = `
const suppliers = parseSuppliers([
  { id: 'S1', name: 'Dongguan Power', country: 'CN', products: ['850440'], certifications: ['ISO 9001'] },
  { id: 'S2', name: 'Ohio Converters', country: 'US', products: ['8504'] },
]);
const [buyer] = parseBuyers([
  { id: 'B1', name: 'Berlin Energy', country: 'DE', wants: ['850440'], origins: { include: ['RCEP'] } },
]);
const ranked = createEngine(suppliers, { asOf: '2026-11-22' }).rank(buyer, { limit: 5 });
console.log(JSON.stringify(ranked.map((m) => [m.supplierId, m.score])));
`;

beforeAll(() => {
  expect(existsSync(join(root, 'dist/index.js'))).toBe(true);
  project = mkdtempSync(join(tmpdir(), 'cuohe-consumer-'));
  run('npm', ['pack', '--pack-destination', project, '--silent'], root);
  const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'))!;
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', `./${tarball}`, '--prefer-offline', '--no-audit', '--no-fund', '--silent'], project);
}, 240_000);

describe('the packed package', () => {
  it('imports as ESM and requires as CommonJS, with the same results', () => {
    writeFileSync(
      join(project, 'esm.mjs'),
      `import { createEngine, parseBuyers, parseSuppliers } from 'cuohe';\n` +
        `import { hsDescription } from 'cuohe/descriptions';\n${RANKING}\nconsole.log(hsDescription('850440'));`,
    );
    writeFileSync(
      join(project, 'cjs.cjs'),
      `const { createEngine, parseBuyers, parseSuppliers } = require('cuohe');\n` +
        `const { hsDescription } = require('cuohe/descriptions');\n${RANKING}\nconsole.log(hsDescription('850440'));`,
    );
    const esm = run('node', ['esm.mjs'], project);
    const cjs = run('node', ['cjs.cjs'], project);
    expect(esm).toBe(cjs);
    const [ranking, description] = esm.trim().split('\n');
    expect(
      JSON.parse(ranking!)
        .map((r: [string, number]) => r[0])
        .sort(),
    ).toStrictEqual(['S1', 'S2']);
    expect(description).toMatch(/static converters/i);
  });

  it('runs the worker pool from cuohe/node', () => {
    writeFileSync(
      join(project, 'node.mjs'),
      `import { parseBuyers, parseSuppliers } from 'cuohe';\nimport { rankAllParallel } from 'cuohe/node';\n` +
        `const s = parseSuppliers([{ id: 'S1', name: 'A', country: 'CN', products: ['8504'] }]);\n` +
        `const b = parseBuyers([{ id: 'B1', name: 'B', country: 'DE', wants: ['850440'] }, ` +
        `{ id: 'B2', name: 'C', country: 'FR', wants: ['85'] }]);\n` +
        `const m = await rankAllParallel(s, b, { threads: 2, engine: { asOf: '2026-11-22' } });\n` +
        `console.log([...m.keys()].join(','), m.get('B1').length);`,
    );
    expect(run('node', ['node.mjs'], project).trim()).toBe('B1,B2 1');
  });

  it('installs the cuohe command', () => {
    expect(run(join(project, 'node_modules/.bin/cuohe'), ['--help'], project)).toMatch(/Usage: cuohe/);
  });

  it.each([
    ['bundler', 'esnext'],
    ['node16', 'node16'],
  ])('type-checks a strict consumer with moduleResolution %s', (resolution, module) => {
    writeFileSync(
      join(project, 'consumer.ts'),
      'import { createEngine, parseBuyers, parseSuppliers, ValidationError, type Match, type Supplier } ' +
        `from 'cuohe';\n` +
        `import { suggestHsCodes } from 'cuohe/descriptions';\n` +
        `const suppliers: Supplier[] = parseSuppliers([]);\n` +
        `const engine = createEngine(suppliers, { weights: { region: 0.2 } });\n` +
        `const matches: Match[] = engine.rank(parseBuyers([])[0]!, { limit: 3 });\n` +
        `const first: number | undefined = matches[0]?.score;\n` +
        `const e: ValidationError | undefined = undefined;\n` +
        `const codes: string[] = suggestHsCodes('coffee').map((s) => s.code);\nexport { first, e, codes };\n`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module,
          moduleResolution: resolution,
          target: 'es2022',
          skipLibCheck: false,
          types: [],
        },
        files: ['consumer.ts'],
      }),
    );
    expect(() =>
      run('node', [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], project),
    ).not.toThrow();
  });

  it('passes publint and @arethetypeswrong/cli (node16 and bundler)', () => {
    expect(run('node', [join(root, 'node_modules/publint/src/cli.js')], root)).toMatch(/All good/);
    expect(() =>
      run(
        'node',
        [join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'), '--pack', '.', '--profile', 'node16'],
        root,
      ),
    ).not.toThrow();
    // attw packs and reads every entry point of the tarball: about a minute on a busy 2-core machine.
  }, 180_000);
});
