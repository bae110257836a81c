/** `cuohe match`: rank every buyer's best suppliers and write them as CSV or JSON. */
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { createEngine } from '../../rank/engine.js';
import { ValidationError } from '../../model/validation-error.js';
import { matchesToCsv } from '../../io/write.js';
import { profilesToCsv } from '../../io/write.js';
import { hsDescription, isicDescription } from '../../taxonomy/descriptions.js';
import { loadProfiles } from '../load.js';
import { progressBar } from '../progress.js';

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
}

export function parseWeights(spec: string | undefined): Record<string, number> | undefined {
  if (!spec) return undefined;
  const weights: Record<string, number> = {};
  for (const part of spec.split(',')) {
    const [name, value] = part.split('=').map((s) => s.trim());
    if (!name || value === undefined || value === '' || Number.isNaN(Number(value))) {
      throw new ValidationError([{ path: ['--weights'], message: `"${part}" is not name=number (e.g. industry=0.5,region=0.2)` }]);
    }
    weights[name] = Number(value);
  }
  return weights;
}

export function runMatch(o: MatchOptions): number {
  const started = Date.now();
  const load = { ...(o.encoding ? { encoding: o.encoding } : {}), ...(o.columns ? { columns: o.columns } : {}), ...(o.ignoreColumns ? { ignoreColumns: o.ignoreColumns } : {}), skipInvalid: o.skipInvalid ?? false };
  const suppliers = loadProfiles('suppliers', o.suppliers, load);
  const buyers = loadProfiles('buyers', o.buyers, load);
  const rejects = [...suppliers.rejects.map((r) => ({ file: o.suppliers, ...r })), ...buyers.rejects.map((r) => ({ file: o.buyers, ...r }))];
  if (rejects.length && o.rejects) {
    writeFileSync(o.rejects, profilesToCsv(rejects.map((r) => ({ file: r.file, line: r.line, problems: r.issues.map((i) => `${i.path.slice(2).join('.')}: ${i.message}`).join(' | '), ...r.cells }))));
  }
  const top = Number(o.top);
  if (!Number.isInteger(top) || top < 1) throw new ValidationError([{ path: ['--top'], message: 'must be a positive whole number' }]);
  const weights = parseWeights(o.weights);
  const engine = createEngine(suppliers.profiles, {
    ...(o.asOf ? { asOf: o.asOf } : {}),
    ...(weights ? { weights } : {}),
    ...(o.locale ? { locale: o.locale as 'en' | 'zh' } : {}),
    describeCode: (scheme, code) => (scheme === 'hs' ? hsDescription(code) : isicDescription(code)),
  });
  const bar = progressBar('ranking');
  const ranked = engine.rankAll(buyers.profiles, {
    limit: top,
    ...(o.minScore !== undefined ? { minScore: Number(o.minScore) } : {}),
    onProgress: (done, total) => bar.update(done, total),
  });
  bar.stop();
  // Ids are per side: buyer 1 and supplier 1 are different firms.
  const buyerNames = new Map(buyers.profiles.map((p) => [p.id, p.name]));
  const supplierNames = new Map(suppliers.profiles.map((p) => [p.id, p.name]));
  if (o.out) {
    const text = extname(o.out).toLowerCase() === '.json' ? `${JSON.stringify(Object.fromEntries(ranked), null, 1)}\n` : matchesToCsv(ranked, { buyerNames: Object.fromEntries(buyerNames), supplierNames: Object.fromEntries(supplierNames), bom: o.bom ?? false });
    writeFileSync(o.out, text);
  }
  // One-screen summary.
  const counts = [...ranked.values()].map((m) => m.length);
  const without = buyers.profiles.filter((b) => (ranked.get(b.id)?.length ?? 0) === 0);
  const out = process.stdout;
  out.write(`${suppliers.profiles.length} suppliers × ${buyers.profiles.length} buyers ranked in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  out.write(`${counts.reduce((a, b) => a + b, 0)} matches (top ${top} per buyer)${o.out ? ` written to ${o.out}` : ''}\n`);
  if (rejects.length) out.write(`${rejects.length} invalid rows skipped${o.rejects ? ` (see ${o.rejects})` : ''}\n`);
  if (without.length) out.write(`${without.length} buyers without an eligible supplier: ${without.slice(0, 10).map((b) => b.id).join(', ')}${without.length > 10 ? ', …' : ''}\n`);
  if (!o.out) {
    for (const [buyerId, matches] of [...ranked].slice(0, 5)) {
      out.write(`\n${buyerId} ${buyerNames.get(buyerId) ?? ''}\n`);
      for (const m of matches.slice(0, 3)) out.write(`  ${m.score.toFixed(3)}  ${m.supplierId} ${supplierNames.get(m.supplierId) ?? ''} — ${m.reasons[0] ?? ''}\n`);
    }
  }
  return 0;
}
