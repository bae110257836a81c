/**
 * The b-matching against brute force (with and without a cap on the number of pairs, with and
 * without a supplier floor), and the network simplex's dual certificate on larger graphs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Edge, maxWeightBMatching } from '../../src/schedule/b-matching.js';
import { type FlowArc, minCostFlow } from '../../src/schedule/pair-choice/network-simplex.js';

const graph = fc
  .record({ buyers: fc.integer({ min: 1, max: 4 }), suppliers: fc.integer({ min: 1, max: 4 }) })
  .chain(({ buyers, suppliers }) => {
    const pairs = Array.from({ length: buyers }, (_, b) =>
      Array.from({ length: suppliers }, (_, s) => [b, buyers + s] as const),
    ).flat();
    return fc.record({
      nodes: fc.constant(buyers + suppliers),
      buyers: fc.constant(buyers),
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), {
        minLength: buyers + suppliers,
        maxLength: buyers + suppliers,
      }),
      edges: fc
        .uniqueArray(fc.constantFrom(...pairs), { maxLength: 11, selector: ([b, s]) => `${b}|${s}` })
        .chain((chosen) =>
          fc.tuple(
            ...chosen.map(([buyer, supplier]) =>
              fc.record({
                buyer: fc.constant(buyer),
                supplier: fc.constant(supplier),
                score: fc.integer({ min: -20, max: 100 }).map((n) => n / 100),
              }),
            ),
          ),
        ),
      maxTotal: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
      floor: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    });
  });

/** The best (floor meetings, total score), lexicographically, over every subset of edges. */
function bruteForce(
  capacity: number[],
  edges: readonly Edge[],
  maxTotal: number,
  floor: number[],
): { floor: number; total: number } {
  let best = { floor: 0, total: 0 };
  for (let mask = 0; mask < 1 << edges.length; mask++) {
    const used = new Array<number>(capacity.length).fill(0);
    let total = 0;
    let count = 0;
    let ok = true;
    edges.forEach((e, i) => {
      if (!(mask & (1 << i))) return;
      count++;
      total += e.score;
      if (e.score <= 0) ok = false; // never chosen: adds nothing
      if (++used[e.buyer]! > capacity[e.buyer]! || ++used[e.supplier]! > capacity[e.supplier]!) ok = false;
    });
    if (!ok || count > maxTotal) continue;
    const f = used.reduce((sum, u, node) => sum + Math.min(u, floor[node]!), 0);
    if (f > best.floor || (f === best.floor && total > best.total + 1e-12)) best = { floor: f, total };
  }
  return best;
}

