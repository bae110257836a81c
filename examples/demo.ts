/**
 * The main job on the bundled sample fair: validate 2,000 exhibitors and 300 buyer requests,
 * rank the ten best eligible suppliers for every buyer, and print what an organiser reads.
 *
 * Run: npm run demo            (English)
 *      npm run demo -- --zh    (Chinese explanations)
 */
import { readFileSync } from 'node:fs';
import { createEngine, parseBuyers, parseSuppliers, type Match } from 'cuohe';
import { hsDescription, isicDescription } from 'cuohe/descriptions';

const locale = process.argv.includes('--zh') ? 'zh' : 'en';
const shown = Number(process.argv.find((a) => /^--buyers=\d+$/.test(a))?.slice(9) ?? 4);
const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`./fair/${file}`, import.meta.url), 'utf8'));

const started = performance.now();
const suppliers = parseSuppliers(read('suppliers.json'));
const buyers = parseBuyers(read('buyers.json'));
const parsed = performance.now();
const engine = createEngine(suppliers, {
  asOf: '2026-11-22',
  locale,
  describeCode: (scheme, code) => (scheme === 'hs' ? hsDescription(code) : isicDescription(code)),
});
const ranked = engine.rankAll(buyers, { limit: 10 });
const done = performance.now();

const supplierById = new Map(suppliers.map((s) => [s.id, s]));
const withMatches = buyers.filter((b) => (ranked.get(b.id)?.length ?? 0) > 0);
const topScores = withMatches.map((b) => ranked.get(b.id)![0]!.score);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

console.log(`cuohe demo — sample fair: ${suppliers.length.toLocaleString('en')} suppliers × ${buyers.length} buyers, as of 2026-11-22`);
console.log(
  `validated in ${ms(parsed - started)}, indexed and ranked every buyer's top 10 in ${ms(done - parsed)}; ` +
    `${withMatches.length}/${buyers.length} buyers have eligible suppliers (mean best score ${mean(topScores).toFixed(3)})`,
);

// Show the buyers with the most demanding requests first: they are the ones an organiser checks.
const sample = [...withMatches]
  .sort((a, b) => (b.requiredCertifications?.length ?? 0) - (a.requiredCertifications?.length ?? 0) || (a.id < b.id ? -1 : 1))
  .slice(0, shown);
for (const buyer of sample) {
  const matches = ranked.get(buyer.id)!;
  console.log(`\n${'─'.repeat(100)}`);
  console.log(`${buyer.id}  ${buyer.name} (${buyer.country})`);
  console.log(
    `  wants ${buyer.wants.join(', ')}` +
      (buyer.requiredCertifications ? ` · requires ${buyer.requiredCertifications.join(', ')}` : '') +
      (buyer.origins?.include ? ` · prefers ${buyer.origins.include.join(', ')}` : '') +
      (buyer.volume ? ` · volume ${buyer.volume.toLocaleString('en')}` : '') +
      (buyer.deadline ? ` · by ${buyer.deadline}` : ''),
  );
  console.log(`  ${'#'.padStart(2)}  score  ${'supplier'.padEnd(52)}   ind   reg   cap   txt   cre   qty  time`);
  matches.slice(0, 5).forEach((m, i) => {
    const s = supplierById.get(m.supplierId)!;
    const label = `${s.id} ${s.name} (${s.country}${s.tier ? `, ${s.tier}` : ''})`;
    console.log(`  ${String(i + 1).padStart(2)}  ${m.score.toFixed(3)}  ${truncate(label, 52).padEnd(52)} ${components(m)}`);
  });
  console.log(`  why #1:`);
  for (const line of matches[0]!.reasons) console.log(`    · ${line}`);
}

const excludedCounts = new Map<string, number>();
for (const buyer of buyers.slice(0, 50)) {
  for (const s of suppliers.slice(0, 400)) {
    for (const code of engine.score(buyer, s.id).excluded) {
      const key = code.split(':')[0]!;
      excludedCounts.set(key, (excludedCounts.get(key) ?? 0) + 1);
    }
  }
}
console.log(`\n${'─'.repeat(100)}\nWhy pairs were excluded (sample of 50 buyers × 400 suppliers):`);
for (const [code, n] of [...excludedCounts].sort((a, b) => b[1] - a[1])) console.log(`  ${code.padEnd(24)} ${n.toLocaleString('en')}`);

function components(m: Match): string {
  const c = m.components;
  return [c.industry, c.region, c.capability, c.text, c.credentials, c.capacity, c.timing]
    .map((v) => (v === null ? '  —  ' : v.toFixed(2).padStart(5)))
    .join(' ');
}
function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
function ms(x: number): string {
  return x < 1000 ? `${x.toFixed(0)} ms` : `${(x / 1000).toFixed(2)} s`;
}
