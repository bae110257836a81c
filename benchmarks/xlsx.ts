/**
 * Excel workbooks at organiser scale: a 60,000-row exhibitor sheet written and read with
 * `cuohe/xlsx` (exceljs, streamed), against the same rows as CSV in the same run, and
 * `cuohe validate` (the built CLI) on the .xlsx and on the .csv: time and peak memory.
 *
 *   npm run build && npx tsx benchmarks/xlsx.ts [--rows 60000]
 *
 * Rows are those of examples/data/exhibitors.csv with fresh ids, repeated to size; the files go
 * to a temporary folder and are deleted afterwards. Peak memory is the process's maximum
 * resident set size from /usr/bin/time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load, machine } from './measure.js';

const root = new URL('..', import.meta.url).pathname;
const io = (await import(join(root, 'dist/io.js'))) as typeof import('../src/io/index.js');
const xlsx = (await import(join(root, 'dist/xlsx.js'))) as typeof import('../src/io/xlsx/index.js');
const rowsWanted = Number(process.argv[process.argv.indexOf('--rows') + 1] || 60_000) || 60_000;
const dir = mkdtempSync(join(tmpdir(), 'cuohe-xlsx-'));

const sample = io.readCsvTable(readFileSync(join(root, 'examples/data/exhibitors.csv'), 'utf8'));
const columns = sample.header;
const rows: string[][] = [];
for (let n = 0; rows.length < rowsWanted; n++) {
  const r = sample.rows[n % sample.rows.length]!;
  rows.push(columns.map((c) => (c === 'id' ? `S${String(n + 1).padStart(6, '0')}` : (r.cells[c] ?? ''))));
}

const time = async <T>(run: () => T | Promise<T>): Promise<{ value: T; seconds: number }> => {
  const start = process.hrtime.bigint();
  const value = await run();
  return { value, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
};

console.log(`machine: ${machine()}`);
console.log(`${rows.length} rows × ${columns.length} columns`);

const csvPath = join(dir, 'exhibitors.csv');
const xlsxPath = join(dir, 'exhibitors.xlsx');
const csvWrite = await time(() => io.toCsv(columns, rows));
writeFileSync(csvPath, csvWrite.value);
const xlsxWrite = await time(() => xlsx.tablesToXlsx([{ name: 'exhibitors', columns, rows }]));
writeFileSync(xlsxPath, xlsxWrite.value);
const timeAndSize = (r: { seconds: number }, path: string) =>
  `${r.seconds.toFixed(2)} s (${(statSync(path).size / 2 ** 20).toFixed(1)} MB)`;
console.log(
  `write  csv ${timeAndSize(csvWrite, csvPath)}   xlsx ${timeAndSize(xlsxWrite, xlsxPath)}   ` +
    `ratio ${(xlsxWrite.seconds / csvWrite.seconds).toFixed(1)}×`,
);

const csvRead = await time(() => io.readCsvTable(readFileSync(csvPath, 'utf8')).rows.length);
let count = 0;
const xlsxRead = await time(() => xlsx.forEachSheetBatch(xlsxPath, {}, (batch) => void (count += batch.length)));
if (count !== rows.length || csvRead.value !== rows.length)
  throw new Error(`read ${count} / ${csvRead.value} rows, wrote ${rows.length}`);
console.log(
  `read rows  csv ${csvRead.seconds.toFixed(2)} s   xlsx (streamed) ${xlsxRead.seconds.toFixed(2)} s   ` +
    `ratio ${(xlsxRead.seconds / csvRead.seconds).toFixed(1)}×`,
);

function validate(file: string): { seconds: number; peakMb: number; out: string } {
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', 'PEAK %M %e', process.execPath, join(root, 'dist/cli.js'), 'validate', file],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  const m = /PEAK (\d+) ([\d.]+)/.exec(r.stderr);
  const out = (r.stdout + r.stderr)
    .split('\n')
    .filter((l) => l && !l.startsWith('PEAK'))
    .slice(-1)
    .join('');
  return { seconds: m ? Number(m[2]) : Number.NaN, peakMb: m ? Number(m[1]) / 1024 : Number.NaN, out };
}
const v = { csv: validate(csvPath), xlsx: validate(xlsxPath) };
for (const [kind, r] of Object.entries(v))
  console.log(`cuohe validate ${kind}: ${r.seconds.toFixed(1)} s, peak ${r.peakMb.toFixed(0)} MB — ${r.out}`);
const timeRatio = (v.xlsx.seconds / v.csv.seconds).toFixed(1);
console.log(`validate ratio xlsx / csv: ${timeRatio}× time, ${(v.xlsx.peakMb / v.csv.peakMb).toFixed(1)}× memory`);
console.log(`load at the end ${load()}`);
rmSync(dir, { recursive: true, force: true });
