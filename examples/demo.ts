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
import { type Buyer, createEngine, type Match, type Supplier } from 'cuohe';
import { describeCode, hsConcepts } from 'cuohe/descriptions';
import { loadSampleFair } from './fair/sample.js';
import { fit, profileKind, showcase } from './showcase.js';

const locale = process.argv.includes('--zh') ? 'zh' : 'en';
const zh = locale === 'zh';
/** The demo's own labels in the reader's language (the library's explanations are localised by `locale`). */
const L = zh
  ? {
      title: '演示 — 示例展会',
      exhibitors: '家展商',
      buyers: '家买家',
      asOf: '基准日',
      registered: '展商登记方式',
      hs: '家填HS编码',
      isic: '家只填ISIC行业代码',
      words: '家只填文字',
      chineseOnly: '家只写中文',
      leftOut: '未纳入（未填编码，也未推断）',
      validated: '校验',
      ranked: '建索引并为每位买家排出前10名',
      haveMatches: '位买家有合格供应商',
      meanBest: '平均最高分',
      wants: '需求',
      wrote: '描述',
      inferred: '推断为',
      requires: '必需',
      prefers: '优先',
      volume: '采购量',
      by: '截止',
      keywords: '关键词',
      supplier: '供应商',
      gives: '登记',
      why: '第1名的理由',
      excluded: '排除原因（抽样50位买家 × 400家供应商）',
    }
  : {
      title: 'cuohe demo — sample fair',
      exhibitors: 'exhibitors',
      buyers: 'buyers',
      asOf: 'as of',
      registered: 'exhibitors as registered',
      hs: 'with HS codes',
      isic: 'with ISIC activities only',
      words: 'with words only',
      chineseOnly: 'write only Chinese',
      leftOut: 'left out (no codes declared, none inferred)',
      validated: 'validated in',
      ranked: "indexed and ranked every buyer's top 10 in",
      haveMatches: 'buyers have eligible suppliers',
      meanBest: 'mean best score',
      wants: 'wants',
      wrote: 'wrote',
      inferred: 'inferred',
      requires: 'requires',
      prefers: 'prefers',
      volume: 'volume',
      by: 'by',
      keywords: 'keywords',
      supplier: 'supplier',
      gives: 'gives',
      why: 'why #1',
      excluded: 'Why pairs were excluded (sample of 50 buyers × 400 suppliers)',
    };
const shown = Number(process.argv.find((a) => /^--buyers=\d+$/.test(a))?.slice(9) ?? 5);

const started = performance.now();
const { suppliers, buyers, rows, leftOut } = loadSampleFair();
const parsed = performance.now();
const engine = createEngine(suppliers, {
  asOf: '2026-11-22',
  locale,
  describeCode,
  // Keywords match across languages through the HS concepts both map to (锂电池 ↔ lithium battery).
  keywordConcepts: hsConcepts,
});
const ranked = engine.rankAll(buyers, { limit: 10 });
const done = performance.now();

const supplierById = new Map(suppliers.map((s) => [s.id, s]));
const withMatches = buyers.filter((b) => (ranked.get(b.id)?.length ?? 0) > 0);
const topScores = withMatches.map((b) => ranked.get(b.id)![0]!.score);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const count = (items: Supplier[], kind: string) => items.filter((s) => profileKind(s).includes(kind)).length;

const exhibitorCount = rows.suppliers.length.toLocaleString('en');
console.log(`${L.title}: ${exhibitorCount} ${L.exhibitors} × ${rows.buyers.length} ${L.buyers}, ${L.asOf} 2026-11-22`);
console.log(
  `  ${L.registered}: ${count(suppliers, 'HS')} ${L.hs}, ${count(suppliers, 'ISIC')} ${L.isic}, ` +
    `${count(suppliers, 'words')} ${L.words}; ${count(suppliers, 'zh')} ${L.chineseOnly}`,
);
if (leftOut.suppliers || leftOut.buyers) {
  console.log(`  ${L.leftOut}: ${leftOut.suppliers} ${L.exhibitors}, ${leftOut.buyers} ${L.buyers}`);
}
console.log(
  `${L.validated} ${ms(parsed - started)}, ${L.ranked} ${ms(done - parsed)}; ` +
    `${withMatches.length}/${buyers.length} ${L.haveMatches} (${L.meanBest} ${mean(topScores).toFixed(3)})`,
);

// Buyers whose lists show what the engine does with real profiles, then the most demanding ones.
for (const { buyer, why } of showcase(withMatches, ranked, supplierById, shown)) {
  const matches = ranked.get(buyer.id)!;
  console.log(`\n${'─'.repeat(108)}`);
  console.log(`${buyer.id}  ${buyer.name} (${buyer.country})  — ${why[zh ? 1 : 0]}`);
  console.log(`  ${wants(buyer)}`);
  if (buyer.keywords?.length) console.log(`  ${L.keywords}: ${buyer.keywords.join(', ')}`);
  console.log(
    `  ${'#'.padStart(2)}  score  ${fit(L.supplier, 52)} ${fit(L.gives, 8)}  ind   reg   cap   txt   cre   qty  time`,
  );
  matches.slice(0, 5).forEach((m, i) => {
    const s = supplierById.get(m.supplierId)!;
    const label = `${s.id} ${s.name} (${s.country}${s.tier ? `, ${s.tier}` : ''})`;
    const rank = String(i + 1).padStart(2);
    console.log(`  ${rank}  ${m.score.toFixed(3)}  ${fit(label, 52)} ${fit(profileKind(s), 8)} ${components(m)}`);
  });
  console.log(`  ${L.why}:`);
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
console.log(`\n${'─'.repeat(108)}\n${L.excluded}:`);
for (const [code, n] of [...excludedCounts].sort((a, b) => b[1] - a[1]))
  console.log(`  ${code.padEnd(24)} ${n.toLocaleString('en')}`);

/** What the buyer asked for: declared codes, or the words its codes were inferred from. */
function wants(buyer: Buyer): string {
  const inferred = buyer.inferredWants?.length
    ? ` → ${L.inferred} ${buyer.inferredWants.map((w) => w.code).join(', ')}`
    : '';
  const asked = buyer.wants.length
    ? `${L.wants} ${buyer.wants.join(', ')}`
    : `${L.wrote} "${buyer.description}"${inferred}`;
  return (
    asked +
    (buyer.requiredCertifications ? ` · ${L.requires} ${buyer.requiredCertifications.join(', ')}` : '') +
    (buyer.origins?.include ? ` · ${L.prefers} ${buyer.origins.include.join(', ')}` : '') +
    (buyer.volume ? ` · ${L.volume} ${buyer.volume.toLocaleString('en')}` : '') +
    (buyer.deadline ? ` · ${L.by} ${buyer.deadline}` : '')
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
