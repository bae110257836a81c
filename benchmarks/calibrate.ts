/**
 * Fitting time of cuohe/calibrate for 10,000 and 200,000 judged pairs, on the seeded synthetic
 * fair with outcomes simulated from hidden preferences (examples/calibrate/simulate.ts).
 *
 *   npm run bench:calibrate
 *
 * Measured, each from the build (dist/), as users run it:
 * - baseline: `engine.score` once per judged pair, the least any fit on component scores needs;
 * - `fitWeights` on those pairs' component scores (the regression alone);
 * - `calibrateWeights` end to end with 5 folds (scoring, six fits, six engines, every judged
 *   buyer ranked before and after).
 * Ratios compare measurements of the same run. Results: benchmarks/README.md.
 */
import { simulateOutcomes } from '../examples/calibrate/simulate.js';
import { generateFair } from '../examples/fair/synthetic-fair.js';
import type * as Calibrate from '../src/calibrate/index.js';
import type * as Cuohe from '../src/index.js';
import type * as Descriptions from '../src/taxonomy/descriptions.js';
import { load, machine } from './measure.js';

const dist = (file: string) => new URL(`../dist/${file}`, import.meta.url).href;
const lib = (await import(dist('index.js'))) as typeof Cuohe;
const cal = (await import(dist('calibrate.js'))) as typeof Calibrate;
const { inferCodes } = (await import(dist('descriptions.js'))) as typeof Descriptions;

const TRUTH = {
  industry: 0.2,
  capability: 0.3,
  region: 0.3,
  credentials: 0.05,
  text: 0.05,
  capacity: 0.05,
  timing: 0.05,
};
const asOf = '2026-11-22';

function time<T>(f: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = f();
  return { value, ms: performance.now() - start };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (ms: number) => (ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`);

async function run(pairs: number, suppliersCount: number, repeats: number): Promise<void> {
  const buyersCount = Math.ceil(pairs / 12) + 50;
  const fair = generateFair({ suppliers: suppliersCount, buyers: buyersCount, seed: 20261122 });
  // Codes inferred for the words-only profiles; the few whose words give none are left out.
  const usable = (rows: object[], side: 'supplier' | 'buyer') =>
    inferCodes(rows as Record<string, unknown>[], { side }).filter((r) =>
      ['products', 'activities', 'wants', 'inferredProducts', 'inferredWants'].some(
        (k) => Array.isArray(r[k]) && (r[k] as unknown[]).length > 0,
      ),
    );
  const suppliers = lib.parseSuppliers(usable(fair.suppliers, 'supplier'));
  const buyers = lib.parseBuyers(usable(fair.buyers, 'buyer'));
  const outcomes = cal.parseOutcomes(
    simulateOutcomes(suppliers, buyers, { truth: TRUTH, seed: 7, asOf }).slice(0, pairs),
    { suppliers, buyers },
  );
  const engine = lib.createEngine(suppliers, { asOf });
  const byId = new Map(buyers.map((b) => [b.id, b]));

  const scoring: number[] = [];
  const fitting: number[] = [];
  const whole: number[] = [];
  let comparisons = 0;
  let result: Calibrate.CalibrationResult | undefined;
  for (let r = 0; r < repeats; r++) {
    const scored = time(() =>
      outcomes.map((o) => ({
        buyerId: o.buyerId,
        components: engine.score(byId.get(o.buyerId)!, o.supplierId).components,
        grade: o.grade,
      })),
    );
    scoring.push(scored.ms);
    const fit = time(() => cal.fitWeights(scored.value));
    fitting.push(fit.ms);
    comparisons = fit.value.comparisons;
    const all = time(() => cal.calibrateWeights(suppliers, buyers, outcomes, { folds: 5, seed: 1, engine: { asOf } }));
    whole.push(all.ms);
    result = all.value;
  }
  const base = median(scoring);
  const n = (x: number) => x.toLocaleString('en');
  const buyerCount = new Set(outcomes.map((o) => o.buyerId)).size;
  const label = `${n(outcomes.length)} judged pairs (${n(buyerCount)} buyers, ${n(suppliersCount)} suppliers)`;
  console.log(`| ${label} | baseline: engine.score per judged pair | ${s(base)} | 1× |`);
  const fitRatio = (median(fitting) / base).toFixed(1);
  console.log(`| | fitWeights (${n(comparisons)} comparisons) | ${s(median(fitting))} | ${fitRatio}× |`);
  console.log(
    `| | calibrateWeights, 5 folds, end to end | ${s(median(whole))} | ${(median(whole) / base).toFixed(1)}× |`,
  );
  const r = result!;
  const fitted = lib.COMPONENTS.map((c) => `${c} ${r.weights[c].toFixed(3)}`).join(', ');
  const ndcg = `${r.before.overall.ndcg!.toFixed(3)} → ${r.after.overall.ndcg!.toFixed(3)}`;
  console.log(`|  | held-out nDCG@10 ${ndcg}; fitted weights ${fitted} | | median of ${repeats} |`);
}

console.log(`# cuohe/calibrate — ${machine()}`);
console.log('\n| data | what | time | ratio to baseline |\n|---|---|---|---|');
await run(10_000, 5_000, 3);
if (!process.argv.includes('--quick')) await run(200_000, 20_000, 1);
console.log(`\nload average at the end: ${load()}`);
