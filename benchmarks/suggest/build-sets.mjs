#!/usr/bin/env node
/**
 * Builds the labelled sets for the suggester benchmark (run once; the outputs are committed):
 * - en-phrases.tsv — short English product phrases: the HMRC search references reserved by the
 *   fixed rule of data/text-to-hs/split.mjs (never in the vocabulary), label = first 6 digits.
 * - titles.tsv — real parcel goods descriptions (HMRC extra references, sources/; never in the
 *   vocabulary), label = first 6 digits; dev / held-out by the parity rule of split.mjs.
 * - rulings.tsv — product descriptions from US customs classification rulings
 *   (sources/cbp-rulings.tsv and sources/rulings-2.tsv, see README.md for how they were picked):
 *   label = the ruling's subheading when it is an HS 2022 subheading, else its heading (older
 *   rulings: HS 2022 split 9405.30, 9405.40 and 9503.41/49); dev / held-out by the parity rule
 *   of split.mjs.
 * Rows whose label is not an HS 2022 subheading, or with no letters, are dropped; duplicate
 * texts keep their first label. Columns: split, text, hs6, source.
 * Run: node benchmarks/suggest/build-sets.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { exampleRole, hmrcTermRole } from '../../data/text-to-hs/split.mjs';

const root = new URL('../../', import.meta.url);
const hsCodes = readFileSync(new URL('data/hs2022.csv', root), 'utf8')
  .split('\n')
  .map((l) => l.split(',')[0]);
const hs4 = new Set(hsCodes.filter((c) => /^\d{4}$/.test(c)));
const hs6 = new Set(
  readFileSync(new URL('data/hs2022.csv', root), 'utf8')
    .split('\n')
    .map((l) => l.split(',')[0])
    .filter((c) => /^\d{6}$/.test(c)),
);
const clean = (t) =>
  t
    .replace(/[\t\r\n]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function writeSet(file, rows) {
  const lines = rows.map((r) => [r.split, r.text, r.hs6, r.source].join('\t'));
  const text = `${['split\ttext\ths6\tsource', ...lines].join('\n')}\n`;
  writeFileSync(new URL(`benchmarks/suggest/${file}`, root), text);
  const dev = rows.filter((r) => r.split === 'dev').length;
  console.log(`${file}: ${rows.length} rows (dev ${dev}, held-out ${rows.length - dev})`);
}

const phrases = [];
for (const [term, code] of Object.entries(
  JSON.parse(readFileSync(new URL('data/text-to-hs/hmrc-search-references.json', root), 'utf8')),
)) {
  const role = hmrcTermRole(term);
  if (role === 'vocabulary' || !hs6.has(code.slice(0, 6))) continue;
  phrases.push({ split: role, text: clean(term), hs6: code.slice(0, 6), source: 'hmrc-search-references' });
}
phrases.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
writeSet('en-phrases.tsv', phrases);

const seen = new Set();
const titles = [];
const extra = Papa.parse(readFileSync(new URL('benchmarks/suggest/sources/hmrc-extra-references.csv', root), 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
for (const row of extra) {
  const text = clean(row['Goods Description'] ?? '');
  const code = (row['Commodity Code'] ?? '').trim();
  const key = text.toLowerCase();
  if (!/[a-z]{3}/i.test(text) || !hs6.has(code.slice(0, 6)) || seen.has(key)) continue;
  seen.add(key);
  titles.push({ split: exampleRole(text), text, hs6: code.slice(0, 6), source: 'hmrc-extra-references' });
}
writeSet('titles.tsv', titles);

const rulings = [];
const seenRulings = new Set();
// First round (cbp-rulings.tsv), then the second round (rulings-2.tsv: more CBP rulings and a few UK
// Advance Tariff Rulings); a ruling already taken in the first round is skipped.
for (const file of ['cbp-rulings.tsv', 'rulings-2.tsv']) {
  const [, ...rulingLines] = readFileSync(new URL(`benchmarks/suggest/sources/${file}`, root), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  for (const line of rulingLines) {
    const [ruling, sentence, code] = line.split('\t');
    const text = clean(sentence);
    const label = hs6.has(code) ? code : hs4.has(code.slice(0, 4)) ? code.slice(0, 4) : undefined;
    if (!label || seenRulings.has(ruling) || seen.has(text.toLowerCase())) continue;
    seenRulings.add(ruling);
    seen.add(text.toLowerCase());
    rulings.push({
      split: exampleRole(text),
      text,
      hs6: label,
      source: ruling.startsWith('UK ') ? ruling : `CBP ${ruling}`,
    });
  }
}
writeSet('rulings.tsv', rulings);
