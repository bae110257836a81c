/**
 * Every line of code a person reads is at most 120 characters: Biome wraps code at 120 but not
 * comments or strings. Generated tables are exempt.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAX_LINE = 120;
const root = new URL('../..', import.meta.url).pathname;

describe('line length', () => {
  it(`no line over ${MAX_LINE} characters in src, tests, examples, benchmarks and data scripts`, () => {
    const files = execFileSync('git', ['ls-files', '--', '*.ts', '*.mjs'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter((f) => f !== '' && !f.includes('/generated/'));
    expect(files.length).toBeGreaterThan(100);
    const long: string[] = [];
    for (const file of files) {
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if ([...line].length > MAX_LINE) long.push(`${file}:${i + 1} (${[...line].length})`);
        });
    }
    expect(long).toStrictEqual([]);
  });
});
