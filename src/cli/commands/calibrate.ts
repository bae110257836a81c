/**
 * `cuohe calibrate`: fit the component weights to a past fair's outcomes, print the
 * cross-validated before / after table and write the weights as JSON for `cuohe match --weights`.
 */
import { writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { type Command, Option } from 'commander';
import { calibrateWeights } from '../../calibrate/calibrate.js';
import { formatCalibration } from '../../calibrate/format.js';
import { calibrationMessages } from '../../calibrate/messages.js';
import type { Outcome } from '../../calibrate/outcomes.js';
import { readOutcomesCsv, readOutcomesJson } from '../../io/outcomes.js';
import { COMPONENTS } from '../../model/types.js';
import { issue, ValidationError } from '../../model/validation-error.js';
import { loadProfiles, readText } from '../load.js';
import { EXIT, formatLocated } from '../report.js';
import { parseWeights } from './match.js';

interface CalibrateCommandOptions {
  suppliers: string;
  buyers: string;
  outcomes: string;
  folds: string;
  seed: string;
  k: string;
  weights?: string;
  asOf?: string;
  locale?: string;
  encoding?: string;
  out: string;
}

const SAID = {
  en: { written: (file: string) => `fitted weights written to ${file}; use them with: cuohe match --weights ${file}` },
  zh: { written: (file: string) => `拟合的权重已写入 ${file}；用法：cuohe match --weights ${file}` },
};

export function registerCalibrate(cli: Command): void {
  cli
    .command('calibrate')
    .requiredOption('--suppliers <file>')
    .requiredOption('--buyers <file>')
    .requiredOption('--outcomes <file>')
    .addOption(new Option('--folds <n>').default('5'))
    .addOption(new Option('--seed <n>').default('1'))
    .addOption(new Option('--k <n>').default('10'))
    .option('--weights <spec>')
    .option('--as-of <date>')
    .addOption(new Option('--locale <en|zh>').default('en'))
    .option('--encoding <name>')
    .addOption(new Option('--out <file>').default('weights.json'))
    .action((o: CalibrateCommandOptions) => {
      process.exitCode = runCalibrate(o);
    });
}

function wholeNumber(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new ValidationError([issue([flag], 'out-of-range', { rule: 'not-whole', value })]);
  return n;
}

function runCalibrate(o: CalibrateCommandOptions): number {
  const locale = o.locale === 'zh' ? 'zh' : 'en';
  try {
    if (o.locale !== undefined && o.locale !== 'en' && o.locale !== 'zh')
      throw new ValidationError([issue(['--locale'], 'invalid-value', { rule: 'en-or-zh' })]);
    const load = { ...(o.encoding ? { encoding: o.encoding } : {}) };
    const suppliers = loadProfiles('suppliers', o.suppliers, load).profiles;
    const buyers = loadProfiles('buyers', o.buyers, load).profiles;
    const file = basename(o.outcomes);
    const text = readText(o.outcomes, o.encoding);
    const read = { file, suppliers, buyers, locale } as const;
    const outcomes: Outcome[] =
      extname(o.outcomes).toLowerCase() === '.json' ? readOutcomesJson(text, read) : readOutcomesCsv(text, read);
    const weights = parseWeights(o.weights);
    const result = calibrateWeights(suppliers, buyers, outcomes, {
      folds: wholeNumber(o.folds, '--folds'),
      seed: wholeNumber(o.seed, '--seed'),
      k: wholeNumber(o.k, '--k'),
      engine: { ...(o.asOf ? { asOf: o.asOf } : {}), ...(weights ? { weights } : {}), locale },
    });
    process.stdout.write(formatCalibration(result, { locale }));
    // Six decimals: plenty for weights, and the file stays readable.
    const rounded = Object.fromEntries(COMPONENTS.map((c) => [c, Math.round(result.weights[c] * 1e6) / 1e6]));
    writeFileSync(o.out, `${JSON.stringify(rounded, null, 2)}\n`);
    process.stdout.write(`\n${SAID[locale].written(o.out)}\n`);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const max = 200;
    for (const issue of error.issues.slice(0, max)) process.stderr.write(`${formatLocated(issue)}\n`);
    if (error.issues.length > max) process.stderr.write(`… ${error.issues.length - max}\n`);
    process.stderr.write(`${calibrationMessages(locale).problems(error.issues.length)}\n`);
    return EXIT.invalid;
  }
}
