/**
 * The same b-matching as an LP for HiGHS (npm `highs`, WebAssembly), the reference in the
 * meeting-day benchmark: x_e ∈ [0, 1] per pair, Σ x ≤ quota per participant, Σ x ≤ maxTotal;
 * with a floor, y_s ∈ [0, min(floor, quota)] with y_s ≤ Σ_{e at s} x_e and the objective
 * B·Σy + Σ w·x, B = 1 + Σ w (more than any total score, so floor meetings come first). The
 * constraint matrix is a network matrix in disguise (the flow of b-matching.ts), so the LP
 * optimum is integral and equals the b-matching optimum.
 */
import type { Edge } from '../src/schedule/b-matching.js';

interface HighsModel {
  options: { set(o: Record<string, unknown>): void };
  run(): unknown;
  getObjectiveValue(): number;
  getSolution(): { colValue: Float64Array };
  getModelStatus(): number;
  dispose(): void;
}
interface Highs {
  createModel(data: object): HighsModel;
  constants: { objectiveSense: { maximize: unknown } };
  infinity: number;
}

let loaded: Highs | undefined;
export async function loadHighs(): Promise<Highs> {
  // Installed in benchmarks/node_modules only (benchmarks/package.json); resolved at run time.
  const specifier = 'highs';
  loaded ??= await ((await import(specifier)) as { default: () => Promise<Highs> }).default();
  return loaded;
}

export interface LpResult {
  /** Σ w·x over the pairs of HiGHS's solution. */
  total: number;
  /** Σ y: floor meetings. */
  floorMeetings: number;
  /** Pairs with x ≥ 0.5, and how many x are fractional (neither 0 nor 1 within 1e-6). */
  chosen: number;
  fractional: number;
  ms: number;
}

export function solveWithHighs(
  highs: Highs,
  nodeCount: number,
  capacity: readonly number[],
  edges: readonly Edge[],
  maxTotal: number,
  floor = 0,
  isSupplier?: (node: number) => boolean,
): LpResult {
  const t = performance.now();
  const used = edges.filter((e) => e.score > 0);
  const rowOf = new Int32Array(nodeCount).fill(-1);
  let rows = 0;
  for (const e of used) {
    if (rowOf[e.buyer] === -1) rowOf[e.buyer] = rows++;
    if (rowOf[e.supplier] === -1) rowOf[e.supplier] = rows++;
  }
  const quotaRows = rows;
  const totalRow = rows++;
  // Floor rows: y_s − Σ x ≤ 0, one per supplier with a floor.
  const floorRow = new Int32Array(nodeCount).fill(-1);
  const floorCols: number[] = [];
  if (floor > 0) {
    for (let node = 0; node < nodeCount; node++) {
      if (rowOf[node] !== -1 && isSupplier!(node) && Math.min(floor, capacity[node]!) > 0) {
        floorRow[node] = rows++;
        floorCols.push(node);
      }
    }
  }
  const numCols = used.length + floorCols.length;
  const starts = new Int32Array(numCols + 1);
  const indices: number[] = [];
  const values: number[] = [];
  const colCost = new Float64Array(numCols);
  const colUpper = new Float64Array(numCols);
  const bonus = 1 + used.reduce((s, e) => s + e.score, 0);
  used.forEach((e, j) => {
    starts[j] = indices.length;
    const entries: [number, number][] = [
      [rowOf[e.buyer]!, 1],
      [rowOf[e.supplier]!, 1],
      [totalRow, 1],
    ];
    if (floorRow[e.supplier]! >= 0) entries.push([floorRow[e.supplier]!, -1]);
    entries.sort((a, b) => a[0] - b[0]);
    for (const [r, v] of entries) {
      indices.push(r);
      values.push(v);
    }
    colCost[j] = e.score;
    colUpper[j] = 1;
  });
  floorCols.forEach((node, k) => {
    const j = used.length + k;
    starts[j] = indices.length;
    indices.push(floorRow[node]!);
    values.push(1);
    colCost[j] = bonus;
    colUpper[j] = Math.min(floor, capacity[node]!);
  });
  starts[numCols] = indices.length;
  const rowUpper = new Float64Array(rows);
  for (let node = 0; node < nodeCount; node++) if (rowOf[node]! >= 0) rowUpper[rowOf[node]!] = capacity[node]!;
  rowUpper[totalRow] = Number.isFinite(maxTotal) ? maxTotal : highs.infinity;
  for (let r = quotaRows + 1; r < rows; r++) rowUpper[r] = 0;
  const model = highs.createModel({
    numCols,
    numRows: rows,
    sense: highs.constants.objectiveSense.maximize,
    colCost,
    colLower: new Float64Array(numCols),
    colUpper,
    rowLower: new Float64Array(rows).fill(-highs.infinity),
    rowUpper,
    matrix: {
      format: 'csc',
      numRows: rows,
      numCols,
      starts,
      indices: Int32Array.from(indices),
      values: Float64Array.from(values),
    },
  });
  try {
    model.options.set({ output_flag: false });
    model.run();
    const x = model.getSolution().colValue;
    const ms = performance.now() - t;
    let total = 0;
    let chosen = 0;
    let fractional = 0;
    used.forEach((e, j) => {
      total += e.score * x[j]!;
      if (x[j]! >= 0.5) chosen++;
      if (x[j]! > 1e-6 && x[j]! < 1 - 1e-6) fractional++;
    });
    let floorMeetings = 0;
    for (let k = 0; k < floorCols.length; k++) floorMeetings += x[used.length + k]!;
    return { total, floorMeetings: Math.round(floorMeetings), chosen, fractional, ms };
  } finally {
    model.dispose();
  }
}
