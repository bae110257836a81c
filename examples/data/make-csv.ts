/**
 * Writes the sample fair as spreadsheets: exhibitors.csv and buyers.csv (UTF-8, default
 * columns), and exhibitors-gbk.csv — the same exhibitors with Chinese headers, GBK-encoded as
 * Chinese Excel saves it (read it with --columns examples/data/columns-zh.json).
 * Run: npx tsx examples/data/make-csv.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { parseBuyers, parseSuppliers } from 'cuohe';
import { profilesToCsv } from 'cuohe/io';

const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`../fair/${file}`, import.meta.url), 'utf8'));
const suppliers = parseSuppliers(read('suppliers.json'));
const buyers = parseBuyers(read('buyers.json'));
const here = (file: string) => new URL(file, import.meta.url);
writeFileSync(here('exhibitors.csv'), profilesToCsv(suppliers));
writeFileSync(here('buyers.csv'), profilesToCsv(buyers));

const columns = JSON.parse(readFileSync(here('columns-zh.json'), 'utf8')) as Record<string, string>;
const byField = Object.fromEntries(Object.entries(columns).map(([zh, field]) => [field, zh]));
const [header, ...rest] = profilesToCsv(suppliers.slice(0, 500)).split('\r\n');
const chineseHeader = header!.split(',').map((field) => byField[field] ?? field).join(',');
writeFileSync(here('exhibitors-gbk.csv'), iconv.encode([chineseHeader, ...rest].join('\r\n'), 'gbk'));
console.log(`wrote exhibitors.csv (${suppliers.length}), buyers.csv (${buyers.length}), exhibitors-gbk.csv (500, GBK)`);
