/**
 * Baselines measured in the same run as cuohe:
 * - reference path: every pair through cuohe's own scoring kernel (all seven components, hard
 *   constraints), eligible pairs fully sorted — what `rank` must equal, without its pruning;
 * - naive JS: plain objects, capability cosine only, `map` + full `sort` per buyer (the
 *   "naive JS" row of the peer table; it computes far less than cuohe does).
 * They import the kernel from the source, which the bench script bundles like the package.
 */
import type { Buyer, Supplier } from '../src/index.js';
import { KeywordMatcher } from '../src/score/components/text.js';
import { GeoTables } from '../src/score/kernel/geo-tables.js';
import { Interner } from '../src/score/kernel/interner.js';
import { compileBuyer } from '../src/score/kernel/query.js';
import { kernelContext, PairScores, scorePair } from '../src/score/kernel/score-pair.js';
import { buildSupplierTable } from '../src/score/kernel/supplier-table.js';
import { DEFAULT_WEIGHTS } from '../src/score/weights.js';

/** Milliseconds per buyer of the reference path (a first buyer warms it up, untimed). */
export function referencePerBuyer(suppliers: readonly Supplier[], buyers: readonly Buyer[], asOf: string): number {
  const sorted = [...suppliers].sort((a, b) => (a.id < b.id ? -1 : 1));
  const date = new Date(`${asOf}T00:00:00Z`);
  const geo = new GeoTables(date);
  const vocab = { certificates: new Interner(), languages: new Interner(), keywords: new Interner() };
  const table = buildSupplierTable(sorted, geo, vocab);
  const keywords = new KeywordMatcher(vocab.keywords.values);
  const ctx = kernelContext(table, geo, {
    weights: DEFAULT_WEIGHTS,
    requireIndustryOverlap: true,
    minIndustryLevel: 'chapter',
  });
  const out = new PairScores();
  const rank = (buyer: Buyer) => {
    const b = compileBuyer(buyer, geo, vocab, keywords, date, table.capabilities?.dim);
    const hits: { row: number; score: number }[] = [];
    for (let i = 0; i < table.size; i++) {
      const r = scorePair(ctx, b, i, out);
      if (r.excluded === 0) hits.push({ row: i, score: r.score });
    }
    return hits.sort((x, y) => y.score - x.score || x.row - y.row).slice(0, 10);
  };
  rank(buyers[0]!);
  const t = performance.now();
  for (const buyer of buyers) rank(buyer);
  return (performance.now() - t) / buyers.length;
}

/** Milliseconds per buyer of naive JS: arrays of plain objects, cosine only, map + full sort. */
export function naivePerBuyer(suppliers: readonly Supplier[], buyers: readonly Buyer[]): number {
  const items = suppliers.map((s) => ({ id: s.id, v: s.capabilities ?? [] }));
  const t = performance.now();
  for (const b of buyers) {
    const q = b.capabilities ?? [];
    const qn = Math.hypot(...q);
    items
      .map((s) => ({ id: s.id, score: s.v.reduce((acc, x, i) => acc + x * q[i]!, 0) / (Math.hypot(...s.v) * qn) }))
      .sort((x, y) => y.score - x.score)
      .slice(0, 10);
  }
  return (performance.now() - t) / buyers.length;
}
