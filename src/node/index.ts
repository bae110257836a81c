/**
 * `cuohe/node`: Node-only helpers (worker threads).
 * @example
 * import { rankAllParallel } from 'cuohe/node';
 * @packageDocumentation
 */
export { rankAllParallel, type ParallelOptions } from './rank-all-parallel.js';
