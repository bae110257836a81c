/**
 * Excel in and out: the sample fair's exhibitors and buyers as a workbook (two sheets), read
 * back sheet by sheet, ranked, and the matches written as matches.xlsx — the files organisers
 * pass around. Run: npx tsx examples/excel/workbooks.ts [output folder]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from 'cuohe';
import { inferCodes } from 'cuohe/descriptions';
import { profilesToCsv, readCsvTable } from 'cuohe/io';
import { matchesToXlsx, readBuyersXlsx, readSuppliersXlsx, tablesToXlsx } from 'cuohe/xlsx';
import { loadSampleFair } from '../fair/sample.js';

const out = process.argv[2] ?? 'excel-out';
mkdirSync(out, { recursive: true });
const fair = loadSampleFair();

// One workbook, two sheets, the CSV column layout (lists joined with ";").
const sheet = (name: string, profiles: readonly object[]) => {
  const { header, rows } = readCsvTable(profilesToCsv(profiles));
  return { name, columns: header, rows: rows.map((r) => header.map((h) => r.cells[h] ?? '')) };
};
const fairFile = join(out, 'fair.xlsx');
writeFileSync(
  fairFile,
  await tablesToXlsx([
    sheet('展商 exhibitors', fair.suppliers.slice(0, 400)),
    sheet('采购商 buyers', fair.buyers.slice(0, 50)),
  ]),
);

// Read back by sheet name or position; codes are inferred for profiles that give only words.
const { suppliers } = await readSuppliersXlsx(fairFile, {
  sheet: 1,
  prepare: (rows) => inferCodes(rows, { side: 'supplier' }),
  skipInvalid: true,
});
const { buyers } = await readBuyersXlsx(fairFile, {
  sheet: '采购商 buyers',
  prepare: (rows) => inferCodes(rows, { side: 'buyer' }),
  skipInvalid: true,
});
const ranked = createEngine(suppliers, { asOf: '2026-11-22' }).rankAll(buyers, { limit: 5 });
const names = Object.fromEntries(suppliers.map((s) => [s.id, s.name]));
writeFileSync(
  join(out, 'matches.xlsx'),
  await matchesToXlsx(ranked, {
    supplierNames: names,
    buyerNames: Object.fromEntries(buyers.map((b) => [b.id, b.name])),
  }),
);
const matchCount = [...ranked.values()].flat().length;
console.log(
  `${suppliers.length} exhibitors and ${buyers.length} buyers read from ${fairFile}; ` +
    `${matchCount} matches written to ${join(out, 'matches.xlsx')}`,
);
