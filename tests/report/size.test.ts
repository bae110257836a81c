/** `cuohe/report` builds for the browser (no node: import) and keeps the chart library out of the core. */
import { describe, expect, it } from 'vitest';
import { browserBundle as bundle } from '../consumer/browser-bundle.js';

/** Budget of `import … from 'cuohe/report'` with ECharts (the parts it registers), min + gzip. */
const REPORT_BUDGET_BYTES = 250 * 1024;

describe('report bundle', () => {
  it(`builds for the browser within ${REPORT_BUDGET_BYTES / 1024} KB gzipped, no ECharts in the core`, async () => {
    const report = await bundle('src/report/index.ts');
    const core = await bundle('src/index.ts');
    console.log(`cuohe/report: ${(report.gz / 1024).toFixed(1)} KB gzipped (core ${(core.gz / 1024).toFixed(1)} KB)`);
    expect(report.inputs.some((f) => f.includes('node_modules/echarts/'))).toBe(true);
    expect(core.inputs.filter((f) => /node_modules\/(echarts|zrender)\//.test(f))).toStrictEqual([]);
    expect(report.gz).toBeLessThan(REPORT_BUDGET_BYTES);
  }, 120_000);
});
