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
      { find: /^cuohe$/, replacement: src('index.ts') },
    ],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // Property tests score hundreds of fairs pair by pair: minutes when the machine is shared.
    // Tests assert results, never speed, so the limit only catches a hang.
    testTimeout: 300_000,
  },
});
