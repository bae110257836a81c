/** The core's size in a browser bundle (minified + gzipped), against the budget in README.md. */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** Budget for `import … from 'cuohe'` with its dependencies; reference tables behind subpaths do not count. */
export const CORE_BUDGET_BYTES = 110 * 1024;

async function bundledSize(entry: string): Promise<number> {
  const result = await build({
    entryPoints: [new URL(`../../${entry}`, import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]!.contents).length;
}

describe('bundle size', () => {
  it(`the core stays under ${CORE_BUDGET_BYTES / 1024} KB minified + gzipped, and builds for the browser (no node: imports)`, async () => {
    const core = await bundledSize('src/index.ts');
    console.log(`core: ${(core / 1024).toFixed(1)} KB gzipped`);
    expect(core).toBeLessThan(CORE_BUDGET_BYTES);
    // The HS/ISIC description tables are far larger and stay out of the core.
    expect(await bundledSize('src/taxonomy/descriptions.ts')).toBeGreaterThan(core);
  });
});
