import { COMPONENTS, type ComponentName } from '../model/types.js';
import { issue, ValidationError, type ValidationIssue } from '../model/validation-error.js';

/**
 * Component weights: non-negative numbers; they need not sum to 1.
 * @example
 * const w: Weights = { ...DEFAULT_WEIGHTS, region: 0.3 };
 */
export type Weights = Record<ComponentName, number>;

/**
 * Default weights. Product fit (industry) dominates, capability closeness comes next, and
 * region, credentials, text, capacity and timing refine the order among comparable offers.
 * They are chosen so that an exact-product supplier is not overtaken by a same-chapter one
 * on region or credentials alone: industry levels differ by ≥ 0.6 × 0.40 = 0.24 while
 * region + credentials can move at most 0.12 + 0.10 = 0.22.
 * @example
 * createEngine(suppliers, { weights: { ...DEFAULT_WEIGHTS, text: 0 } });
 */
export const DEFAULT_WEIGHTS: Readonly<Weights> = Object.freeze({
  industry: 0.4,
  capability: 0.2,
  region: 0.12,
  credentials: 0.1,
  text: 0.08,
  capacity: 0.05,
  timing: 0.05,
});

/** Largest weight accepted: weights are relative, so a bound only guards against typos like 1e9. */
const MAX_WEIGHT = 1000;

/** Defaults overridden by `overrides`; throws ValidationError on unknown names or bad numbers. */
export function resolveWeights(overrides: unknown, path: (string | number)[] = ['weights']): Weights {
  if (overrides === undefined) return { ...DEFAULT_WEIGHTS };
  if (overrides === null || typeof overrides !== 'object' || Array.isArray(overrides)) {
    throw new ValidationError([issue(path, 'wrong-type', 'must be an object of component weights')]);
  }
  const issues: ValidationIssue[] = [];
  const weights: Weights = { ...DEFAULT_WEIGHTS };
  for (const [name, value] of Object.entries(overrides)) {
    if (!(COMPONENTS as readonly string[]).includes(name)) {
      issues.push(issue([...path, name], 'unknown-key', `unknown component (known: ${COMPONENTS.join(', ')})`));
    } else if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_WEIGHT) {
      issues.push(issue([...path, name], 'out-of-range', `must be a finite number between 0 and ${MAX_WEIGHT}`));
    } else {
      weights[name as ComponentName] = value;
    }
  }
  if (issues.length) throw new ValidationError(issues, 'invalid weights');
  return weights;
}
