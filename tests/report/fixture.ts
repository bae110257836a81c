/** A small hand-made day for the report tests: two slots, two tables, hostile and Chinese names. */
import { parseBuyers, parseSuppliers } from '../../src/index.js';
import type { ReportInput } from '../../src/report/index.js';

export const HOSTILE = '<script>alert("x")</script> & \'Co\'';

export function smallDay(): ReportInput {
  const buyers = parseBuyers([
    { id: 'B1', name: HOSTILE, country: 'US', wants: ['850440'] },
    { id: 'B2', name: '柏林能源', country: 'DE', wants: ['8504', '9403'] },
    { id: 'B3', name: 'Nobody Trading', country: 'FR', wants: ['6109'] },
  ]);
  const suppliers = parseSuppliers([
    { id: 'S1', name: '东莞电源', country: 'CN', products: ['850440'] },
    { id: 'S2', name: '佛山家具', country: 'CN', products: ['940360', '850440'] },
    { id: 'S3', name: '宁波纺织', country: 'CN', products: ['610910'] },
  ]);
  return {
    pairs: [
      { buyerId: 'B1', supplierId: 'S1', score: 0.9, reasons: ['<b>same</b> HS 850440'] },
      { buyerId: 'B2', supplierId: 'S1', score: 0.7, reasons: ['行业 0.90'] },
      { buyerId: 'B2', supplierId: 'S2', score: 0.55 },
      { buyerId: 'B3', supplierId: 'S3', score: 0.4 },
    ],
    slots: [
      { start: '2026-11-23T09:00:00+08:00', end: '2026-11-23T09:20:00+08:00' },
      { start: '2026-11-23T09:20:00+08:00', end: '2026-11-23T09:40:00+08:00' },
    ],
    tables: 2,
    meetings: [
      { buyerId: 'B1', supplierId: 'S1', slot: 0, table: 1, score: 0.9 },
      { buyerId: 'B2', supplierId: 'S1', slot: 1, table: 1, score: 0.7 },
      { buyerId: 'B2', supplierId: 'S2', slot: 0, table: 2, score: 0.55 },
    ],
    unscheduled: [
      {
        buyerId: 'B3',
        supplierId: 'S3',
        reason: 'no-common-slot',
        message: 'the two are never free in the same slot',
        score: 0.4,
      },
    ],
    suppliers,
    buyers,
  };
}

/** The text a reader sees (tags, the stylesheet and entities taken out). */
export function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
