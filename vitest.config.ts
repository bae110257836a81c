import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    // Examples import the package by name, as users do.
    alias: [
      { find: /^cuohe\/descriptions$/, replacement: src('taxonomy/descriptions.ts') },
      { find: /^cuohe\/io$/, replacement: src('io/index.ts') },
      { find: /^cuohe\/calibrate$/, replacement: src('calibrate/index.ts') },
      { find: /^cuohe\/calendar$/, replacement: src('calendar.ts') },
      { find: /^cuohe\/node$/, replacement: src('node/index.ts') },
      { find: /^cuohe\/xlsx$/, replacement: src('io/xlsx/index.ts') },
      { find: /^cuohe$/, replacement: src('index.ts') },
    ],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
