import { COMPONENTS, type ComponentScores } from '../model/types.js';
import type { Weights } from './weights.js';

/**
 * Weighted mean of the known components. Unknown (null) components and zero-weight
 * components are left out entirely, so the remaining weights are renormalised and a weight-0
 * component cannot move any score. Always in [0, 1]; 0 when nothing weighted is known.
 */
export function combine(components: ComponentScores, weights: Weights): number {
  let sum = 0;
  let total = 0;
  for (const name of COMPONENTS) {
    const value = components[name];
    const weight = weights[name];
    if (value === null || weight === 0) continue;
    sum += weight * value;
    total += weight;
  }
  if (total === 0) return 0;
  const score = sum / total;
  return score < 0 ? 0 : score > 1 ? 1 : score;
}
