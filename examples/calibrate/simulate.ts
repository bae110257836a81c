/**
 * A past fair's outcomes, simulated from hidden "true" preferences: every buyer met some of
 * the suppliers the organiser's ranking proposed (a seeded pick from its top 40), and how each
 * meeting went depends on the pair's score under the true weights plus noise. Used by the
 * calibrate example and its tests.
 */
import { type Buyer, COMPONENTS, type ComponentScores, createEngine, type Supplier, type Weights } from 'cuohe';
import { mulberry32 } from '../fair/synthetic-fair.js';

export interface SimulateOptions {
  /** The preferences buyers really have. */
  truth: Weights;
  /** Meetings per buyer, picked from the top `pool` of the default ranking. Default 12 of 40. */
  meetings?: number;
  pool?: number;
  /** Spread of the logistic noise on the true score. Default 0.02. */
  noise?: number;
  seed?: number;
  asOf?: string;
}

/** The engine's score formula: the weighted mean of the known components. */
export function scoreWith(weights: Weights, components: ComponentScores): number {
  let sum = 0;
  let total = 0;
  for (const c of COMPONENTS) {
    const v = components[c];
    if (v === null || weights[c] === 0) continue;
    sum += weights[c] * v;
    total += weights[c];
  }
  return total === 0 ? 0 : sum / total;
}

const LABELS = ['declined', 'met', 'follow-up', 'sample', 'deal'] as const;

/**
 * Outcome records `{ buyerId, supplierId, outcome }`: within each buyer's meetings, the best
 * by true score plus noise tend to become deals, the worst get declined (or no-shows).
 */
export function simulateOutcomes(
  suppliers: Supplier[],
  buyers: Buyer[],
  o: SimulateOptions,
): { buyerId: string; supplierId: string; outcome: string }[] {
  const random = mulberry32(o.seed ?? 7);
  const engine = createEngine(suppliers, { asOf: o.asOf ?? '2026-11-22' });
  const meetings = o.meetings ?? 12;
  const noise = o.noise ?? 0.02;
  const rows: { buyerId: string; supplierId: string; outcome: string }[] = [];
  for (const buyer of buyers) {
    const pool = engine.rank(buyer, { limit: o.pool ?? 40 });
    if (pool.length < 2) continue;
    // A seeded pick of the meetings the schedule allowed.
    const met = pool
      .map((m) => ({ m, r: random() }))
      .sort((a, b) => a.r - b.r)
      .slice(0, meetings)
      .map(({ m }) => m);
    const utility = met.map((m) => {
      const u = Math.min(1 - 1e-12, Math.max(1e-12, random()));
      return { m, value: scoreWith(o.truth, m.components) + noise * Math.log(u / (1 - u)) };
    });
    // Grades by rank among this buyer's meetings: the bottom third declined, the top one or two deals.
    utility.sort((a, b) => a.value - b.value);
    utility.forEach(({ m }, i) => {
      const q = i / utility.length;
      const grade = q < 0.35 ? 0 : q < 0.6 ? 1 : q < 0.8 ? 2 : q < 0.9 ? 3 : 4;
      const outcome = grade === 0 && random() < 0.3 ? 'no-show' : LABELS[grade]!;
      rows.push({ buyerId: buyer.id, supplierId: m.supplierId, outcome });
    });
  }
  return rows;
}
