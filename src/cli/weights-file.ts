/** `--weights`: either `industry=0.5,region=0.2` or a JSON file of weights (as `cuohe calibrate` writes). */
import { basename } from 'node:path';
import { issue, ValidationError } from '../model/validation-error.js';
import { readText } from './load.js';

/** True when the spec names a JSON file rather than listing name=number pairs. */
export function isWeightsFile(spec: string): boolean {
  return /\.json$/i.test(spec.trim());
}

/** The weights object in a JSON file (component name → number); checked again by the engine. */
export function readWeightsFile(path: string): Record<string, number> {
  const file = basename(path);
  let value: unknown;
  try {
    value = JSON.parse(readText(path));
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw new ValidationError([issue([file], 'unreadable', { rule: 'invalid-json', value: (error as Error).message })]);
  }
  if (
    value === null ||
    typeof value !== 'object' ||
    Array.isArray(value) ||
    Object.values(value).some((v) => typeof v !== 'number')
  ) {
    throw new ValidationError([issue([file], 'wrong-type', { rule: 'weights-type' })]);
  }
  return value as Record<string, number>;
}
