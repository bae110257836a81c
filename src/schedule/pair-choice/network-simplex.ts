/**
 * Minimum-cost flow by the primal network simplex method (spanning-tree bases kept strongly
 * feasible, which rules out cycling; block-search pricing; tree stored as parent / thread /
 * subtree-size lists so a pivot touches only the cycle and the moved subtree). Hand-written:
 * this is the hot path of the meeting day, and no maintained JavaScript flow library is small
 * enough for the browser core (the WebAssembly LP solver is a benchmark baseline only).
 *
 * Costs are lexicographic pairs (`major`, `minor`): `major` holds whole numbers and is compared
 * first, so a priority (e.g. a fairness floor) is exact whatever the float `minor` costs are —
 * no big-M bonus whose size could swallow the float scores. Artificial start arcs get a major
 * cost above any real path, which is exact for the same reason. Whole-number arithmetic on
 * `major` stays exact below 2^53.
 *
 * Optimality: the method stops when no non-tree arc has a negative reduced cost (major < 0, or
 * major = 0 and minor below −`tolerance`), with potentials recomputed from the tree at the end,
 * so the result carries its own dual certificate.
 */

import { DOWN, LOWER, TREE, UP, UPPER, warmStartBasis } from './warm-start.js';

export interface FlowArc {
  from: number;
  to: number;
  /** Whole number ≥ 0, or Infinity. */
  capacity: number;
  /** Whole-number cost, compared first. */
  major: number;
  /** Float cost, compared when the major costs tie. */
  minor: number;
}

export interface FlowResult {
  /** Flow on each arc, in input order. */
  flow: Float64Array;
  /** Node potentials (duals) of the optimal tree: major and minor parts. */
  potentialMajor: Float64Array;
  potentialMinor: Float64Array;
  pivots: number;
}

/**
 * Solves min Σ cost·flow subject to capacities and flow conservation: out − in = supply[node].
 * Supplies must sum to 0 and a feasible flow must exist (the caller guarantees it, e.g. by
 * free "leave unused" arcs); otherwise it throws.
 *
 * `start`: a feasible flow to begin from (whole numbers within the capacities, conserving the
 * supplies, e.g. a greedy solution), one value per arc. Its arcs strictly between their bounds
 * must form a forest (a basic solution); each tree of that forest hangs from the root by an
 * artificial arc that can never carry flow, which keeps the start basis strongly feasible.
 * A good start saves most of the pivots; anything else throws. Without it, every node starts
 * on an artificial arc.
 */