describe('maxWeightBMatching', () => {
  it('reaches the brute-force optimum — floor meetings first, then the score — and respects every capacity', () => {
    fc.assert(
      fc.property(graph, ({ nodes, buyers, capacity, edges, maxTotal, floor }) => {
        const floors = Array.from({ length: nodes }, (_, node) => (floor !== undefined && node >= buyers ? floor : 0));
        const chosen = maxWeightBMatching(
          nodes,
          capacity,
          [...edges],
          maxTotal,
          floor !== undefined ? floors : undefined,
        );
        const used = new Array<number>(nodes).fill(0);
        for (const i of chosen) {
          used[edges[i]!.buyer]!++;
          used[edges[i]!.supplier]!++;
          expect(edges[i]!.score).toBeGreaterThan(0);
        }
        used.forEach((u, node) => expect(u).toBeLessThanOrEqual(capacity[node]!));
        if (maxTotal !== undefined) expect(chosen.length).toBeLessThanOrEqual(maxTotal);
        const total = chosen.reduce((s, i) => s + edges[i]!.score, 0);
        const floorMeetings = used.reduce((sum, u, node) => sum + Math.min(u, floors[node]!), 0);
        const best = bruteForce(capacity, edges, maxTotal ?? Infinity, floors);
        expect(floorMeetings).toBe(best.floor);
        expect(total).toBeCloseTo(best.total, 9);
      }),
      { numRuns: 400 },
    );
  });

  it('network simplex: dual certificate (no residual arc of negative reduced cost), cold and warm, same total', () => {
    // Larger random b-matching flows than brute force can check: optimality by complementary slackness.
    const flowProblem = fc.record({
      buyers: fc.integer({ min: 1, max: 40 }),
      suppliers: fc.integer({ min: 1, max: 60 }),
      seed: fc.integer({ min: 1, max: 2 ** 30 }),
      maxTotal: fc.integer({ min: 1, max: 200 }),
      floor: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(flowProblem, ({ buyers, suppliers, seed, maxTotal, floor }) => {
        let state = seed;
        const rand = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
        const n = buyers + suppliers + 2;
        const [meet, sink] = [buyers + suppliers, buyers + suppliers + 1];
        const arcs: FlowArc[] = [];
        const supply = new Array<number>(n).fill(0);
        for (let b = 0; b < buyers; b++) {
          const quota = 1 + Math.floor(rand() * 4);
          supply[b] = quota;
          supply[sink]! -= quota;
          arcs.push({ from: b, to: sink, capacity: Infinity, major: 0, minor: 0 });
          for (let k = 0; k < 6; k++)
            arcs.push({ from: b, to: buyers + Math.floor(rand() * suppliers), capacity: 1, major: 0, minor: -rand() });
        }
        for (let s = buyers; s < buyers + suppliers; s++) {
          if (floor) arcs.push({ from: s, to: meet, capacity: floor, major: -1, minor: 0 });
          arcs.push({ from: s, to: meet, capacity: 1 + Math.floor(rand() * 3), major: 0, minor: 0 });
        }
        arcs.push({ from: meet, to: sink, capacity: maxTotal, major: 0, minor: 0 });
        const cold = minCostFlow(n, supply, arcs, 1e-12);
        // Warm: from a random greedy flow (pairs in random order while quotas and the cap allow).
        const start = new Float64Array(arcs.length);
        const used = new Array<number>(n).fill(0);
        const toMeet = (s: number) =>
          arcs.map((a, e) => (a.from === s && a.to === meet ? e : -1)).filter((e) => e >= 0);
        let total = 0;
        const order = arcs.map((_, e) => e).sort(() => rand() - 0.5);
        for (const e of order) {
          const a = arcs[e]!;
          if (a.to === sink || a.to === meet || total >= maxTotal || start[e] === 1) continue;
          const room = toMeet(a.to).find((f) => start[f]! < arcs[f]!.capacity);
          if (used[a.from]! >= supply[a.from]! || room === undefined) continue;
          start[e] = 1;
          start[room]!++;
          used[a.from]!++;
          total++;
        }
        arcs.forEach((a, e) => {
          if (a.to === sink && a.from < buyers) start[e] = supply[a.from]! - used[a.from]!;
          if (a.from === meet) start[e] = total;
        });
        const warm = minCostFlow(n, supply, arcs, 1e-12, start);
        const cost = (flow: Float64Array) => {
          let [major, minor] = [0, 0];
          arcs.forEach((a, e) => {
            major += a.major * flow[e]!;
            minor += a.minor * flow[e]!;
          });
          return { major, minor };
        };
        expect(cost(warm.flow).major).toBe(cost(cold.flow).major);
        expect(cost(warm.flow).minor).toBeCloseTo(cost(cold.flow).minor, 9);
        const certify = (flow: Float64Array, pa: Float64Array, pb: Float64Array): void => {
          const balance = new Array<number>(n).fill(0);
          arcs.forEach((a, e) => {
            const x = flow[e]!;
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(a.capacity);
            expect(Number.isInteger(x)).toBe(true);
            balance[a.from]! += x;
            balance[a.to]! -= x;
            const rA = a.major + pa[a.from]! - pa[a.to]!;
            const rB = a.minor + pb[a.from]! - pb[a.to]!;
            const negative = rA < 0 || (rA === 0 && rB < -1e-9);
            const positive = rA > 0 || (rA === 0 && rB > 1e-9);
            if (x < a.capacity) expect(negative).toBe(false); // room to push: not cheaper
            if (x > 0) expect(positive).toBe(false); // flow on it: not dearer
          });
          balance.forEach((v, node) => expect(v).toBe(supply[node]));
        };
        for (const { flow, potentialMajor: pa, potentialMinor: pb } of [cold, warm]) certify(flow, pa, pb);
      }),
      { numRuns: 200 },
    );
  });
});
