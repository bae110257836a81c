/**
 * Maximum-weight bipartite b-matching as min-cost flow: source → buyer (capacity = its quota)
 * → supplier (one unit per candidate pair, cost −score) → sink (capacity = its quota).
 * Successive shortest paths with Johnson potentials and Dijkstra; augmenting stops as soon as
 * the cheapest path no longer gains (cost ≥ 0), which gives the maximum total score over all
 * matching sizes — not the maximum number of meetings. Tested against brute force.
 */

export interface Edge {
  buyer: number;
  supplier: number;
  score: number;
}

/** Floating-point slack when comparing path costs of float scores. */
const EPS = 1e-12;

/**
 * Chooses edges maximising the total score such that no node exceeds `capacity[node]`.
 * Returns the indices of the chosen edges in `edges`, ascending.
 */
export function maxWeightBMatching(nodeCount: number, capacity: readonly number[], edges: readonly Edge[]): number[] {
  // Node ids: participants 0..n-1, source n, sink n+1.
  const source = nodeCount;
  const sink = nodeCount + 1;
  const g = new FlowGraph(nodeCount + 2);
  const pairArc: number[] = [];
  const buyerArc = new Map<number, number>();
  const supplierArc = new Map<number, number>();
  for (const e of edges) {
    if (e.score <= 0 || capacity[e.buyer]! <= 0 || capacity[e.supplier]! <= 0) {
      pairArc.push(-1);
      continue;
    }
    if (!buyerArc.has(e.buyer)) buyerArc.set(e.buyer, g.addArc(source, e.buyer, capacity[e.buyer]!, 0));
    if (!supplierArc.has(e.supplier)) supplierArc.set(e.supplier, g.addArc(e.supplier, sink, capacity[e.supplier]!, 0));
    pairArc.push(g.addArc(e.buyer, e.supplier, 1, -e.score));
  }
  g.minCostFlow(source, sink);
  const chosen: number[] = [];
  pairArc.forEach((arc, i) => {
    if (arc >= 0 && g.flow(arc) > 0) chosen.push(i);
  });
  return chosen;
}

class FlowGraph {
  private readonly head: number[];
  private readonly to: number[] = [];
  private readonly next: number[] = [];
  private readonly cap: number[] = [];
  private readonly cost: number[] = [];

  constructor(private readonly n: number) {
    this.head = new Array<number>(n).fill(-1);
  }

  /** Adds an arc and its reverse; returns the arc's index. */
  addArc(u: number, v: number, capacity: number, cost: number): number {
    const id = this.to.length;
    this.push(u, v, capacity, cost);
    this.push(v, u, 0, -cost);
    return id;
  }

  flow(arc: number): number {
    return this.cap[arc ^ 1]!;
  }

  private push(u: number, v: number, capacity: number, cost: number): void {
    this.to.push(v);
    this.cap.push(capacity);
    this.cost.push(cost);
    this.next.push(this.head[u]!);
    this.head[u] = this.to.length - 1;
  }

  minCostFlow(s: number, t: number): void {
    const n = this.n;
    // Initial potentials by Bellman-Ford (the graph is a DAG with negative arc costs).
    const potential = new Array<number>(n).fill(Infinity);
    potential[s] = 0;
    for (let round = 0; round < n; round++) {
      let changed = false;
      for (let u = 0; u < n; u++) {
        if (potential[u] === Infinity) continue;
        for (let a = this.head[u]!; a !== -1; a = this.next[a]!) {
          if (this.cap[a]! > 0 && potential[u]! + this.cost[a]! < potential[this.to[a]!]! - EPS) {
            potential[this.to[a]!] = potential[u]! + this.cost[a]!;
            changed = true;
          }
        }
      }
      if (!changed) break;
    }
    for (let u = 0; u < n; u++) if (potential[u] === Infinity) potential[u] = 0;

    const dist = new Array<number>(n);
    const via = new Array<number>(n);
    for (;;) {
      dist.fill(Infinity);
      via.fill(-1);
      dist[s] = 0;
      const heap = new MinHeap();
      heap.push(0, s);
      while (heap.size > 0) {
        const [d, u] = heap.pop();
        if (d > dist[u]! + EPS) continue;
        for (let a = this.head[u]!; a !== -1; a = this.next[a]!) {
          if (this.cap[a]! <= 0) continue;
          const v = this.to[a]!;
          // Reduced costs are ≥ 0 up to rounding; clamp so Dijkstra stays valid.
          const reduced = Math.max(0, this.cost[a]! + potential[u]! - potential[v]!);
          if (dist[u]! + reduced < dist[v]! - EPS) {
            dist[v] = dist[u]! + reduced;
            via[v] = a;
            heap.push(dist[v]!, v);
          }
        }
      }
      if (dist[t] === Infinity) return;
      for (let u = 0; u < n; u++) if (dist[u] !== Infinity) potential[u]! += dist[u]!;
      // Real cost of the path: potential[t] − potential[s]. Stop when it no longer gains.
      if (potential[t]! - potential[s]! >= -EPS) return;
      let bottleneck = Infinity;
      for (let v = t; v !== s; v = this.to[via[v]! ^ 1]!) bottleneck = Math.min(bottleneck, this.cap[via[v]!]!);
      for (let v = t; v !== s; v = this.to[via[v]! ^ 1]!) {
        this.cap[via[v]!]! -= bottleneck;
        this.cap[via[v]! ^ 1]! += bottleneck;
      }
    }
  }
}

/** Binary min-heap of (key, value) pairs. */
class MinHeap {
  private keys: number[] = [];
  private values: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, value: number): void {
    const k = this.keys;
    const v = this.values;
    let i = k.length;
    k.push(key);
    v.push(value);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (k[p]! <= key) break;
      k[i] = k[p]!;
      v[i] = v[p]!;
      i = p;
    }
    k[i] = key;
    v[i] = value;
  }

  pop(): [number, number] {
    const k = this.keys;
    const v = this.values;
    const top: [number, number] = [k[0]!, v[0]!];
    const lastKey = k.pop()!;
    const lastValue = v.pop()!;
    if (k.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= k.length) break;
        const c = l + 1 < k.length && k[l + 1]! < k[l]! ? l + 1 : l;
        if (k[c]! >= lastKey) break;
        k[i] = k[c]!;
        v[i] = v[c]!;
        i = c;
      }
      k[i] = lastKey;
      v[i] = lastValue;
    }
    return top;
  }
}
