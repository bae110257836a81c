/**
 * A procurement tool: a large manufacturer publishes its purchase list (40 lines: parts it
 * wants from SMEs, with volumes, deadlines and certificates) and matches it against the
 * fair's 2,000 exhibitors. Prints the best three suppliers per line with the reason, flags
 * lines nobody can serve, and writes matches.csv for the purchasing team.
 *
 * Run: npx tsx examples/procurement/match-purchase-list.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createEngine } from 'cuohe';
import { describeCode, hsConcepts } from 'cuohe/descriptions';
import { matchesToCsv, readBuyersCsv } from 'cuohe/io';
import { loadSampleFair } from '../fair/sample.js';

const here = (file: string) => new URL(file, import.meta.url);
const { suppliers } = loadSampleFair();
const { buyers: lines } = readBuyersCsv(readFileSync(here('purchase-list.csv'), 'utf8'), { file: 'purchase-list.csv' });

const engine = createEngine(suppliers, { asOf: '2026-11-22', describeCode, keywordConcepts: hsConcepts });
const ranked = engine.rankAll(lines, { limit: 10, maxPerCountry: 10 });
const names = Object.fromEntries([...suppliers, ...lines].map((p) => [p.id, p.name]));

console.log(`Purchase list: ${lines.length} lines against ${suppliers.length.toLocaleString('en')} exhibitors\n`);
const unserved: string[] = [];
for (const line of lines) {
  const matches = ranked.get(line.id)!;
  const needs = [
    line.requiredCertifications?.join('+'),
    line.minTier && `≥ ${line.minTier}`,
    line.hard?.length && `hard: ${line.hard.join(', ')}`,
  ]
    .filter(Boolean)
    .join(' · ');
  const volume = line.volume?.toLocaleString('en');
  console.log(`${line.id}  ${line.name}  — ${volume} units by ${line.deadline}${needs ? ` · ${needs}` : ''}`);
  if (matches.length === 0) {
    unserved.push(line.id);
    // Say why: the most common exclusion among suppliers that make the product.
    const why = new Map<string, number>();
    for (const s of suppliers.filter((s) => s.products.some((p) => p.slice(0, 4) === line.wants[0]!.slice(0, 4)))) {
      for (const code of engine.score(line, s.id).excluded)
        why.set(code.split(':')[0]!, (why.get(code.split(':')[0]!) ?? 0) + 1);
    }
    console.log(
      `    no eligible supplier; most common exclusions: ${
        [...why]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 3)
          .map(([c, n]) => `${c} (${n})`)
          .join(', ') || 'nobody makes it'
      }`,
    );
    continue;
  }
  for (const m of matches.slice(0, 3)) {
    const reason = m.reasons.find((r) => r.startsWith('Industry')) ?? m.reasons[0];
    console.log(`    ${m.score.toFixed(3)}  ${m.supplierId} ${names[m.supplierId]}  — ${reason}`);
  }
}
writeFileSync(here('matches.csv'), matchesToCsv(ranked, { names, bom: true }));
const served = lines.length - unserved.length;
console.log(`\n${served}/${lines.length} lines have eligible suppliers; wrote examples/procurement/matches.csv`);
