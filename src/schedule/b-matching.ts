/**
 * Maximum-weight bipartite b-matching with an optional cap on the number of pairs and an
 * optional per-supplier floor, solved exactly as one minimum-cost flow (network simplex,
 * pair-choice/network-simplex.ts):
 *
 *   buyer b (supply = its quota) → supplier s (one unit per candidate pair, cost −score)
 *   supplier s → M (first min(floor, quota) units: major cost −1; the rest: cost 0)
 *   M → T (capacity `maxTotal`, e.g. tables × slots);  buyer b → T (free: quota left unused)
 *
 * All buyer supply ends in T, so "unused" is a choice and the flow maximises the score over
 * all matching sizes. The floor units carry a whole-number major cost compared before the
 * float scores, so the result first maximises Σ min(meetings of s, floor) and then the total
 * score — lexicographically, exactly, with no bonus size to pick. The constraint matrix is
 * a network matrix (totally unimodular), so the flow optimum is the integer optimum.
 * Tested against brute force.
 */
import { type FlowArc, minCostFlow } from './pair-choice/network-simplex.js';

export interface Edge {
  buyer: number;
  supplier: number;
  score: number;
}

/** Relative tolerance on float scores (2^-40 of the largest): far below any meaningful score gap. */
const RELATIVE_TOLERANCE = 2 ** -40;

/**
 * Chooses edges maximising, first, the floor meetings Σ min(meetings, floor[supplier]) (when
 * `supplierFloor` is given) and then the total score, such that no node exceeds
 * `capacity[node]` and at most `maxTotal` edges are chosen. Edges with score ≤ 0 are never
 * chosen. Returns the indices of the chosen edges in `edges`, ascending.
 */
export function maxWeightBMatching(
  nodeCount: number,
  capacity: readonly number[],
  edges: readonly Edge[],
  maxTotal = Infinity,
  supplierFloor?: readonly number[],
): number[] {
  if (maxTotal <= 0) return [];
  // Compact node ids: only participants with a usable edge enter the flow network.
  const node = new Int32Array(nodeCount).fill(-1);
  let nodes = 0;
  const usable = (e: Edge) => e.score > 0 && capacity[e.buyer]! > 0 && capacity[e.supplier]! > 0;
  const buyers: number[] = [];
  const suppliers: number[] = [];
  for (const e of edges) {
    if (!usable(e)) continue;
    if (node[e.buyer] === -1) {
      node[e.buyer] = nodes++;
      buyers.push(e.buyer);
    }
    if (node[e.supplier] === -1) {
      node[e.supplier] = nodes++;
      suppliers.push(e.supplier);
    }
  }
  if (nodes === 0) return [];
  const meet = nodes;
  const sink = nodes + 1;
  const arcs: FlowArc[] = [];
  const pairArc: number[] = [];
  let maxScore = 0;
  for (const e of edges) {
    if (!usable(e)) {
      pairArc.push(-1);
      continue;
    }
    maxScore = Math.max(maxScore, e.score);
    pairArc.push(arcs.length);
    arcs.push({ from: node[e.buyer]!, to: node[e.supplier]!, capacity: 1, major: 0, minor: -e.score });
  }
  const floorArc = new Int32Array(nodes).fill(-1);
  const restArc = new Int32Array(nodes).fill(-1);
  for (const s of suppliers) {
    const quota = capacity[s]!;
    const floor = Math.min(quota, supplierFloor?.[s] ?? 0);
    if (floor > 0) {
      floorArc[node[s]!] = arcs.length;
      arcs.push({ from: node[s]!, to: meet, capacity: floor, major: -1, minor: 0 });
    }
    if (quota > floor) {
      restArc[node[s]!] = arcs.length;
      arcs.push({ from: node[s]!, to: meet, capacity: quota - floor, major: 0, minor: 0 });
    }
  }
  const capArc = arcs.length;
  arcs.push({ from: meet, to: sink, capacity: maxTotal, major: 0, minor: 0 });
  const supply = new Array<number>(nodes + 2).fill(0);
  const unusedArc = new Int32Array(nodes).fill(-1);
  for (const b of buyers) {
    supply[node[b]!] = capacity[b]!;
    supply[sink]! -= capacity[b]!;
    unusedArc[node[b]!] = arcs.length;
    arcs.push({ from: node[b]!, to: sink, capacity: Infinity, major: 0, minor: 0 });
  }
  // Start from the greedy choice (best pairs first while quotas and the cap allow; with a
  // floor, first only pairs that lift a supplier towards it): a basic feasible flow close to
  // the optimum, so the simplex needs far fewer pivots than from scratch.
  const start = new Float64Array(arcs.length);
  const left = new Float64Array(nodes);
  for (const b of buyers) left[node[b]!] = capacity[b]!;
  for (const s of suppliers) left[node[s]!] = capacity[s]!;
  const byScore = pairArc.filter((a) => a >= 0).sort((x, y) => arcs[x]!.minor - arcs[y]!.minor || x - y);
  const belowFloor = (s: number) => floorArc[s] !== -1 && start[floorArc[s]!]! < arcs[floorArc[s]!]!.capacity;
  let total = 0;
  for (const floorFirst of supplierFloor ? [true, false] : [false]) {
    for (const a of byScore) {
      if (total >= maxTotal) break;
      const { from, to } = arcs[a]!;
      if (start[a] === 1 || left[from]! <= 0 || left[to]! <= 0 || (floorFirst && !belowFloor(to))) continue;
      left[from]!--;
      left[to]!--;
      total++;
      start[a] = 1;
      start[unusedArc[from]!]! -= 1;
      start[belowFloor(to) ? floorArc[to]! : restArc[to]!]! += 1;
    }
  }
  for (const b of buyers) start[unusedArc[node[b]!]!]! += capacity[b]!;
  start[capArc] = total;
  const { flow } = minCostFlow(nodes + 2, supply, arcs, maxScore * RELATIVE_TOLERANCE, start);
  const chosen: number[] = [];
  pairArc.forEach((arc, i) => {
    if (arc >= 0 && flow[arc]! > 0.5) chosen.push(i);
  });
  return chosen;
}
