/**
 * An online expo platform's flow: build the index once a night, start each process from it, then answer
 * a visitor's search form ("what do you want to buy?") with ranked exhibitors and the
 * reasons to show beside each, and give every exhibitor a dashboard of the buyers to meet.
 * The same calls run in the browser (the core has no Node dependencies).
 *
 * Run: npx tsx examples/expo-platform/page-flow.ts
 */
import { createEngine, loadEngine, parseBuyers, ValidationError } from 'cuohe';
import { describeCode, hsConcepts, suggestHsCodes } from 'cuohe/descriptions';
import { loadSampleFair } from '../fair/sample.js';

const fair = loadSampleFair();

// 1. Nightly job: load the exhibitors (e.g. from the platform's API), index them once and
//    save the index as bytes (to a file, object storage or a CDN).
const exhibitors = fair.suppliers;
const bytes = createEngine(exhibitors, { asOf: '2026-11-22', locale: 'zh', keywordConcepts: hsConcepts }).snapshot({
  format: 'binary',
});

// Each web process (or browser tab: `new Uint8Array(await (await fetch(url)).arrayBuffer())`)
// starts from those bytes: no validation, no indexing. `describeCode` is a function, so it
// is given again here.
let t = performance.now();
const engine = loadEngine(bytes, { describeCode, keywordConcepts: hsConcepts });
console.log(
  `index of ${engine.size} exhibitors: ${(bytes.length / 1e6).toFixed(1)} MB, ` +
    `loaded in ${(performance.now() - t).toFixed(0)} ms`,
);

// 2. A visitor fills in the search form in free text; suggest HS codes for what they typed.
const typed = 'lithium-ion batteries';
const suggestions = suggestHsCodes(typed, { limit: 3, level: 6 });
console.log(`"${typed}" → ${suggestions.map((s) => `${s.code} (${s.description.slice(0, 50)}…)`).join('; ')}`);

// 3. The form becomes a buyer profile; bad input comes back as field-level messages.
const form = {
  id: 'visitor-42',
  name: 'Visitor from Nairobi',
  country: 'ke',
  wants: [suggestions[0]?.code ?? '8507'],
  requiredCertifications: ['ISO 9001'],
  volume: 800,
  deadline: '2027-02-15',
};
try {
  parseBuyers([{ ...form, country: 'Kenya' }]);
} catch (e) {
  if (e instanceof ValidationError)
    console.log(`form error shown next to the field: ${e.issues[0]!.path.at(-1)} — ${e.issues[0]!.message}`);
}
const [visitor] = parseBuyers([form]);

// 4. The result page: the ten best eligible exhibitors, at most three per country, with reasons.
t = performance.now();
const results = engine.rank(visitor!, { limit: 10, maxPerCountry: 3 });
console.log(`\n${results.length} exhibitors in ${(performance.now() - t).toFixed(1)} ms:`);
for (const m of results.slice(0, 5)) {
  const s = exhibitors.find((x) => x.id === m.supplierId)!;
  console.log(`  ${m.score.toFixed(2)}  ${s.name} (${s.country})`);
  for (const reason of m.reasons.slice(0, 3)) console.log(`        ${reason}`);
}

// 5. The exhibitors' dashboards. Today's registered buyers are compiled and indexed once
//    (`engine.buyers`); each exhibitor's page then asks for its own list — the buyers with the
//    best mutual score (both sides gain), at most two per country (`maxPerGroup` caps buyers
//    of one `group`, e.g. a delegation, the same way) — in well under a millisecond, exactly as
//    if every buyer were scored.
const visitors = fair.buyers;
t = performance.now();
const pool = engine.buyers(visitors);
console.log(
  `\n${pool.size} buyers compiled for the exhibitors' dashboards in ${(performance.now() - t).toFixed(0)} ms`,
);
const exhibitor = exhibitors.find((x) => x.id === results[0]!.supplierId)!;
const dashboard = pool.rankBuyers(exhibitor.id, { limit: 5, maxPerCountry: 2 });
const times = exhibitors.slice(0, 500).map((x) => {
  const start = performance.now();
  pool.rankBuyers(x.id, { limit: 5, maxPerCountry: 2 });
  return performance.now() - start;
});
const median = times.sort((a, b) => a - b)[times.length >> 1]!;
console.log(
  `Dashboard of ${exhibitor.name} ` +
    `(a dashboard takes ${median.toFixed(2)} ms at the median over 500 exhibitors): buyers to meet`,
);
for (const m of dashboard) {
  const b = visitors.find((x) => x.id === m.buyerId)!;
  console.log(
    `  ${m.mutual.score.toFixed(2)} mutual ` +
      `(buyer ${m.score.toFixed(2)}, exhibitor ${m.mutual.supplierSide.toFixed(2)})  ${b.name} (${b.country})`,
  );
  console.log(`        ${m.reasons[0]}`);
}

// The same for every exhibitor at once (a nightly e-mail of "buyers to meet"), with progress;
// `rankAllSuppliersParallel` in `cuohe/node` spreads it over worker threads.
t = performance.now();
const everyone = engine.rankAllSuppliers(visitors, { limit: 5 });
const withBuyers = [...everyone.values()].filter((list) => list.length > 0).length;
console.log(
  `\nlists for all ${everyone.size} exhibitors in ${(performance.now() - t).toFixed(0)} ms ` +
    `(${withBuyers} have at least one buyer to meet)`,
);
