import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      descriptions: 'src/taxonomy/descriptions.ts',
      node: 'src/node/index.ts',
      io: 'src/io/index.ts',
      calibrate: 'src/calibrate/index.ts',
      calendar: 'src/calendar.ts',
      day: 'src/day.ts',
      report: 'src/report/index.ts',
      xlsx: 'src/io/xlsx/index.ts',
      'rank-worker': 'src/node/rank-worker.ts',
      'rank-suppliers-worker': 'src/node/rank-suppliers-worker.ts',
    },
    format: ['esm', 'cjs'],
    dts: {
      entry: {
        index: 'src/index.ts',
        descriptions: 'src/taxonomy/descriptions.ts',
        node: 'src/node/index.ts',
        io: 'src/io/index.ts',
        calibrate: 'src/calibrate/index.ts',
        calendar: 'src/calendar.ts',
        day: 'src/day.ts',
        report: 'src/report/index.ts',
        xlsx: 'src/io/xlsx/index.ts',
      },
    },
    clean: true,
    sourcemap: true,
    treeshake: true,
    // import.meta.url in the CommonJS build of cuohe/node (it locates the worker file).
    shims: true,
    target: 'es2022',
  },
  {
    // The command line: ESM only, with a shebang.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
    target: 'es2022',
  },
]);
