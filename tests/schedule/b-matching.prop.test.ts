/** The min-cost-flow b-matching against brute force, with and without a cap on the number of pairs. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxWeightBMatching } from '../../src/schedule/b-matching.js';

const graph = fc
  .record({ buyers: fc.integer({ min: 1, max: 4 }), suppliers: fc.integer({ min: 1, max: 4 }) })
  .chain(({ buyers, suppliers }) => {
    const pairs = Array.from({ length: buyers }, (_, b) => Array.from({ length: suppliers }, (_, s) => [b, buyers + s] as const)).flat();
    return fc.record({
      nodes: fc.constant(buyers + suppliers),
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: buyers + suppliers, maxLength: buyers + suppliers }),
      edges: fc.uniqueArray(fc.constantFrom(...pairs), { maxLength: 11, selector: ([b, s]) => `${b}|${s}` }).chain((chosen) =>
        fc.tuple(...chosen.map(([buyer, supplier]) => fc.record({ buyer: fc.constant(buyer), supplier: fc.constant(supplier), score: fc.integer({ min: -20, max: 100 }).map((n) => n / 100) }))),
      ),
      maxTotal: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
    });
  });

function bruteForce(capacity: number[], edges: { buyer: number; supplier: number; score: number }[], maxTotal: number): number {
  let best = 0;
  for (let mask = 0; mask < 1 << edges.length; mask++) {
    const used = new Array<number>(capacity.length).fill(0);
    let total = 0;
    let count = 0;
    let ok = true;
    edges.forEach((e, i) => {
      if (!(mask & (1 << i))) return;
      count++;
      total += e.score;
      if (++used[e.buyer]! > capacity[e.buyer]! || ++used[e.supplier]! > capacity[e.supplier]!) ok = false;
    });
    if (ok && count <= maxTotal && total > best) best = total;
  }
  return best;
}

describe('maxWeightBMatching', () => {
  it('reaches the brute-force optimum and respects every capacity', () => {
    fc.assert(
      fc.property(graph, ({ nodes, capacity, edges, maxTotal }) => {
        const chosen = maxWeightBMatching(nodes, capacity, [...edges], maxTotal);
        const used = new Array<number>(nodes).fill(0);
        for (const i of chosen) {
          used[edges[i]!.buyer]!++;
          used[edges[i]!.supplier]!++;
        }
        used.forEach((u, node) => expect(u).toBeLessThanOrEqual(capacity[node]!));
        if (maxTotal !== undefined) expect(chosen.length).toBeLessThanOrEqual(maxTotal);
        const total = chosen.reduce((s, i) => s + edges[i]!.score, 0);
        expect(total).toBeCloseTo(bruteForce(capacity, [...edges], maxTotal ?? Infinity), 9);
      }),
      { numRuns: 300 },
    );
  });
});
