import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      descriptions: 'src/taxonomy/descriptions.ts',
      node: 'src/node/index.ts',
      'rank-worker': 'src/node/rank-worker.ts',
    },
    format: ['esm', 'cjs'],
    dts: { entry: { index: 'src/index.ts', descriptions: 'src/taxonomy/descriptions.ts', node: 'src/node/index.ts' } },
    clean: true,
    sourcemap: true,
    treeshake: true,
    // import.meta.url in the CommonJS build of cuohe/node (it locates the worker file).
    shims: true,
    target: 'es2022',
  },
]);
