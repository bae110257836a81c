/**
 * `cuohe/node`: Node-only helpers (worker threads).
 * @example
 * import { rankAllParallel, rankAllSuppliersParallel } from 'cuohe/node';
 * @packageDocumentation
 */
export { type ParallelOptions, rankAllParallel } from './rank-all-parallel.js';
export { rankAllSuppliersParallel } from './rank-all-suppliers-parallel.js';