export function minCostFlow(
  nodeCount: number,
  supply: readonly number[],
  arcs: readonly FlowArc[],
  tolerance: number,
  start?: ArrayLike<number>,
): FlowResult {
  const n = nodeCount;
  const m = arcs.length;
  const all = m + n;
  const root = n;
  const source = new Int32Array(all);
  const target = new Int32Array(all);
  const cap = new Float64Array(all);
  const costA = new Float64Array(all);
  const costB = new Float64Array(all);
  const flow = new Float64Array(all);
  const state = new Int8Array(all);
  let maxMajor = 0;
  arcs.forEach((a, e) => {
    source[e] = a.from;
    target[e] = a.to;
    cap[e] = a.capacity;
    costA[e] = a.major;
    costB[e] = a.minor;
    state[e] = LOWER;
    maxMajor = Math.max(maxMajor, Math.abs(a.major));
  });
  // Above the major cost of any path of real arcs: artificial flow always costs more.
  const artificial = (maxMajor + 1) * (n + 1);
  if (artificial > 2 ** 52) throw new RangeError('major costs too large for exact arithmetic');

  const parent = new Int32Array(n + 1);
  const pred = new Int32Array(n + 1);
  const predDir = new Int8Array(n + 1);
  const thread = new Int32Array(n + 1);
  const revThread = new Int32Array(n + 1);
  const succNum = new Int32Array(n + 1);
  const lastSucc = new Int32Array(n + 1);
  const piA = new Float64Array(n + 1);
  const piB = new Float64Array(n + 1);
  const dirty: number[] = [];

  // Start: every node hangs from an artificial root by an artificial arc carrying its supply.
  parent[root] = -1;
  pred[root] = -1;
  thread[root] = 0;
  revThread[0] = root;
  succNum[root] = n + 1;
  lastSucc[root] = root - 1;
  let sum = 0;
  for (let u = 0, e = m; u < n; u++, e++) {
    sum += supply[u]!;
    parent[u] = root;
    pred[u] = e;
    thread[u] = u + 1;
    revThread[u + 1] = u;
    succNum[u] = 1;
    lastSucc[u] = u;
    cap[e] = Infinity;
    state[e] = TREE;
    if (supply[u]! >= 0) {
      predDir[u] = UP;
      source[e] = u;
      target[e] = root;
      flow[e] = supply[u]!;
    } else {
      predDir[u] = DOWN;
      source[e] = root;
      target[e] = u;
      flow[e] = -supply[u]!;
      costA[e] = artificial;
      piA[u] = artificial;
    }
  }
  if (sum !== 0) throw new RangeError('supplies must sum to 0');
  if (n === 0) return { flow: new Float64Array(0), potentialMajor: piA, potentialMinor: piB, pivots: 0 };

  const blockSize = Math.max(10, Math.ceil(Math.sqrt(m)));
  let nextArc = 0;
  let inArc = -1;
  let join = 0;
  let uIn = 0;
  let vIn = 0;
  let uOut = 0;
  let delta = 0;

  /** Block search: the most negative reduced cost (lexicographic) within the first block holding one. */
  const findEnteringArc = (): boolean => {
    let bestA = 0;
    let bestB = -tolerance;
    let count = blockSize;
    let found = false;
    for (let k = 0, e = nextArc; k < m; k++) {
      const s = state[e]!;
      if (s !== TREE) {
        // Starting from (0, −tolerance), anything lexicographically below the best is negative.
        const rA = s * (costA[e]! + piA[source[e]!]! - piA[target[e]!]!);
        if (rA <= bestA) {
          const rB = s * (costB[e]! + piB[source[e]!]! - piB[target[e]!]!);
          if (rA < bestA || rB < bestB) {
            bestA = rA;
            bestB = rB;
            inArc = e;
            found = true;
          }
        }
      }
      if (++e === m) e = 0;
      if (--count === 0) {
        if (found) {
          nextArc = e;
          return true;
        }
        count = blockSize;
      }
    }
    nextArc = 0;
    return found;
  };

  const findJoinNode = (): void => {
    let u = source[inArc]!;
    let v = target[inArc]!;
    while (u !== v) {
      if (succNum[u]! < succNum[v]!) u = parent[u]!;
      else v = parent[v]!;
    }
    join = u;
  };

  /** The blocking arc of the cycle; ties go to the last one on the cycle's way back (strong feasibility). */
  const findLeavingArc = (): boolean => {
    let first: number;
    let second: number;
    if (state[inArc] === LOWER) {
      first = source[inArc]!;
      second = target[inArc]!;
    } else {
      first = target[inArc]!;
      second = source[inArc]!;
    }
    delta = cap[inArc]!;
    let result = 0;
    for (let u = first; u !== join; u = parent[u]!) {
      const e = pred[u]!;
      const d = predDir[u] === DOWN ? cap[e]! - flow[e]! : flow[e]!;
      if (d < delta) {
        delta = d;
        uOut = u;
        result = 1;
      }
    }
    for (let u = second; u !== join; u = parent[u]!) {
      const e = pred[u]!;
      const d = predDir[u] === UP ? cap[e]! - flow[e]! : flow[e]!;
      if (d <= delta) {
        delta = d;
        uOut = u;
        result = 2;
      }
    }
    if (result === 1) {
      uIn = first;
      vIn = second;
    } else {
      uIn = second;
      vIn = first;
    }
    return result !== 0;
  };

  const changeFlow = (change: boolean): void => {
    if (delta > 0) {
      const val = state[inArc]! * delta;
      flow[inArc]! += val;
      for (let u = source[inArc]!; u !== join; u = parent[u]!) flow[pred[u]!]! -= predDir[u]! * val;
      for (let u = target[inArc]!; u !== join; u = parent[u]!) flow[pred[u]!]! += predDir[u]! * val;
    }
    if (change) {
      state[inArc] = TREE;
      state[pred[uOut]!] = flow[pred[uOut]!] === 0 ? LOWER : UPPER;
    } else {
      state[inArc] = -state[inArc]! as -1 | 1;
    }
  };

  /** Re-hangs the subtree cut off by the leaving arc below the entering arc. */
  const updateTreeStructure = (): void => {
    const oldRevThread = revThread[uOut]!;
    const oldSuccNum = succNum[uOut]!;
    const oldLastSucc = lastSucc[uOut]!;
    const vOut = parent[uOut]!;
    if (uIn === uOut) {
      parent[uIn] = vIn;
      pred[uIn] = inArc;
      predDir[uIn] = uIn === source[inArc] ? UP : DOWN;
      if (thread[vIn] !== uOut) {
        let after = thread[oldLastSucc]!;
        thread[oldRevThread] = after;
        revThread[after] = oldRevThread;
        after = thread[vIn]!;
        thread[vIn] = uOut;
        revThread[uOut] = vIn;
        thread[oldLastSucc] = after;
        revThread[after] = oldLastSucc;
      }
    } else {
      // When the subtree directly follows vIn in the thread, vOut is the join node.
      const threadContinue = oldRevThread === vIn ? thread[oldLastSucc]! : thread[vIn]!;
      // Walk the stem from uIn up to uOut, reversing parents and splicing the thread.
      let stem = uIn;
      let parStem = vIn;
      let last = lastSucc[uIn]!;
      let after = thread[last]!;
      thread[vIn] = uIn;
      dirty.length = 0;
      dirty.push(vIn);
      while (stem !== uOut) {
        const nextStem = parent[stem]!;
        thread[last] = nextStem;
        dirty.push(last);
        const before = revThread[stem]!;
        thread[before] = after;
        revThread[after] = before;
        parent[stem] = parStem;
        parStem = stem;
        stem = nextStem;
        last = lastSucc[stem] === lastSucc[parStem] ? revThread[parStem]! : lastSucc[stem]!;
        after = thread[last]!;
      }
      parent[uOut] = parStem;
      thread[last] = threadContinue;
      revThread[threadContinue] = last;
      lastSucc[uOut] = last;
      if (oldRevThread !== vIn) {
        thread[oldRevThread] = after;
        revThread[after] = oldRevThread;
      }
      for (const u of dirty) revThread[thread[u]!] = u;
      let sc = 0;
      const ls = lastSucc[uOut]!;
      for (let u = uOut, p = parent[u]!; u !== uIn; u = p, p = parent[u]!) {
        pred[u] = pred[p]!;
        predDir[u] = -predDir[p]! as -1 | 1;
        sc += succNum[u]! - succNum[p]!;
        succNum[u] = sc;
        lastSucc[p] = ls;
      }
      pred[uIn] = inArc;
      predDir[uIn] = uIn === source[inArc] ? UP : DOWN;
      succNum[uIn] = oldSuccNum;
    }
    const upLimitOut = lastSucc[join] === vIn ? join : -1;
    const lastSuccOut = lastSucc[uOut]!;
    for (let u = vIn; u !== -1 && lastSucc[u] === vIn; u = parent[u]!) lastSucc[u] = lastSuccOut;
    if (join !== oldRevThread && vIn !== oldRevThread) {
      for (let u = vOut; u !== upLimitOut && lastSucc[u] === oldLastSucc; u = parent[u]!) lastSucc[u] = oldRevThread;
    } else if (lastSuccOut !== oldLastSucc) {
      for (let u = vOut; u !== upLimitOut && lastSucc[u] === oldLastSucc; u = parent[u]!) lastSucc[u] = lastSuccOut;
    }
    for (let u = vIn; u !== join; u = parent[u]!) succNum[u]! += oldSuccNum;
    for (let u = vOut; u !== join; u = parent[u]!) succNum[u]! -= oldSuccNum;
  };

  /** Shifts the potentials of the moved subtree so the entering arc has reduced cost 0. */
  const updatePotential = (): void => {
    const dir = predDir[uIn]!;
    const sigmaA = piA[vIn]! - piA[uIn]! - dir * costA[inArc]!;
    const sigmaB = piB[vIn]! - piB[uIn]! - dir * costB[inArc]!;
    const end = thread[lastSucc[uIn]!]!;
    for (let u = uIn; u !== end; u = thread[u]!) {
      piA[u]! += sigmaA;
      piB[u]! += sigmaB;
    }
  };

  /** Potentials from the tree alone (the thread lists a parent before its children), free of drift. */
  const recomputePotentials = (): void => {
    piA[root] = 0;
    piB[root] = 0;
    for (let u = thread[root]!; u !== root; u = thread[u]!) {
      const e = pred[u]!;
      const p = parent[u]!;
      // Tree arcs have reduced cost 0: cost + pi[source] − pi[target] = 0.
      piA[u] = piA[p]! - predDir[u]! * costA[e]!;
      piB[u] = piB[p]! - predDir[u]! * costB[e]!;
    }
  };

  if (start) {
    const tree = {
      source,
      target,
      cap,
      costA,
      flow,
      state,
      parent,
      pred,
      predDir,
      thread,
      revThread,
      succNum,
      lastSucc,
    };
    if (start.length !== m || !warmStartBasis(tree, n, m, supply, start))
      throw new RangeError('start is not a basic feasible flow');
    recomputePotentials();
  }

  let pivots = 0;
  for (let round = 0; ; round++) {
    while (findEnteringArc()) {
      pivots++;
      findJoinNode();
      const change = findLeavingArc();
      if (delta === Infinity) throw new RangeError('unbounded flow problem (a negative cycle of infinite capacity)');
      changeFlow(change);
      if (change) {
        updateTreeStructure();
        updatePotential();
      }
    }
    recomputePotentials();
    if (!findEnteringArc() || round >= 3) break;
  }
  for (let e = m; e < all; e++) if (flow[e] !== 0) throw new RangeError('infeasible flow problem');
  return { flow: flow.slice(0, m), potentialMajor: piA.slice(0, n), potentialMinor: piB.slice(0, n), pivots };
}
