/** `cuohe match`: rank every buyer's best suppliers and write them as CSV or JSON. */
import { extname } from 'node:path';
import type { Reject } from '../../io/types.js';
import { matchesToCsv, profilesToCsv } from '../../io/write.js';
import { matchesToXlsx } from '../../io/xlsx/write.js';
import type { Buyer, Supplier } from '../../model/types.js';
import { ValidationError } from '../../model/validation-error.js';
import { createEngine } from '../../rank/engine.js';
import { type EngineOptions, resolveEngineOptions } from '../../rank/options.js';
import { describeCode, hsConcepts } from '../../taxonomy/descriptions.js';
import { type LoadOptions, loadProfilesFrom } from '../load.js';
import { checkOutputs, staged } from '../output.js';
import { progressBar } from '../progress.js';
import { OptionError, say } from '../report.js';
import { isWeightsFile, readWeightsFile } from '../weights-file.js';

export interface MatchOptions {
  suppliers: string;
  buyers: string;
  top: string;
  minScore?: string;
  weights?: string;
  asOf?: string;
  locale?: string;
  encoding?: string;
  columns?: string;
  ignoreColumns?: string;
  skipInvalid?: boolean;
  rejects?: string;
  out?: string;
  bom?: boolean;
  /** csv, json or xlsx; default: from the extension of --out. */
  format?: string;
  /** Worksheet of .xlsx inputs (name or 1-based position); per side with the next two. */
  sheet?: string;
  suppliersSheet?: string;
  buyersSheet?: string;
}

/** The output format: --format, else the extension of --out (csv when neither says). */
export function outputFormat(
  format: string | undefined,
  out: string | undefined,
  allowed: readonly string[] = ['csv', 'json', 'xlsx'],
): string {
  if (format !== undefined) {
    const f = format.trim().toLowerCase();
    if (!allowed.includes(f)) throw new OptionError('--format', { rule: 'not-one-of', value: format, known: allowed });
    return f;
  }
  const ext = out ? extname(out).toLowerCase().slice(1) : '';
  return allowed.includes(ext) ? ext : 'csv';
}

/**
 * Both files are read before anything fails, so one run lists the problems of the suppliers
 * file and of the buyers file together.
 */
async function loadBoth(o: MatchOptions, load: LoadOptions) {
  const sheet = (own: string | undefined) => ((own ?? o.sheet) !== undefined ? { sheet: (own ?? o.sheet)! } : {});
  const results = await Promise.allSettled([
    loadProfilesFrom('suppliers', o.suppliers, { ...load, ...sheet(o.suppliersSheet) }),
    loadProfilesFrom('buyers', o.buyers, { ...load, ...sheet(o.buyersSheet) }),
  ]);
  const failed = results
    .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    .map((r) => r.reason as unknown);
  if (failed.length) {
    if (failed.length === 1 || !failed.every((e) => e instanceof ValidationError && !(e instanceof OptionError)))
      throw failed[0];
    throw new ValidationError(
      failed.flatMap((e) => (e as ValidationError).issues),
      'both input files have problems',
    );
  }
  const [suppliers, buyers] = results.map(
    (r) => (r as PromiseFulfilledResult<Awaited<ReturnType<typeof loadProfilesFrom>>>).value,
  );
  return {
    suppliers: suppliers as { profiles: Supplier[]; rejects: Reject[] },
    buyers: buyers as { profiles: Buyer[]; rejects: Reject[] },
  };
}

export function parseWeights(spec: string | undefined): Record<string, number> | undefined {
  if (!spec) return undefined;
  if (isWeightsFile(spec)) return readWeightsFile(spec);
  const weights: Record<string, number> = {};
  for (const part of spec.split(',')) {
    const [name, value] = part.split('=').map((s) => s.trim());
    if (!name || value === undefined || value === '' || Number.isNaN(Number(value))) {
      throw new OptionError('--weights', { rule: 'weights-spec', value: part });
    }
    weights[name] = Number(value);
  }
  return weights;
}

const FLAGS: Record<string, string> = {
  asOf: '--as-of',
  weights: '--weights',
  locale: '--locale',
  minScore: '--min-score',
  limit: '--top',
};

