/**
 * Baseline only: the b-matching as it was before the network simplex — successive shortest
 * paths with Dijkstra on float scores (one augmenting path per phase in practice, since float
 * path costs rarely tie). Kept here to time the old method against the new one in the same run.
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
export function maxWeightBMatching(
  nodeCount: number,
  capacity: readonly number[],
  edges: readonly Edge[],
  maxTotal = Infinity,
): number[] {
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
  g.minCostFlow(source, sink, maxTotal);
  const chosen: number[] = [];
  pairArc.forEach((arc, i) => {
    if (arc >= 0 && g.flow(arc) > 0) chosen.push(i);
  });
  return chosen;
}

class FlowGraph {
  private readonly head: Int32Array;
  private to = new Int32Array(64);
  private next = new Int32Array(64);
  private cap = new Float64Array(64);
  private cost = new Float64Array(64);
  private arcs = 0;

  constructor(private readonly n: number) {
    this.head = new Int32Array(n).fill(-1);
  }

  /** Adds an arc and its reverse; returns the arc's index. */
  addArc(u: number, v: number, capacity: number, cost: number): number {
    const id = this.arcs;
    this.push(u, v, capacity, cost);
    this.push(v, u, 0, -cost);
    return id;
  }

  flow(arc: number): number {
    return this.cap[arc ^ 1]!;
  }

  private push(u: number, v: number, capacity: number, cost: number): void {
    if (this.arcs === this.to.length) this.grow();
    const a = this.arcs++;
    this.to[a] = v;
    this.cap[a] = capacity;
    this.cost[a] = cost;
    this.next[a] = this.head[u]!;
    this.head[u] = a;
  }

  private grow(): void {
    const size = this.to.length * 2;
    const copy = <T extends Int32Array | Float64Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.to = copy(this.to, new Int32Array(size));
    this.next = copy(this.next, new Int32Array(size));
    this.cap = copy(this.cap, new Float64Array(size));
    this.cost = copy(this.cost, new Float64Array(size));
  }

  minCostFlow(s: number, t: number, maxFlow: number): void {
    const n = this.n;
    const { to, next, cap, cost, head } = this;
    // Initial potentials by Bellman-Ford (the graph is a DAG with negative arc costs).
    const potential = new Float64Array(n).fill(Infinity);
    potential[s] = 0;
    for (let round = 0; round < n; round++) {
      let changed = false;
      for (let u = 0; u < n; u++) {
        if (potential[u] === Infinity) continue;
        for (let a = head[u]!; a !== -1; a = next[a]!) {
          if (cap[a]! > 0 && potential[u]! + cost[a]! < potential[to[a]!]! - EPS) {
            potential[to[a]!] = potential[u]! + cost[a]!;
            changed = true;
          }
        }
      }
      if (!changed) break;
    }
    for (let u = 0; u < n; u++) if (potential[u] === Infinity) potential[u] = 0;

    const dist = new Float64Array(n);
    const done = new Uint8Array(n);
    const heap = new MinHeap(n);
    let flow = 0;
    for (;;) {
      dist.fill(Infinity);
      done.fill(0);
      dist[s] = 0;
      heap.clear();
      heap.push(0, s);
      // Dijkstra on reduced costs, stopping once the sink is settled.
      while (heap.size > 0) {
        const u = heap.pop();
        if (done[u]) continue;
        done[u] = 1;
        if (u === t) break;
        const du = dist[u]!;
        for (let a = head[u]!; a !== -1; a = next[a]!) {
          if (cap[a]! <= 0) continue;
          const v = to[a]!;
          if (done[v]) continue;
          // Reduced costs are ≥ 0 up to rounding; clamp so Dijkstra stays valid.
          const reduced = Math.max(0, cost[a]! + potential[u]! - potential[v]!);
          const d = du + reduced;
          if (d < dist[v]! - EPS) {
            dist[v] = d;
            heap.push(d, v);
          }
        }
      }
      if (!done[t]) return;
      // Nodes beyond the sink's distance move by dist[t]: reduced costs stay ≥ 0.
      const dt = dist[t]!;
      for (let u = 0; u < n; u++) potential[u]! += Math.min(dist[u]!, dt);
      // Real cost of this phase's paths: potential[t] − potential[s]. Stop when they no longer gain.
      if (potential[t]! - potential[s]! >= -EPS) return;
      const pushed = this.blockingFlow(s, t, potential, maxFlow - flow);
      if (pushed === 0) return;
      flow += pushed;
      if (flow >= maxFlow) return;
    }
  }

  /** Pushes flow along shortest paths only (arcs of zero reduced cost), depth first. */
  private blockingFlow(s: number, t: number, potential: Float64Array, limit: number): number {
    const { to, next: nextArc, cap, cost } = this;
    const next = Int32Array.from(this.head);
    const onPath = new Uint8Array(this.n);
    const dead = new Uint8Array(this.n);
    const stackArcs: number[] = [];
    let pushed = 0;
    let u = s;
    onPath[s] = 1;
    while (pushed < limit) {
      if (u === t) {
        let bottleneck = limit - pushed;
        for (const a of stackArcs) bottleneck = Math.min(bottleneck, cap[a]!);
        for (const a of stackArcs) {
          cap[a]! -= bottleneck;
          cap[a ^ 1]! += bottleneck;
        }
        pushed += bottleneck;
        // Restart from the source; saturated arcs are skipped next time.
        for (const a of stackArcs) onPath[to[a]!] = 0;
        stackArcs.length = 0;
        u = s;
        continue;
      }
      let advanced = false;
      for (let a = next[u]!; a !== -1; a = nextArc[a]!) {
        next[u] = a;
        const v = to[a]!;
        if (cap[a]! <= 0 || dead[v] || onPath[v]) continue;
        if (Math.abs(cost[a]! + potential[u]! - potential[v]!) > 1e-9) continue;
        stackArcs.push(a);
        onPath[v] = 1;
        u = v;
        advanced = true;
        break;
      }
      if (advanced) continue;
      next[u] = -1;
      dead[u] = 1;
      if (u === s) break;
      const a = stackArcs.pop()!;
      onPath[u] = 0;
      u = to[a ^ 1]!;
    }
    return pushed;
  }
}

/** Binary min-heap of (key, node) pairs in typed arrays; a node may appear more than once. */
class MinHeap {
  private keys: Float64Array;
  private nodes: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(16, capacity));
    this.nodes = new Int32Array(Math.max(16, capacity));
  }

  clear(): void {
    this.size = 0;
  }

  push(key: number, node: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.nodes);
      this.keys = keys;
      this.nodes = nodes;
    }
    const k = this.keys;
    const v = this.nodes;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (k[p]! <= key) break;
      k[i] = k[p]!;
      v[i] = v[p]!;
      i = p;
    }
    k[i] = key;
    v[i] = node;
  }

  /** Removes the smallest key and returns its node. */
  pop(): number {
    const k = this.keys;
    const v = this.nodes;
    const top = v[0]!;
    const n = --this.size;
    const lastKey = k[n]!;
    const lastNode = v[n]!;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const c = l + 1 < n && k[l + 1]! < k[l]! ? l + 1 : l;
      if (k[c]! >= lastKey) break;
      k[i] = k[c]!;
      v[i] = v[c]!;
      i = c;
    }
    k[i] = lastKey;
    v[i] = lastNode;
    return top;
  }
}
