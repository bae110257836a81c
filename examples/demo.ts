/**
 * The main job on the bundled sample fair: take 2,000 exhibitor registrations and 300 buyer
 * requests as written (most with HS codes, some with ISIC activities only, some with only a
 * description and keywords, a share of Chinese exhibitors in Chinese only), validate them,
 * rank the ten best eligible suppliers for every buyer, and print what an organiser reads.
 *
 * Run: npm run demo                 (English)
 *      npm run demo -- --zh         (Chinese explanations)
 *      npm run demo -- --buyers=8   (show more buyers)
 */
import { createEngine, type Buyer, type Match, type Supplier } from 'cuohe';
import { hsDescription, isicDescription } from 'cuohe/descriptions';
import { loadSampleFair } from './fair/sample.js';
import { fit, profileKind, showcase } from './showcase.js';

const locale = process.argv.includes('--zh') ? 'zh' : 'en';
const shown = Number(process.argv.find((a) => /^--buyers=\d+$/.test(a))?.slice(9) ?? 5);

const started = performance.now();
const { suppliers, buyers, rows, leftOut } = loadSampleFair();
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
const count = (items: Supplier[], kind: string) => items.filter((s) => profileKind(s).includes(kind)).length;

console.log(`cuohe demo — sample fair: ${rows.suppliers.length.toLocaleString('en')} exhibitors × ${rows.buyers.length} buyers, as of 2026-11-22`);
console.log(
  `  exhibitors as registered: ${count(suppliers, 'HS')} with HS codes, ${count(suppliers, 'ISIC')} with ISIC activities only, ` +
    `${count(suppliers, 'words')} with words only; ${count(suppliers, 'zh')} write only Chinese`,
);
if (leftOut.suppliers || leftOut.buyers) {
  console.log(`  left out (no codes declared, none inferred): ${leftOut.suppliers} exhibitors, ${leftOut.buyers} buyers`);
}
console.log(
  `validated in ${ms(parsed - started)}, indexed and ranked every buyer's top 10 in ${ms(done - parsed)}; ` +
    `${withMatches.length}/${buyers.length} buyers have eligible suppliers (mean best score ${mean(topScores).toFixed(3)})`,
);

// Buyers whose lists show what the engine does with real profiles, then the most demanding ones.
for (const { buyer, why } of showcase(withMatches, ranked, supplierById, shown)) {
  const matches = ranked.get(buyer.id)!;
  console.log(`\n${'─'.repeat(108)}`);
  console.log(`${buyer.id}  ${buyer.name} (${buyer.country})  — ${why}`);
  console.log(`  ${wants(buyer)}`);
  if (buyer.keywords?.length) console.log(`  keywords: ${buyer.keywords.join(', ')}`);
  console.log(`  ${'#'.padStart(2)}  score  ${fit('supplier', 52)} ${fit('gives', 8)}  ind   reg   cap   txt   cre   qty  time`);
  matches.slice(0, 5).forEach((m, i) => {
    const s = supplierById.get(m.supplierId)!;
    const label = `${s.id} ${s.name} (${s.country}${s.tier ? `, ${s.tier}` : ''})`;
    console.log(`  ${String(i + 1).padStart(2)}  ${m.score.toFixed(3)}  ${fit(label, 52)} ${fit(profileKind(s), 8)} ${components(m)}`);
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
console.log(`\n${'─'.repeat(108)}\nWhy pairs were excluded (sample of 50 buyers × 400 suppliers):`);
for (const [code, n] of [...excludedCounts].sort((a, b) => b[1] - a[1])) console.log(`  ${code.padEnd(24)} ${n.toLocaleString('en')}`);

/** What the buyer asked for: declared codes, or the words its codes were inferred from. */
function wants(buyer: Buyer): string {
  const asked = buyer.wants.length
    ? `wants ${buyer.wants.join(', ')}`
    : `wrote "${buyer.description}"${buyer.inferredWants?.length ? ` → inferred ${buyer.inferredWants.map((w) => w.code).join(', ')}` : ''}`;
  return (
    asked +
    (buyer.requiredCertifications ? ` · requires ${buyer.requiredCertifications.join(', ')}` : '') +
    (buyer.origins?.include ? ` · prefers ${buyer.origins.include.join(', ')}` : '') +
    (buyer.volume ? ` · volume ${buyer.volume.toLocaleString('en')}` : '') +
    (buyer.deadline ? ` · by ${buyer.deadline}` : '')
  );
}
function components(m: Match): string {
  const c = m.components;
  return [c.industry, c.region, c.capability, c.text, c.credentials, c.capacity, c.timing]
    .map((v) => (v === null ? '  —  ' : v.toFixed(2).padStart(5)))
    .join(' ');
}
function ms(x: number): string {
  return x < 1000 ? `${x.toFixed(0)} ms` : `${(x / 1000).toFixed(2)} s`;
}
