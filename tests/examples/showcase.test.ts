/** The demo's choice of buyers and its column layout. */

import { createEngine } from 'cuohe';
import { describe, expect, it } from 'vitest';
import { loadSampleFair } from '../../examples/fair/sample.js';
import { displayWidth, fit, profileKind, showcase } from '../../examples/showcase.js';

describe('demo showcase', () => {
  it('pads and cuts by display width, a Chinese character taking two columns', () => {
    expect(displayWidth('天津宝利阀门有限公司')).toBe(20);
    expect(displayWidth(fit('天津宝利阀门有限公司 (CN)', 16))).toBe(16);
    expect(fit('天津宝利阀门有限公司 (CN)', 16)).toMatch(/…\s*$/);
    expect(fit('S1 Valve', 12)).toBe('S1 Valve    ');
  });

  it('shows, first, buyers whose top five hold a Chinese-only and an ISIC-only exhibitor', () => {
    const { suppliers, buyers } = loadSampleFair();
    const ranked = createEngine(suppliers, { asOf: '2026-11-22' }).rankAll(buyers, { limit: 5 });
    const byId = new Map(suppliers.map((s) => [s.id, s]));
    const chosen = showcase(buyers, ranked, byId, 8);
    expect(chosen).toHaveLength(8);
    expect(new Set(chosen.map((c) => c.buyer.id)).size).toBe(8);
    const kinds = (id: string) => ranked.get(id)!.map((m) => profileKind(byId.get(m.supplierId)!));
    const chineseOnly = chosen.find((c) => c.why[0].startsWith('a Chinese-only exhibitor'))!;
    expect(kinds(chineseOnly.buyer.id).some((k) => k.startsWith('zh'))).toBe(true);
    const isicOnly = chosen.find((c) => c.why[0].includes('ISIC activities only'))!;
    expect(kinds(isicOnly.buyer.id).some((k) => k.endsWith('ISIC'))).toBe(true);
    expect(chosen.at(-1)!.why[1]).toBe('要求较高的采购需求');
  });
});
