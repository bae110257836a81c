/**
 * The warm start of the network simplex (network-simplex.ts): a feasible flow given by the
 * caller (e.g. a greedy solution) turned into a strongly feasible spanning-tree basis.
 */

export const UPPER = -1;
export const TREE = 0;
export const LOWER = 1;
export const UP = 1;
export const DOWN = -1;

/**
 * The arrays of a network-simplex basis: arc ends, capacities, major costs, flows and states
 * (arcs 0…m−1 real, m…m+n−1 one artificial arc per node), and the spanning tree over the nodes
 * and the root n (parent, the arc to it and its direction, thread order, subtree sizes and last nodes).
 */
export interface SpanningTree {
  source: Int32Array;
  target: Int32Array;
  cap: Float64Array;
  costA: Float64Array;
  flow: Float64Array;
  state: Int8Array;
  parent: Int32Array;
  pred: Int32Array;
  predDir: Int8Array;
  thread: Int32Array;
  revThread: Int32Array;
  succNum: Int32Array;
  lastSucc: Int32Array;
}

/**
 * The basis of `start`: its free arcs (strictly between their bounds) as tree
 * arcs, every other arc at its bound, each tree hung from the root by an artificial arc
 * with no flow and no cost. False (nothing changed) when `start` is not a basic feasible flow.
 */
export function warmStartBasis(
  tree: SpanningTree,
  n: number,
  m: number,
  supply: readonly number[],
  start: ArrayLike<number>,
): boolean {
  const { source, target, cap, costA, flow, state, parent, pred, predDir, thread, revThread, succNum, lastSucc } = tree;
  const root = n;
  const given = new Float64Array(m);
  const balance = new Float64Array(n);
  for (let e = 0; e < m; e++) {
    const f = start[e]!;
    if (!Number.isInteger(f) || f < 0 || f > cap[e]!) return false;
    given[e] = f;
    balance[source[e]!]! += f;
    balance[target[e]!]! -= f;
  }
  for (let u = 0; u < n; u++) if (balance[u] !== supply[u]) return false;
  // The free arcs must form a forest: union-find over their end nodes.
  const group = new Int32Array(n);
  for (let u = 0; u < n; u++) group[u] = u;
  const find = (u: number): number => {
    while (group[u] !== u) {
      group[u] = group[group[u]!]!;
      u = group[u]!;
    }
    return u;
  };
  const adjacent: number[][] = Array.from({ length: n }, () => []);
  for (let e = 0; e < m; e++) {
    if (given[e] === 0 || given[e] === cap[e]) continue;
    const a = find(source[e]!);
    const b = find(target[e]!);
    if (a === b) return false;
    group[a] = b;
    adjacent[source[e]!]!.push(e);
    adjacent[target[e]!]!.push(e);
  }
  for (let e = 0; e < m; e++) {
    flow[e] = given[e]!;
    state[e] = given[e] === 0 ? LOWER : given[e] === cap[e] ? UPPER : TREE;
  }
  // Depth first from the root: each forest tree below its own artificial arc, in thread order.
  const seen = new Uint8Array(n);
  let previous = root;
  const order: number[] = [];
  for (let top = 0; top < n; top++) {
    if (seen[top]) continue;
    const e = m + top;
    source[e] = top;
    target[e] = root;
    costA[e] = 0;
    flow[e] = 0;
    state[e] = TREE;
    parent[top] = root;
    pred[top] = e;
    predDir[top] = UP;
    seen[top] = 1;
    const stack = [top];
    while (stack.length) {
      const u = stack.pop()!;
      order.push(u);
      thread[previous] = u;
      revThread[u] = previous;
      previous = u;
      for (const a of adjacent[u]!) {
        const v = source[a] === u ? target[a]! : source[a]!;
        if (seen[v]) continue;
        seen[v] = 1;
        parent[v] = u;
        pred[v] = a;
        predDir[v] = source[a] === v ? UP : DOWN;
        stack.push(v);
      }
    }
  }
  thread[previous] = root;
  revThread[root] = previous;
  // Artificial arcs of nodes inside a forest tree are not in the basis.
  for (let u = 0; u < n; u++) {
    if (parent[u] === root) continue;
    const e = m + u;
    state[e] = LOWER;
    flow[e] = 0;
    costA[e] = 0;
    source[e] = u;
    target[e] = root;
  }
  // Subtree sizes (children before parents); a subtree is a run of the thread, so its last node follows.
  const at = new Int32Array(n);
  order.forEach((u, k) => (at[u] = k));
  succNum.fill(1);
  for (let k = order.length - 1; k >= 0; k--) {
    const u = order[k]!;
    if (parent[u] !== root) succNum[parent[u]!]! += succNum[u]!;
  }
  for (const u of order) lastSucc[u] = order[at[u]! + succNum[u]! - 1]!;
  succNum[root] = n + 1;
  lastSucc[root] = previous;
  return true;
}
