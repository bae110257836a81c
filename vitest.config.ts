import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Tests that build the package, start processes, worker threads or a browser: minutes, not
 * seconds. `npm run test:unit` leaves them out; `npm test` runs everything.
 */
const INTEGRATION = [
  'tests/browser/**/*.test.ts',
  'tests/cli/**/*.test.ts',
  'tests/consumer/**/*.test.ts',
  'tests/examples/**/*.test.ts',
  'tests/node/**/*.test.ts',
  'tests/safety/**/*.test.ts',
  'tests/calibrate/cli.test.ts',
  'tests/calibrate/dist.test.ts',
];

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    // Examples import the package by name, as users do.
    alias: [
      { find: /^cuohe\/descriptions$/, replacement: src('taxonomy/descriptions.ts') },
      { find: /^cuohe\/io$/, replacement: src('io/index.ts') },
      { find: /^cuohe\/calibrate$/, replacement: src('calibrate/index.ts') },
      { find: /^cuohe\/calendar$/, replacement: src('calendar.ts') },
      { find: /^cuohe\/day$/, replacement: src('day.ts') },
      { find: /^cuohe\/report$/, replacement: src('report/index.ts') },
      { find: /^cuohe\/node$/, replacement: src('node/index.ts') },
      { find: /^cuohe\/xlsx$/, replacement: src('io/xlsx/index.ts') },
      { find: /^cuohe$/, replacement: src('index.ts') },
    ],
  },
  test: {
    // Property tests score hundreds of fairs pair by pair, and integration tests start processes
    // and builds: minutes when the machine is shared. Tests assert results, never speed, so the
    // limit only catches a hang.
    testTimeout: 300_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, ...INTEGRATION] },
      },
      { extends: true, test: { name: 'integration', include: INTEGRATION } },
    ],
  },
});
