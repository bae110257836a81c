/**
 * Large input files: peak memory and time of `cuohe validate` and `cuohe match` (the built
 * CLI, as users run it) on 50 MB and 200 MB exhibitor CSVs, against the whole-file path
 * (read the file, decode it, `readSuppliersCsv` the text) in the same run.
 *
 *   npm run build && npx tsx benchmarks/large-input.ts [--sizes 50,200] [--baseline-sizes 50]
 *
 * The inputs are generated into a temporary folder (rows of examples/data/exhibitors.csv with
 * fresh ids, repeated to size) and deleted afterwards; nothing is committed. Peak memory is
 * the process's maximum resident set size from /usr/bin/time.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { machine } from './measure.js';

const root = new URL('..', import.meta.url).pathname;
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return (i >= 0 ? process.argv[i + 1] : undefined) ?? fallback;
};
const sizes = arg('--sizes', '50,200').split(',').map(Number);
const baselineSizes = new Set(arg('--baseline-sizes', '50').split(',').map(Number));
const dir = mkdtempSync(join(tmpdir(), 'cuohe-large-'));

function generate(megabytes: number): { file: string; rows: number } {
  const [header, ...rows] = readFileSync(join(root, 'examples/data/exhibitors.csv'), 'utf8').trim().split('\n');
  const file = join(dir, `exhibitors-${megabytes}mb.csv`);
  const fd = openSync(file, 'w');
  writeSync(fd, `${header}\n`);
  let written = header!.length + 1;
  let n = 0;
  const target = megabytes * 1024 * 1024;
  while (written < target) {
    const block: string[] = [];
    for (const row of rows) {
      n++;
      block.push(`S${String(n).padStart(8, '0')}${row.slice(row.indexOf(','))}`);
    }
    const text = `${block.join('\n')}\n`;
    writeSync(fd, text);
    written += Buffer.byteLength(text);
  }
  closeSync(fd);
  return { file, rows: n };
}

function measure(args: string[]): { code: number | null; peakMb: number; seconds: number; out: string } {
  const r = spawnSync('/usr/bin/time', ['-f', 'PEAK %M %e', process.execPath, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const m = /PEAK (\d+) ([\d.]+)/.exec(r.stderr);
  return {
    code: r.status,
    peakMb: m ? Number(m[1]) / 1024 : Number.NaN,
    seconds: m ? Number(m[2]) : Number.NaN,
    out: (r.stdout + r.stderr)
      .split('\n')
      .filter((l) => !l.startsWith('PEAK'))
      .slice(0, 3)
      .join(' / '),
  };
}

const cli = join(root, 'dist/cli.js');
const buyers = join(dir, 'buyers.csv');
writeFileSync(
  buyers,
  `${readFileSync(join(root, 'examples/data/buyers.csv'), 'utf8').trim().split('\n').slice(0, 21).join('\n')}\n`,
);
const wholeFile = join(dir, 'whole-file.mjs');
writeFileSync(
  wholeFile,
  `import { readFileSync } from 'node:fs';
import { decodeBytes, readSuppliersCsv } from ${JSON.stringify(join(root, 'dist/io.js'))};
const { suppliers } = readSuppliersCsv(decodeBytes(readFileSync(process.argv[2])).text, { file: 'x.csv' });
console.log(suppliers.length + ' suppliers');
`,
);

console.log(`Machine: ${machine()}`);
console.log('| input | rows | what | exit | peak memory | time | time per MB |');
console.log('|---|---:|---|---:|---:|---:|---:|');
try {
  for (const mb of sizes) {
    const { file, rows } = generate(mb);
    const actual = statSync(file).size / 2 ** 20;
    const line = (what: string, r: ReturnType<typeof measure>) =>
      console.log(
        `| ${actual.toFixed(0)} MB | ${rows.toLocaleString('en')} | ${what} | ${r.code} | ${r.peakMb.toFixed(0)} MB ` +
          `| ${r.seconds.toFixed(1)} s | ${((1000 * r.seconds) / actual).toFixed(0)} ms |` +
          (r.code === 0 ? '' : ` ${r.out.slice(0, 120)}`),
      );
    line('`cuohe validate` (streamed)', measure([cli, 'validate', file]));
    line(
      '`cuohe match`, 20 buyers (streamed)',
      measure([
        cli,
        'match',
        '--suppliers',
        file,
        '--buyers',
        buyers,
        '--top',
        '5',
        '--as-of',
        '2026-11-22',
        '--out',
        join(dir, 'm.csv'),
      ]),
    );
    if (baselineSizes.has(mb)) line('whole file: read, decode, `readSuppliersCsv`', measure([wholeFile, file]));
    rmSync(file);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
