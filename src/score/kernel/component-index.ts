/**
 * Where each scoring component sits in the kernel's arrays (weights, `PairScores.components`):
 * COMPONENTS order, by name.
 */
import { COMPONENTS } from '../../model/types.js';

export const INDUSTRY = COMPONENTS.indexOf('industry');
export const REGION = COMPONENTS.indexOf('region');
export const CAPABILITY = COMPONENTS.indexOf('capability');
export const TEXT = COMPONENTS.indexOf('text');
export const CREDENTIALS = COMPONENTS.indexOf('credentials');
export const CAPACITY = COMPONENTS.indexOf('capacity');
export const TIMING = COMPONENTS.indexOf('timing');
export const COMPONENT_COUNT = COMPONENTS.length;
