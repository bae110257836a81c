/** A heat map of counts by buyer country × HS chapter, as SVG. */
import { getCountry } from '../../geo/countries.js';
import { type HeatTable, OTHER } from '../data/heat.js';
import type { ReportMessages } from '../i18n/messages.js';
import { renderSvg } from './svg-chart.js';

export function heatMapSvg(
  key: string,
  table: HeatTable,
  counts: number[][],
  title: string,
  m: ReportMessages,
): string {
  const country = (code: string) => {
    if (code === OTHER) return m.heat.other;
    const c = getCountry(code);
    return c ? `${m.lang === 'en' ? c.nameEn : c.nameZh} (${code})` : code;
  };
  const data: [number, number, number][] = [];
  let max = 1;
  counts.forEach((row, r) =>
    row.forEach((n, c) => {
      if (n > max) max = n;
      // Empty cells stay blank, so a market with nothing shows as a gap.
      if (n > 0) data.push([c, r, n]);
    }),
  );
  const width = Math.max(520, 180 + 34 * table.columns.length);
  const height = Math.max(220, 120 + 24 * table.rows.length);
  return renderSvg(
    key,
    {
      title: { text: title, left: 'center', top: 4, textStyle: { fontSize: 14 } },
      grid: { left: 170, right: 16, top: 36, bottom: 72 },
      xAxis: {
        type: 'category',
        data: table.columns.map((c) => (c === OTHER ? m.heat.other : m.heat.chapter(c))),
        axisLabel: { rotate: 60, fontSize: 10, interval: 0 },
        splitArea: { show: true },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        name: m.heat.buyerCountry,
        data: table.rows.map(country),
        axisLabel: { fontSize: 11, interval: 0 },
        splitArea: { show: true },
      },
      visualMap: { min: 0, max, show: false, inRange: { color: ['#eef6fb', '#6baed6', '#08306b'] } },
      series: [{ type: 'heatmap', data, label: { show: true, fontSize: 9 } }],
    },
    width,
    height,
  );
}
