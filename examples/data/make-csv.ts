/**
 * Writes the sample fair as spreadsheets: exhibitors.csv and buyers.csv (UTF-8, default
 * columns), and exhibitors-gbk.csv — the first 500 exhibitors with Chinese headers,
 * GBK-encoded as Chinese Excel saves it (read it with --columns examples/data/columns-zh.json).
 * The rows are written as registered: profiles that give only a description and keywords stay
 * without codes (inferCodes in cuohe/descriptions fills them when the file is read).
 * Run: npx tsx examples/data/make-csv.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { profilesToCsv } from 'cuohe/io';
import iconv from 'iconv-lite';

type Row = Record<string, unknown>;
const here = (file: string) => new URL(file, import.meta.url);
const read = (file: string): Row[] =>
  JSON.parse(readFileSync(new URL(`../fair/${file}`, import.meta.url), 'utf8')) as Row[];
/** Every row with the same columns in the same order (a blank cell where a profile is silent). */
const inColumns = (rows: Row[], order: string[]): Row[] =>
  rows.map((row) => Object.fromEntries(order.map((field) => [field, row[field]])));

// The Chinese header map covers both sides (and a few alternative headers for one field).
const columns = JSON.parse(readFileSync(here('columns-zh.json'), 'utf8')) as Record<string, string>;
const suppliers = inColumns(read('suppliers.json'), [
  'id',
  'name',
  'country',
  'products',
  'activities',
  'description',
  'capabilities',
  'keywords',
  'certifications',
  'tier',
  'patents',
  'exportMarkets',
  'targetMarkets',
  'capacity',
  'moq',
  'leadTimeDays',
  'languages',
]);
const buyers = inColumns(read('buyers.json'), [
  'id',
  'name',
  'country',
  'wants',
  'description',
  'capabilities',
  'keywords',
  'requiredCertifications',
  'preferredCertifications',
  'minTier',
  'origins',
  'volume',
  'deadline',
  'hard',
]);
writeFileSync(here('exhibitors.csv'), profilesToCsv(suppliers));
writeFileSync(here('buyers.csv'), profilesToCsv(buyers));

// The first Chinese header of each field is the one written.
const byField: Record<string, string> = {};
for (const [zh, field] of Object.entries(columns)) byField[field] ??= zh;
const [header, ...rest] = profilesToCsv(suppliers.slice(0, 500)).split('\r\n');
const missing = header!.split(',').filter((field) => !byField[field]);
if (missing.length) throw new Error(`columns-zh.json has no Chinese header for ${missing.join(', ')}`);
const chineseHeader = header!
  .split(',')
  .map((field) => byField[field]!)
  .join(',');
writeFileSync(here('exhibitors-gbk.csv'), iconv.encode([chineseHeader, ...rest].join('\r\n'), 'gbk'));
console.log(`wrote exhibitors.csv (${suppliers.length}), buyers.csv (${buyers.length}), exhibitors-gbk.csv (500, GBK)`);
