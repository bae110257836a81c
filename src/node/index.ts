/** `cuohe/node`: Node-only helpers (worker threads). */
export { rankAllParallel, type ParallelOptions } from './rank-all-parallel.js';
