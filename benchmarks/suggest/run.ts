/**
 * Accuracy and latency of `suggestHsCodes` on the labelled sets in this folder (see README.md).
 * Run: npx tsx benchmarks/suggest/run.ts [--external file.tsv …] [--errors set]
 * Prints, per set and split: HS4 top-1, HS4 top-5, HS6 top-5; then per-query latency p50/p95
 * and the first call's cost (building the index). External sets (same columns: split, text,
 * hs6, source) are measured the same way — for published benchmarks that are not redistributed.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { suggestHsCodes } from '../../src/taxonomy/descriptions.js';

interface Example {
  split: string;
  text: string;
  hs6: string;
  source: string;
}

function readSet(path: string): Example[] {
  const [, ...lines] = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  return lines.map((l) => {
    const [split, text, hs6, source] = l.split('\t');
    return { split: split!, text: text!, hs6: hs6!, source: source! };
  });
}

const args = process.argv.slice(2);
const external = args.flatMap((a, i) => (args[i - 1] === '--external' ? [a] : []));
const showErrors = args.flatMap((a, i) => (args[i - 1] === '--errors' ? [a] : []));
const here = new URL('.', import.meta.url).pathname;
const sets: Array<[string, Example[]]> = [
  ['en-phrases (HMRC terms held back)', readSet(`${here}en-phrases.tsv`)],
  ['titles (HMRC parcel descriptions)', readSet(`${here}titles.tsv`)],
  ['product descriptions (US customs rulings)', readSet(`${here}rulings.tsv`)],
  ...external.map((p): [string, Example[]] => [p.split('/').pop()!, readSet(p)]),
];

// First call: builds the index.
let t0 = performance.now();
suggestHsCodes('first call');
const firstCall = performance.now() - t0;

const latencies: number[] = [];
const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)} %` : '–');
console.log(`first call (index build): ${firstCall.toFixed(0)} ms\n`);
console.log('| set | split | n | HS4 top-1 | HS4 top-5 | HS6 top-5 | no answer | p50 / p95 ms |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|');
const quantiles = (xs: number[]): string => {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (p: number): string => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(2);
  return `${at(0.5)} / ${at(0.95)}`;
};
for (const [name, examples] of sets) {
  for (const split of ['dev', 'held-out']) {
    const xs = examples.filter((e) => e.split === split);
    if (!xs.length) continue;
    let h4at1 = 0,
      h4at5 = 0,
      h6at5 = 0,
      n6 = 0,
      empty = 0;
    const setLatencies: number[] = [];
    for (const x of xs) {
      t0 = performance.now();
      const s6 = suggestHsCodes(x.text, { level: 6, limit: 5 });
      const s4 = suggestHsCodes(x.text, { level: 4, limit: 5 });
      setLatencies.push((performance.now() - t0) / 2);
      if (!s4.length) empty++;
      if (s4[0]?.code === x.hs6.slice(0, 4)) h4at1++;
      else if (showErrors.some((e) => name.startsWith(e)) && split === 'dev')
        console.error(`  ${x.hs6} ${x.text} → ${s4.map((s) => s.code).join(' ')}`);
      if (s4.some((s) => s.code === x.hs6.slice(0, 4))) h4at5++;
      // A 4-digit label (a heading-level benchmark) has no HS6 figure.
      if (x.hs6.length === 6) n6++;
      if (x.hs6.length === 6 && s6.some((s) => s.code === x.hs6)) h6at5++;
    }
    const n = xs.length;
    const cells = [
      name,
      split,
      n,
      pct(h4at1, n),
      pct(h4at5, n),
      pct(h6at5, n6),
      pct(empty, n),
      quantiles(setLatencies),
    ];
    console.log(`| ${cells.join(' | ')} |`);
    latencies.push(...setLatencies);
  }
}
latencies.sort((a, b) => a - b);
const q = (p: number): string =>
  latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(2);
console.log(`\nlatency per query after the first (${latencies.length} queries): p50 ${q(0.5)} ms, p95 ${q(0.95)} ms`);
