/** The core's size in a browser bundle (minified + gzipped), against the budget in README.md. */
import { describe, expect, it } from 'vitest';
import { browserBundle } from './browser-bundle.js';

/**
 * Budget for `import … from 'cuohe'` with its dependencies; reference tables behind subpaths do not
 * count. The record schemas use zod/mini (tree-shakable): zod is 22 KB of the minified core instead
 * of 88 KB with the method API; the core was 114.9 KB before, 96.3 KB after the move and 99.1 KB with the Chinese
 * sentences of the validation rules.
 */
const CORE_BUDGET_BYTES = 110 * 1024;

const bundledSize = async (entry: string): Promise<number> => (await browserBundle(entry)).gz;

const TITLE = `the core stays under ${CORE_BUDGET_BYTES / 1024} KB minified + gzipped, and builds for the browser`;

describe('bundle size', () => {
  it(`${TITLE} (no node: imports)`, async () => {
    const core = await bundledSize('src/index.ts');
    console.log(`core: ${(core / 1024).toFixed(1)} KB gzipped`);
    expect(core).toBeLessThan(CORE_BUDGET_BYTES);
    // The HS/ISIC description tables are far larger and stay out of the core.
    expect(await bundledSize('src/taxonomy/descriptions.ts')).toBeGreaterThan(core);
  });
});
