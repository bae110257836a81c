/**
 * Learning from outcomes: after a fair, the organiser knows which meetings led to a
 * follow-up, a sample order or a deal. This script simulates such a fair (the bundled sample:
 * 2,000 exhibitors, 300 buyers) whose buyers secretly care more about capability and region
 * than the default weights assume, fits the weights to the outcomes, and shows the held-out
 * gain (each buyer ranked by weights fitted without its own outcomes). Then it does the same
 * with outcomes drawn from the default weights: there the fit finds nothing to gain, and
 * says so. It writes the fitted weights as JSON (in the temp directory) for `cuohe match --weights`.
 *
 * Run: npx tsx examples/calibrate/learn-from-outcomes.ts [--zh]
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPONENTS, createEngine, DEFAULT_WEIGHTS, type Weights } from 'cuohe';
import { calibrateWeights, evaluateRanking, formatCalibration } from 'cuohe/calibrate';
import { readOutcomesCsv } from 'cuohe/io';
import { loadSampleFair } from '../fair/sample.js';
import { simulateOutcomes } from './simulate.js';

const locale = process.argv.includes('--zh') ? 'zh' : 'en';
const { suppliers, buyers } = loadSampleFair();
const engine = { asOf: '2026-11-22', locale } as const;

// 1. What buyers really wanted (hidden from the fit): capability and region matter more.
const truth: Weights = {
  industry: 0.2,
  capability: 0.3,
  region: 0.3,
  credentials: 0.05,
  text: 0.05,
  capacity: 0.05,
  timing: 0.05,
};
const rows = simulateOutcomes(suppliers, buyers, { truth, seed: 7 });
// As an organiser would have them: a spreadsheet, read and checked by cuohe/io.
const csv = `buyerId,supplierId,outcome\n${rows.map((r) => `${r.buyerId},${r.supplierId},${r.outcome}`).join('\n')}\n`;
const outcomes = readOutcomesCsv(csv, { file: 'outcomes.csv', suppliers, buyers, locale });

// 2. How well did the default ranking do?
const report = evaluateRanking(createEngine(suppliers, engine), buyers, outcomes, { k: 10 });
const { judgedPairs, ndcg, recall } = report.overall;
console.log(
  `The defaults on ${judgedPairs} judged pairs: nDCG@10 ${ndcg?.toFixed(3)}, recall@10 ${recall?.toFixed(3)}\n`,
);

// 3. Fit, with 5-fold cross-validation by buyer.
const fitted = calibrateWeights(suppliers, buyers, outcomes, { folds: 5, seed: 1, engine });
console.log(formatCalibration(fitted, { locale, groups: 5 }));
const distance = (w: Weights) => COMPONENTS.reduce((s, c) => s + Math.abs(w[c] - truth[c]), 0).toFixed(3);
console.log(
  `distance to the hidden weights (L1): defaults ${distance(DEFAULT_WEIGHTS)}, fitted ${distance(fitted.weights)}`,
);
const file = join(tmpdir(), 'cuohe-weights.json');
writeFileSync(file, `${JSON.stringify(fitted.weights, null, 2)}\n`);
console.log(`${file} written: cuohe match --weights ${file}, or createEngine(suppliers, { weights })\n`);

// 4. The control: outcomes that follow the default weights. No gain to find, none claimed.
const control = calibrateWeights(
  suppliers,
  buyers,
  readOutcomesCsv(
    `buyerId,supplierId,outcome\n${simulateOutcomes(suppliers, buyers, { truth: { ...DEFAULT_WEIGHTS }, seed: 7 })
      .map((r) => `${r.buyerId},${r.supplierId},${r.outcome}`)
      .join('\n')}\n`,
    { suppliers, buyers },
  ),
  { folds: 5, seed: 1, engine },
);
const gain = (r: typeof control) => (r.after.overall.ndcg! - r.before.overall.ndcg!).toFixed(3);
const controlDistance = COMPONENTS.reduce((s, c) => s + Math.abs(control.weights[c] - DEFAULT_WEIGHTS[c]), 0);
const controlNdcg = `${control.before.overall.ndcg?.toFixed(3)} → ${control.after.overall.ndcg?.toFixed(3)}`;
console.log(
  `Control (outcomes drawn from the defaults): held-out nDCG@10 ${controlNdcg} (${gain(control)}), ` +
    `fitted weights within ${controlDistance.toFixed(3)} (L1) of the defaults.`,
);
console.log(`Hidden preferences: held-out nDCG@10 gain ${gain(fitted)}.`);
