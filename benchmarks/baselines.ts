/**
 * Baselines measured in the same run as cuohe:
 * - reference path: every pair through cuohe's own scoring kernel (all seven components, hard
 *   constraints), eligible pairs fully sorted — what `rank` must equal, without its pruning;
 * - naive JS: plain objects, capability cosine only, `map` + full `sort` per buyer (the
 *   "naive JS" row of the peer table; it computes far less than cuohe does).
 * They import the kernel from the source, which the bench script bundles like the package.
 */
import type { Buyer, Supplier } from '../src/index.js';
import { PairScores, scorePair } from '../src/score/kernel/score-pair.js';
import { buildKernel, type Kernel } from '../src/score/kernel/setup.js';
import { DEFAULT_WEIGHTS } from '../src/score/weights.js';

/** The kernel over `suppliers` in id order (the engine's row order), with the engine's default options. */
export function referenceKernel(suppliers: readonly Supplier[], asOf: string): Kernel {
  return buildKernel(
    [...suppliers].sort((a, b) => (a.id < b.id ? -1 : 1)),
    {
      weights: DEFAULT_WEIGHTS,
      requireIndustryOverlap: true,
      minIndustryLevel: 'chapter',
      asOf: new Date(`${asOf}T00:00:00Z`),
    },
  );
}

/** Milliseconds per buyer of the reference path (a first buyer warms it up, untimed). */
export function referencePerBuyer(suppliers: readonly Supplier[], buyers: readonly Buyer[], asOf: string): number {
  const { context: ctx, table, compile } = referenceKernel(suppliers, asOf);
  const out = new PairScores();
  const rank = (buyer: Buyer) => {
    const b = compile(buyer);
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