/** Checks option values before any file is read: a bad value is a usage error (exit 2). */
function checkedOptions(o: MatchOptions): { engine: EngineOptions; rank: { limit: number; minScore?: number } } {
  const top = Number(o.top);
  if (!/^\d+$/.test(o.top.trim()) || !Number.isInteger(top) || top < 1)
    throw new OptionError('--top', { rule: 'not-positive-whole', value: o.top });
  let minScore: number | undefined;
  if (o.minScore !== undefined) {
    minScore = Number(o.minScore);
    if (o.minScore.trim() === '' || !(minScore >= 0 && minScore <= 1))
      throw new OptionError('--min-score', { rule: 'not-unit-number', value: o.minScore });
  }
  const weights = parseWeights(o.weights);
  const engine: EngineOptions = {
    ...(o.asOf ? { asOf: o.asOf } : {}),
    ...(weights ? { weights } : {}),
    ...(o.locale ? { locale: o.locale as 'en' | 'zh' } : {}),
    describeCode,
    keywordConcepts: hsConcepts,
  };
  try {
    resolveEngineOptions(engine);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const issue = error.issues[0]!;
    throw new OptionError(FLAGS[String(issue.path[1])] ?? 'option', issue.params ?? issue.message, issue.code);
  }
  return { engine, rank: { limit: top, ...(minScore !== undefined ? { minScore } : {}) } };
}

export async function runMatch(o: MatchOptions): Promise<number> {
  const started = Date.now();
  const options = checkedOptions(o);
  const format = outputFormat(o.format, o.out);
  checkOutputs(
    { '--suppliers': o.suppliers, '--buyers': o.buyers, '--columns': o.columns },
    { '--out': o.out, '--rejects': o.rejects },
  );
  const load = {
    ...(o.encoding ? { encoding: o.encoding } : {}),
    ...(o.columns ? { columns: o.columns } : {}),
    ...(o.ignoreColumns ? { ignoreColumns: o.ignoreColumns } : {}),
    skipInvalid: o.skipInvalid ?? false,
  };
  const { suppliers, buyers } = await loadBoth(o, load);
  const rejects = [
    ...suppliers.rejects.map((r) => ({ file: o.suppliers, ...r })),
    ...buyers.rejects.map((r) => ({ file: o.buyers, ...r })),
  ];
  const engine = createEngine(suppliers.profiles, options.engine);
  const bar = progressBar('ranking');
  const ranked = engine.rankAll(buyers.profiles, {
    ...options.rank,
    onProgress: (done, total) => bar.update(done, total),
  });
  bar.stop();
  // Ids are per side: buyer 1 and supplier 1 are different firms.
  const buyerNames = new Map(buyers.profiles.map((p) => [p.id, p.name]));
  const supplierNames = new Map(suppliers.profiles.map((p) => [p.id, p.name]));
  const names = { buyerNames: Object.fromEntries(buyerNames), supplierNames: Object.fromEntries(supplierNames) };
  const matchesFile = !o.out
    ? undefined
    : format === 'json'
      ? `${JSON.stringify(Object.fromEntries(ranked), null, 1)}\n`
      : format === 'xlsx'
        ? await matchesToXlsx(ranked, names)
        : matchesToCsv(ranked, { ...names, bom: o.bom ?? false });
  // Every output is written only now, when the whole run has succeeded, and atomically.
  staged((out) => {
    // Written even when empty, so a rerun never leaves an earlier run's rejects behind.
    if (o.rejects) {
      // "line" is the file's line (CSV, header = line 1), the spreadsheet row (.xlsx) or the record (JSON, from 1).
      const rows = rejects.map((r) => ({
        file: r.file,
        line: r.line,
        problems: r.issues.map((i) => `${i.path.slice(2).join('.')}: ${i.message}`).join(' | '),
        ...r.cells,
      }));
      out.file(
        o.rejects,
        rows.length ? profilesToCsv(rows, { bom: o.bom ?? false }) : `${o.bom ? '\uFEFF' : ''}file,line,problems\r\n`,
      );
    }
    if (o.out && matchesFile !== undefined) out.file(o.out, matchesFile);
  });
  // One-screen summary.
  const counts = [...ranked.values()].map((m) => m.length);
  const without = buyers.profiles.filter((b) => (ranked.get(b.id)?.length ?? 0) === 0);
  say(
    `${suppliers.profiles.length} suppliers × ${buyers.profiles.length} buyers ranked in ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  say(
    `${counts.reduce((a, b) => a + b, 0)} matches (top ${options.rank.limit} per buyer)` +
      `${o.out ? ` written to ${o.out}` : ''}\n`,
  );
  if (rejects.length) say(`${rejects.length} invalid rows skipped${o.rejects ? ` (see ${o.rejects})` : ''}\n`);
  if (without.length)
    say(
      `${without.length} buyers without an eligible supplier: ${without
        .slice(0, 10)
        .map((b) => b.id)
        .join(', ')}${without.length > 10 ? ', …' : ''}\n`,
    );
  if (!o.out) {
    for (const [buyerId, matches] of [...ranked].slice(0, 5)) {
      say(`\n${buyerId} ${buyerNames.get(buyerId) ?? ''}\n`);
      for (const m of matches.slice(0, 3))
        say(
          `  ${m.score.toFixed(3)}  ${m.supplierId} ${supplierNames.get(m.supplierId) ?? ''} — ` +
            `${m.reasons[0] ?? ''}\n`,
        );
    }
  }
  return 0;
}
